import GraphAlgorithms
import GraphCore
import NetworkAnalysis
import NetworkModel

/// Everything `liaison roles` can be told: thresholds of each role family, the key-player set size,
/// the graph the structural roles are read from, seed and threads.
public struct RoleAnalysisOptions: Sendable {
    public var grantmaker = GrantmakerThresholds()
    public var liaison = LiaisonThresholds()
    public var positions = PositionThresholds()
    public var shape = ShapeThresholds()
    /// Size of each key-player set (KPP-NEG and KPP-POS); 0 leaves them out.
    public var keyPlayers = 5
    /// Seed of the key-player and core/periphery searches.
    public var seed: UInt64 = 1
    public var threads = Parallelism.defaultThreadCount
    /// The graph structural positions, key players and the shape are computed on.
    public var projection = GraphProjection()
    /// Normalised betweenness of the projected graph's nodes when the caller has it already (e.g. from the
    /// metrics table of the same projection); computed otherwise.
    public var betweenness: [Double]?

    public init() {}
}

/// The roles of every node and the network's shape, each with its evidence.
public struct RoleReport: Sendable {
    /// Every assignment, ordered by role, then by score (strongest evidence first), then node position.
    public var assignments: [RoleAssignment]
    public var shape: NetworkShape
    public var shapeReason: String
    public var indicators: ShapeIndicators
    /// The key-player sets as network positions, with their scores.
    public var fragmentationSet: [Int32]
    public var fragmentationScore: Double
    public var reachSet: [Int32]
    public var reachScore: Double
    /// The core of the Borgatti–Everett core/periphery partition, as network positions.
    public var core: [Int32]
}

/// Runs every role family on a network: grantmaker roles, learning liaisons, structural positions and
/// key players, and classifies the network's shape. See each family's type for its definition.
public enum RoleAnalysis {
    /// - Parameter projected: `options.projection` of `network`, when the caller has it already.
    public static func run(
        _ network: Network, grouping: NodeGrouping?, options: RoleAnalysisOptions = RoleAnalysisOptions(),
        projected given: ProjectedGraph? = nil
    ) throws(AlgorithmError) -> RoleReport {
        let projected = given ?? options.projection.project(network)
        let graph = projected.graph
        let positions = projected.networkPositions.map(\.rawValue)
        let n = graph.nodeCount
        let degree = DegreeCentrality.degrees(graph).map(Double.init)
        let betweenness: [Double]
        if let given = options.betweenness, given.count == n {
            betweenness = given
        } else {
            betweenness = try Betweenness.automatic(graph, seed: options.seed, threads: options.threads).values
        }
        let cut = ArticulationPoints.compute(graph).cutOff
        let core = try CorePeriphery.discrete(graph, seed: options.seed, threads: options.threads)
        let inCore = core.isCore

        var assignments: [RoleAssignment] = []
        assignments += StructuralPositions.assign(
            PositionInputs(
                nodes: positions, degree: degree, betweenness: betweenness, articulationCutOff: cut, inCore: inCore,
                kinds: positions.map { network.nodes[Int($0)].kind.rawValue },
                labels: positions.map { network.nodes[Int($0)].label }, corePeripheryFit: core.correlation),
            thresholds: options.positions)
        let labels = grouping?.membership
        assignments += GrantmakerRoles.assign(
            network, groups: labels, groupNames: grouping?.groupNames ?? [], thresholds: options.grantmaker,
            groupNoun: grouping?.name ?? "")
        if let grouping {
            assignments += try liaisons(network, projected, grouping, options)
        }
        var fragmentation: KeyPlayerSet?
        var reach: KeyPlayerSet?
        if options.keyPlayers > 0 && options.keyPlayers < n {
            let negative = try KeyPlayers.fragmentationSet(
                graph, size: options.keyPlayers, seed: options.seed, threads: options.threads)
            let positive = try KeyPlayers.reachSet(
                graph, size: options.keyPlayers, steps: 2, seed: options.seed, threads: options.threads)
            assignments += KeyPlayerRoles.assign(
                fragmentation: negative, reach: positive, positions: positions, network: network)
            fragmentation = negative
            reach = positive
        }
        // Within a role, the strongest evidence first.
        assignments.sort { a, b in
            if a.role != b.role { return a.role < b.role }
            let x = a.score.isNaN ? -Double.infinity : a.score
            let y = b.score.isNaN ? -Double.infinity : b.score
            return x != y ? x > y : a.node < b.node
        }

        let components = Components.weak(graph)
        let indicators = ShapeIndicators(
            nodes: n, components: components.count, largestComponentShare: components.largestShare,
            degreeCentralization: n > 2 ? Centralization.degree(graph) : 0,
            hubs: assignments.count { $0.role == .hub }, corePeripheryFit: core.correlation.isNaN ? 0 : core.correlation,
            coreShare: n == 0 ? 0 : Double(core.core.count) / Double(n))
        let (shape, reason) = NetworkShape.classify(indicators, thresholds: options.shape)
        return RoleReport(
            assignments: assignments, shape: shape, shapeReason: reason, indicators: indicators,
            fragmentationSet: fragmentation?.members.map { positions[$0] } ?? [],
            fragmentationScore: fragmentation?.score ?? .nan,
            reachSet: reach?.members.map { positions[$0] } ?? [], reachScore: reach?.score ?? .nan,
            core: core.core.map { positions[$0] })
    }

    private static func liaisons(
        _ network: Network, _ projected: ProjectedGraph, _ grouping: NodeGrouping, _ options: RoleAnalysisOptions
    ) throws(AlgorithmError) -> [RoleAssignment] {
        let labels = grouping.labels(for: projected)
        let profile = try GroupProfile.compute(
            projected.graph, groups: labels, groupCount: grouping.groupCount, threads: options.threads)
        // Brokerage needs a class for every node: the ungrouped form one more.
        let ungrouped = Int32(grouping.groupCount)
        let brokerage = try GouldFernandezBrokerage.compute(
            projected.graph, groups: labels.map { $0 < 0 ? ungrouped : $0 }, groupCount: grouping.groupCount + 1,
            threads: options.threads)
        var participation = [Double](repeating: .nan, count: network.nodeCount)
        var liaison = [Double](repeating: .nan, count: network.nodeCount)
        var itinerant = [Double](repeating: .nan, count: network.nodeCount)
        for (v, position) in projected.networkPositions.enumerated() {
            participation[position.index] = profile.participation[v]
            liaison[position.index] = brokerage.raw[v].liaison
            itinerant[position.index] = brokerage.raw[v].itinerant
        }
        return LearningLiaisons.assign(
            network, groups: grouping.membership, groupNames: grouping.groupNames,
            scores: LiaisonScores(participation: participation, brokerageLiaison: liaison, brokerageItinerant: itinerant),
            thresholds: options.liaison, groupNoun: grouping.name)
    }
}
