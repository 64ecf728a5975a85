/// Why a metric request cannot be run as asked (``MetricRequest/settle(for:selected:networkLevel:personalizing:messages:)``):
/// a problem with the request, so `liaison metrics` exits 64.
public enum MetricRequestError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A personalised PageRank restart names an id that is no node's.
    case unknownPersonalizationNode(String)

    /// `--personalize names 'ID', which is not a node id (fix: …)`.
    public var description: String {
        switch self {
        case .unknownPersonalizationNode(let id):
            return "--personalize names '\(id)', which is not a node id (fix: use ids from the nodes file)"
        }
    }
}
