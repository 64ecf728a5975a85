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

    /// The kind of each analysed node: peripheral nodes are compared with nodes of their own kind.
    public var kinds: [String]
    /// The label of each analysed node, for plain sentences.
    public var labels: [String]
    /// How well the core/periphery partition fits (Borgatti–Everett's correlation); NaN when unknown.
    public var corePeripheryFit: Double

    public init(
        nodes: [Int32], degree: [Double], betweenness: [Double], articulationCutOff: [Int], inCore: [Bool],
        kinds: [String] = [], labels: [String] = [], corePeripheryFit: Double = .nan
    ) {
        self.nodes = nodes
        self.degree = degree
        self.betweenness = betweenness
        self.articulationCutOff = articulationCutOff
        self.inCore = inCore
        self.kinds = kinds
        self.labels = labels
        self.corePeripheryFit = corePeripheryFit
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
    /// Nodes are called peripheral only when the core/periphery partition fits at least this well
    /// (Borgatti–Everett's correlation with the ideal pattern): below 0.5 the ideal pattern explains less
    /// than a quarter of the variance of the ties (r² < 0.25), so "periphery" is not a structure the data has.
    public var peripheryMinimumFit = 0.5

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
/// - **peripheral**: only when the core/periphery partition (Borgatti & Everett 2000,
///   doi:10.1016/S0378-8733(99)00019-2) fits at least `peripheryMinimumFit`: has ties, lies outside the core,
///   and has no more ties than the median node **of its own kind** (an organization is compared with
///   organizations, a practice with practices).
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
        var degreesByKind: [String: [Double]] = [:]
        for i in 0..<n { degreesByKind[kind(i), default: []].append(inputs.degree[i]) }
        let medians = degreesByKind.mapValues { values -> Double in
            let sorted = values.sorted()
            let m = sorted.count
            return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2
        }
        func kind(_ i: Int) -> String { i < inputs.kinds.count ? inputs.kinds[i] : "node" }
        func label(_ i: Int) -> String { i < inputs.labels.count ? inputs.labels[i] : "This node" }
        let fit = inputs.corePeripheryFit
        let peripheryHolds = fit.isFinite && fit >= thresholds.peripheryMinimumFit
        var roles: [RoleAssignment] = []
        for i in 0..<n {
            let node = inputs.nodes[i]
            let k = inputs.degree[i]
            if k == 0 {
                roles.append(
                    RoleAssignment(
                        node: node, role: .isolate, score: 0, evidence: "has no ties",
                        plain: "\(label(i)) has no ties in these data."))
                continue
            }
            let kz = degree.z(k)
            if kz >= thresholds.hubMinimumZ {
                roles.append(
                    RoleAssignment(
                        node: node, role: .hub, score: kz,
                        evidence: "\(RoleText.number(k)) ties where the mean is \(RoleText.number(degree.mean)) "
                            + "(sd \(RoleText.number(degree.deviation))): z = \(RoleText.number(kz)); threshold: "
                            + "z ≥ \(RoleText.number(thresholds.hubMinimumZ))",
                        plain: "\(label(i)) has \(RoleText.number(k)) ties where the typical member has "
                            + "\(RoleText.number(degree.mean.rounded()))"
                            + (PlainWords.percentBelow(k, among: inputs.degree).map { ": \($0)% of members have fewer." } ?? ".")))
            }
            let bz = betweenness.z(inputs.betweenness[i])
            if bz >= thresholds.brokerMinimumZ {
                roles.append(
                    RoleAssignment(
                        node: node, role: .broker, score: bz,
                        evidence: "betweenness \(RoleText.number(inputs.betweenness[i])) where the mean is "
                            + "\(RoleText.number(betweenness.mean)) (sd \(RoleText.number(betweenness.deviation))): "
                            + "z = \(RoleText.number(bz)); lies on many of the shortest paths between others; "
                            + "threshold: z ≥ \(RoleText.number(thresholds.brokerMinimumZ))",
                        plain: "Many connections between others run through \(label(i))"
                            + (PlainWords.percentBelow(inputs.betweenness[i], among: inputs.betweenness).map {
                                ": it lies on more of the shortest paths between members than \($0)% of them do."
                            } ?? ".")))
            }
            let cut = inputs.articulationCutOff[i]
            if cut >= thresholds.bridgeMinimumCutOff && cut > 0 {
                roles.append(
                    RoleAssignment(
                        node: node, role: .bridge, score: Double(cut),
                        evidence: "an articulation point: without it, \(cut) "
                            + (cut == 1 ? "node loses" : "nodes lose") + " their only connection to the rest",
                        plain: "Without \(label(i)), \(PlainWords.count(cut, "member")) would lose "
                            + "\(cut == 1 ? "its" : "their") only link to the rest of the network."))
            }
            let median = medians[kind(i)] ?? k
            if peripheryHolds && !inputs.inCore[i] && k <= median {
                roles.append(
                    RoleAssignment(
                        node: node, role: .peripheral, score: k,
                        evidence: "outside the network's core (core/periphery fit \(RoleText.number(fit)), threshold "
                            + "\(RoleText.number(thresholds.peripheryMinimumFit))), with \(RoleText.number(k)) "
                            + (k == 1 ? "tie" : "ties") + " (median among \(PlainWords.plural(kind(i))): \(RoleText.number(median)))",
                        plain: "\(label(i)) sits outside the network's core, with \(RoleText.number(k)) "
                            + (k == 1 ? "tie" : "ties") + " where the typical \(kind(i)) has \(RoleText.number(median))."))
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
