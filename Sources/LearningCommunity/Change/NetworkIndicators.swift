import GraphAlgorithms
import GraphCore
import NetworkAnalysis
import NetworkModel

/// The whole-network measures of one side of a comparison, each as networkx defines it.
public struct NetworkIndicators: Hashable, Sendable {
    /// Nodes analysed (after the projection's kind filter).
    public var nodes: Int
    /// Distinct ties after parallel ties merge.
    public var ties: Int
    /// networkx `density`.
    public var density: Double
    /// Weakly connected components, isolates included.
    public var components: Int
    /// Share of nodes in the largest component.
    public var largestComponentShare: Double
    /// Freeman degree centralisation (igraph's normalisation).
    public var degreeCentralization: Double
    /// networkx `transitivity`.
    public var transitivity: Double
    /// networkx `average_clustering` (zeros included).
    public var averageClustering: Double
    /// Modularity of the seeded Leiden partition (networkx `modularity` of it).
    public var modularity: Double
    /// Communities of that partition.
    public var communities: Int
    /// Krackhardt–Stern E-I index of the grouping, NaN without grouped ties; nil without a grouping.
    public var eiIndex: Double?
    /// Share of grouped ties that cross groups; nil without a grouping.
    public var crossGroupShare: Double?

    /// Measures one side.
    /// - Parameters:
    ///   - projected: the side's analysed graph.
    ///   - groupLabels: one label per graph node (-1 = none) and the group count, or nil.
    ///   - seed: Leiden's seed.
    /// - Complexity: O(m·d) for clustering, O(m) per Leiden pass, O(n + m) the rest.
    static func measure(
        _ projected: ProjectedGraph, groupLabels: (labels: [Int32], count: Int)?, weighted: Bool, seed: UInt64
    ) throws(AlgorithmError) -> NetworkIndicators {
        let graph = projected.graph
        let components = Components.weak(graph)
        let partition = try CommunityDetection.detect(
            graph, CommunityDetection.Options(method: .leiden, objective: .modularity, seed: seed, weighted: weighted))
        var indicators = NetworkIndicators(
            nodes: graph.nodeCount, ties: graph.edgeCount, density: Density.density(graph),
            components: components.count, largestComponentShare: components.largestShare,
            degreeCentralization: Centralization.degree(graph), transitivity: Clustering.transitivity(graph),
            averageClustering: Clustering.average(graph, weighted: weighted && graph.isWeighted),
            modularity: partition.modularity,
            communities: partition.communityCount, eiIndex: nil, crossGroupShare: nil)
        if let groupLabels {
            let mixing = try GroupMixing.compute(
                graph, groups: groupLabels.labels, groupCount: groupLabels.count, weighted: weighted)
            indicators.eiIndex = mixing.networkEIIndex
            indicators.crossGroupShare = mixing.crossGroupShare
        }
        return indicators
    }
}
