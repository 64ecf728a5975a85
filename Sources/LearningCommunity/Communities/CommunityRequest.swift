import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// One community detection asked for: the analysed graph and the detection's method, objective,
/// resolution, seed and rounds. The command line fills one from its options (`liaison communities`).
public struct CommunityRequest: Sendable {
    /// How the network becomes the graph communities are found on.
    public var projection = GraphProjection()
    /// Method, objective, resolution, seed, weights and rounds of the detection.
    public var detection = CommunityDetection.Options()

    public init() {}
}

/// Detected communities with what is shown of them: the partition, its table, metadata and finding.
public struct CommunityFindings: Sendable {
    /// The community of every analysed node, with modularity and quality.
    public let partition: CommunityPartition
    /// One row per analysed node (``CommunityTable/rows(_:_:_:)``).
    public let table: ResultTable
    /// The run's figures and parameters (``CommunityTable/metadata(_:_:_:)``).
    public let metadata: ResultMetadata
    /// The modularity in a sentence (``PlainSentences/clustering(modularity:communities:)``).
    public let finding: String
}

/// `liaison communities` as one library call.
public enum CommunityAnalysis {
    /// Projects the network, finds its communities and tables them.
    ///
    /// - Parameter messages: receives, in order, that a directed graph's communities are found on its
    ///   undirected view, then the finding.
    /// - Throws: the ``AlgorithmError`` of the detection.
    /// - Complexity: the detection's (about O(*m*) per round).
    public static func run(
        network: Network, request: CommunityRequest, messages: (AnalysisMessage) -> Void = { _ in }
    ) throws(AlgorithmError) -> CommunityFindings {
        let projected = request.projection.project(network)
        if request.projection.directed {
            messages(
                AnalysisMessage(
                    .note,
                    "communities are found on the undirected view (both directions summed); the modularity reported is the directed one"
                ))
        }
        let partition = try CommunityDetection.detect(projected.graph, request.detection)
        let finding = PlainSentences.clustering(modularity: partition.modularity, communities: partition.communityCount)
        let findings = CommunityFindings(
            partition: partition, table: CommunityTable.rows(network, projected, partition),
            metadata: CommunityTable.metadata(projected, partition, request.detection), finding: finding)
        messages(AnalysisMessage(.note, finding))
        return findings
    }
}
