import NetworkAnalysis
import NetworkModel

extension MetricRequest {
    /// The metrics the network-level table needs when none are asked for: betweenness, for its
    /// centralisation (the table computes the rest itself).
    public static let networkLevelMetrics: Set<NodeMetric> = [.betweenness]

    /// Settles what `liaison metrics` computes on `network`, after the projection, weights and betweenness
    /// mode are set:
    /// - the metrics: `selected` when given; otherwise every metric per node, or ``networkLevelMetrics``
    ///   for the network-level table (`networkLevel`);
    /// - the reader is told (``DirectionPolicy/undirectedNote(_:directed:)``, as a note to `messages`) when
    ///   directed ties are analysed as undirected;
    /// - personalised PageRank restarts at each of `personalizing` (weight 1), every id checked, in order,
    ///   against the network's nodes.
    ///
    /// - Parameters:
    ///   - selected: the metrics asked for; nil when none were named.
    ///   - networkLevel: whether the request feeds the network-level table rather than per-node rows.
    ///   - personalizing: node ids to restart PageRank at; nil for the uniform restart.
    ///   - messages: receives the note, before any id is checked.
    /// - Throws: ``MetricRequestError/unknownPersonalizationNode(_:)`` for the first id that is no node's.
    /// - Complexity: O(m + p) for `p` ids.
    public mutating func settle(
        for network: Network, selected: Set<NodeMetric>?, networkLevel: Bool, personalizing ids: [String]?,
        messages: (AnalysisMessage) -> Void
    ) throws(MetricRequestError) {
        if let selected {
            metrics = selected
        } else if networkLevel {
            metrics = Self.networkLevelMetrics
        }
        if let note = DirectionPolicy.undirectedNote(network, directed: projection.directed) {
            messages(AnalysisMessage(.note, note))
        }
        if let ids {
            for id in ids where network.index(of: id) == nil { throw .unknownPersonalizationNode(id) }
            personalization = Dictionary(ids.map { ($0, 1.0) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
