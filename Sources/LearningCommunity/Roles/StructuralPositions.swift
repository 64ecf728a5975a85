/// The measurements structural positions are read from, one entry per analysed node.
public struct PositionInputs: Sendable {
    /// Network position of each analysed node.
    public var nodes: [Int32]
    public var degree: [Double]
    /// Normalised betweenness.
    public var betweenness: [Double]
    /// Nodes each would cut off from the largest component (0 unless an articulation point).
    public var articulationCutOff: [Int]
    /// Membership of the core in a core/periphery partition (Borgatti–Everett).
    public var inCore: [Bool]

    public init(nodes: [Int32], degree: [Double], betweenness: [Double], articulationCutOff: [Int], inCore: [Bool]) {
        self.nodes = nodes
        self.degree = degree
        self.betweenness = betweenness
        self.articulationCutOff = articulationCutOff
        self.inCore = inCore
    }
}

/// Thresholds of the structural positions.
public struct PositionThresholds: Sendable, Equatable {
    /// A hub's degree is at least this many standard deviations above the mean (Guimerà–Amaral's hub
    /// threshold, 2.5, applied to the whole network).
    public var hubMinimumZ = 2.5
    /// A broker's betweenness is at least this many standard deviations above the mean.
    public var brokerMinimumZ = 2.5
    /// A bridge cuts at least this many nodes off the largest component.
    public var bridgeMinimumCutOff = 1

    public init() {}
}

/// Structural positions: hub, broker, bridge, peripheral, isolate.
///
/// - **isolate**: no ties.
/// - **hub**: degree z-score `(k − mean k)/sd k ≥ hubMinimumZ` (population standard deviation over all
///   analysed nodes).
/// - **broker**: betweenness z-score ≥ `brokerMinimumZ`, the same way.
/// - **bridge**: an articulation point whose removal cuts at least `bridgeMinimumCutOff` nodes off its
///   component's largest remaining part (Hopcroft–Tarjan articulation points).
/// - **peripheral**: has ties, lies outside the core of the core/periphery partition (Borgatti &
///   Everett 2000, doi:10.1016/S0378-8733(99)00019-2) and has no more ties than the median node.
///
/// - Complexity: O(n log n) for the median; everything else O(n).
public enum StructuralPositions {
    public static func assign(
        _ inputs: PositionInputs, thresholds: PositionThresholds = PositionThresholds()
    ) -> [RoleAssignment] {
        let n = inputs.nodes.count
        guard n > 0 else { return [] }
        let degree = Summary(inputs.degree)
        let betweenness = Summary(inputs.betweenness)
        let sortedDegrees = inputs.degree.sorted()
        let median = n % 2 == 1 ? sortedDegrees[n / 2] : (sortedDegrees[n / 2 - 1] + sortedDegrees[n / 2]) / 2
        var roles: [RoleAssignment] = []
        for i in 0..<n {
            let node = inputs.nodes[i]
            let k = inputs.degree[i]
            if k == 0 {
                roles.append(RoleAssignment(node: node, role: .isolate, score: 0, evidence: "has no ties"))
                continue
            }
            let kz = degree.z(k)
            if kz >= thresholds.hubMinimumZ {
                roles.append(
                    RoleAssignment(
                        node: node, role: .hub, score: kz,
                        evidence: "\(RoleText.number(k)) ties where the mean is \(RoleText.number(degree.mean)) "
                            + "(sd \(RoleText.number(degree.deviation))): z = \(RoleText.number(kz)); threshold: "
                            + "z ≥ \(RoleText.number(thresholds.hubMinimumZ))"))
            }
            let bz = betweenness.z(inputs.betweenness[i])
            if bz >= thresholds.brokerMinimumZ {
                roles.append(
                    RoleAssignment(
                        node: node, role: .broker, score: bz,
                        evidence: "betweenness \(RoleText.number(inputs.betweenness[i])) where the mean is "
                            + "\(RoleText.number(betweenness.mean)) (sd \(RoleText.number(betweenness.deviation))): "
                            + "z = \(RoleText.number(bz)); lies on many of the shortest paths between others; "
                            + "threshold: z ≥ \(RoleText.number(thresholds.brokerMinimumZ))"))
            }
            let cut = inputs.articulationCutOff[i]
            if cut >= thresholds.bridgeMinimumCutOff && cut > 0 {
                roles.append(
                    RoleAssignment(
                        node: node, role: .bridge, score: Double(cut),
                        evidence: "an articulation point: without it, \(cut) "
                            + (cut == 1 ? "node loses" : "nodes lose") + " their only connection to the rest"))
            }
            if !inputs.inCore[i] && k <= median {
                roles.append(
                    RoleAssignment(
                        node: node, role: .peripheral, score: k,
                        evidence: "outside the network's core, with \(RoleText.number(k)) "
                            + (k == 1 ? "tie" : "ties") + " (median \(RoleText.number(median)))"))
            }
        }
        return roles
    }

    /// Mean and population standard deviation.
    struct Summary {
        let mean: Double
        let deviation: Double

        init(_ values: [Double]) {
            let n = Double(max(1, values.count))
            let average = values.reduce(0, +) / n
            mean = average
            deviation = (values.reduce(0) { $0 + ($1 - average) * ($1 - average) } / n).squareRoot()
        }

        func z(_ value: Double) -> Double { deviation > 0 ? (value - mean) / deviation : 0 }
    }
}
