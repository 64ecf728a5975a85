import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkMaps

/// What the report computes and how it shows it.
public struct ReportOptions: Sendable {
    /// The heading of the report and its `<title>`.
    public var title = "Network report"
    /// How the network becomes the measured graph (kinds, direction, weights, parallel ties).
    public var projection = GraphProjection()
    /// The grouping behind cross-pollination and learning liaisons; nil leaves those sections out.
    public var grouping: NodeGrouping?
    /// Seed of every randomised step: the E-I permutation test, key players, core/periphery, sampling.
    public var seed: UInt64 = 1
    /// Label permutations of the E-I test.
    public var permutations = 1_000
    /// Worker threads for the parallel metrics.
    public var threads = Parallelism.defaultThreadCount
    /// Small-cell suppression: counts below this in the group tables are shown as `<N`; nil shows all.
    public var minimumCellCount: Int?
    /// Rows of the key-actor table on large networks (every node is listed up to ``allNodesUpTo``).
    public var keyActorRows = 25
    /// Networks up to this many nodes list every node in the key-actor table.
    public var allNodesUpTo = 60
    /// The maps (the main map and the waves side by side) draw at most this many nodes, the largest by
    /// betweenness.
    public var mapNodeLimit = MapOptions.reportNodeCount
    /// Networks up to this many nodes have every node in the page's data; larger ones only the drawn and
    /// named nodes (``ReportScale``).
    public var detailedNodeLimit = ReportScale.defaultDetailedNodeLimit
    /// Lines the caller adds to the methods section (input, de-identification, map layout).
    public var methodNotes: [String] = []

    public init() {}

    /// Throws ``ReportError/invalidParameter(_:)`` for a parameter out of its range.
    public func validate() throws(ReportError) {
        if let minimumCellCount, minimumCellCount < 1 { throw .invalidParameter("minimum cell count must be 1 or more") }
        if permutations < 1 { throw .invalidParameter("permutations must be 1 or more") }
        if keyActorRows < 1 { throw .invalidParameter("key-actor rows must be 1 or more") }
        if mapNodeLimit < 1 { throw .invalidParameter("map node limit must be 1 or more") }
        if detailedNodeLimit < 1 { throw .invalidParameter("detailed node limit must be 1 or more") }
        if threads < 1 { throw .invalidParameter("threads must be 1 or more") }
    }
}

/// Why a report could not be made.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidParameter(String)
    case analysisFailed(String)
    /// The grouping the request names cannot be made.
    case grouping(GroupingFailure)
    /// A wave of the waves side by side could not be cut from the network.
    case waveMapsFailed(String)

    public var description: String {
        switch self {
        case let .invalidParameter(reason): return "invalid report parameter: \(reason)"
        case let .analysisFailed(reason): return "the report's analysis failed: \(reason)"
        case let .grouping(failure): return failure.description
        case let .waveMapsFailed(reason): return reason
        }
    }
}
