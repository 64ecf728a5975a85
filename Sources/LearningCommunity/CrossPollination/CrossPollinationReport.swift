import GraphAlgorithms
import GraphCore
import NetworkAnalysis
import NetworkModel

/// What `liaison crosspollination` computes.
public struct CrossPollinationOptions: Sendable {
    /// The graph mixing and E-I are measured on (undirected, every kind, by default).
    public var projection = GraphProjection()
    /// Tie weights count in the mixing matrix and E-I.
    public var weighted = false
    /// Label permutations of the E-I test (Krackhardt & Stern 1988).
    public var permutations = 5_000
    public var seed: UInt64 = 1
    public var threads = Parallelism.defaultThreadCount

    public init() {}
}

/// How ties, people and practices cross the boundaries between groups: the mixing matrix, Krackhardt's
/// E-I index per group and for the network with a permutation test, initiative overlap through shared
/// members and practices, the diffusion of practices and the pollinators that carried them.
public struct CrossPollinationReport: Sendable {
    public let grouping: NodeGrouping
    /// Over the projected graph; rows and columns follow `grouping.groupNames`.
    public let mixing: GroupMixing
    public let eiTest: EIPermutationTest
    public let groupSizes: [Int]
    public let overlap: InitiativeOverlap
    public let diffusion: DiffusionReport

    /// - Parameter projected: `options.projection` of `network`, when the caller has it already.
    public static func compute(
        _ network: Network, grouping: NodeGrouping, options: CrossPollinationOptions = CrossPollinationOptions(),
        projected given: ProjectedGraph? = nil
    ) throws -> CrossPollinationReport {
        let projected = given ?? options.projection.project(network)
        let labels = grouping.labels(for: projected)
        let mixing = try GroupMixing.compute(
            projected.graph, groups: labels, groupCount: grouping.groupCount, weighted: options.weighted)
        let test = try EIPermutationTest.run(
            projected.graph, groups: labels, groupCount: grouping.groupCount, weighted: options.weighted,
            permutations: options.permutations, seed: options.seed, threads: options.threads)
        var sizes = [Int](repeating: 0, count: grouping.groupCount)
        for label in labels where label >= 0 { sizes[Int(label)] += 1 }
        return CrossPollinationReport(
            grouping: grouping, mixing: mixing, eiTest: test, groupSizes: sizes,
            overlap: InitiativeOverlap.compute(network),
            diffusion: try DiffusionReport.analyze(network, grouping: grouping))
    }
}
