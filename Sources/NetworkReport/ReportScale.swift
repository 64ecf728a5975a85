import NetworkMaps
import NetworkModel

/// How much of a network the report details: the one place where its size thresholds are decided.
///
/// Up to ``ReportOptions/detailedNodeLimit`` nodes (``defaultDetailedNodeLimit``, 5,000) the page holds every
/// node and tie: the search finds any node, every node has a card and the map's filters know every tie. Above
/// it the report is *bounded*, so that a 20,000-node report is written in well under a minute and stays under 25 MB
/// (docs/PERFORMANCE.md, "Report at scale"): the page's data holds only the nodes the map draws and the nodes
/// its lists and role tables name (about 1,050 of the 20,024 nodes of the benchmark network), with the ties
/// among them. Every analysis is still computed on the whole network, and the report says what it left out.
///
/// At any size: the map draws at most ``ReportOptions/mapNodeLimit`` nodes and the waves side by side at most
/// ``waveMapNodeLimit``, the largest by betweenness; each role table lists its
/// ``roleRows`` strongest holders and counts the rest; the mixing heatmap shows the ``heatmapGroups``
/// largest groups.
public struct ReportScale: Sendable, Equatable {
    /// Networks up to this many nodes have every node in the page's data.
    public static let defaultDetailedNodeLimit = 5_000
    /// Holders listed per role table (the strongest evidence first); a note counts the others.
    public static let roleRows = 50
    /// Groups in the mixing heatmap (the largest by members); a note counts the others.
    public static let heatmapGroups = 30
    /// Nodes each of the waves side by side draws at most (three maps of a thousand nodes each are 6 MB
    /// and too small to read on a page).
    public static let waveMapNodeLimit = 400

    /// Nodes in the network.
    public let nodeCount: Int
    /// The threshold this scale was decided with.
    public let detailedNodeLimit: Int
    /// The nodes the map draws (network positions, ascending), or nil when it draws every node.
    public let mapNodes: [Int32]?
    /// The nodes the waves side by side draw (network positions, ascending), or nil for every node.
    public let waveMapNodes: [Int32]?
    /// The nodes in the page's data (search, cards, filters), ascending, or nil for every node.
    public let pageNodes: [Int32]?

    /// Whether the page's data leaves nodes out (the network has more than ``detailedNodeLimit`` nodes).
    public var isBounded: Bool { pageNodes != nil }

    /// Decides what the report details.
    /// - Parameters:
    ///   - betweenness: betweenness by network position (ranks the map's nodes); nil or of another length
    ///     draws every node.
    ///   - named: the nodes the report's lists and tables name, which keep their cards on a bounded page.
    /// - Complexity: O(*n* log *n*).
    static func decide(
        nodeCount: Int, betweenness: [Double]?, mapNodeLimit: Int, detailedNodeLimit: Int, named: Set<Int32>
    ) -> ReportScale {
        func top(_ limit: Int) -> [Int32]? {
            guard nodeCount > limit, let betweenness, betweenness.count == nodeCount else { return nil }
            return try? MapNodeLimit.topNodes((0..<Int32(nodeCount)).map { $0 }, by: betweenness, limit: limit)
        }
        let mapNodes = top(mapNodeLimit)
        let waveMapNodes = top(min(mapNodeLimit, waveMapNodeLimit))
        var pageNodes: [Int32]?
        if nodeCount > detailedNodeLimit {
            pageNodes = Set(mapNodes ?? []).union(named).sorted()
        }
        return ReportScale(
            nodeCount: nodeCount, detailedNodeLimit: detailedNodeLimit, mapNodes: mapNodes, waveMapNodes: waveMapNodes,
            pageNodes: pageNodes)
    }

    /// The sentence above the map when it leaves nodes out, saying which it draws and where the rest are.
    public var mapNote: String? {
        guard let mapNodes else { return nil }
        let cards = isBounded
            ? "the search and the node cards cover these nodes and every node the lists and tables name ("
                + "\(pageNodes?.count ?? 0) of \(nodeCount); \(boundedReason))."
            : "every node is in the search and has a card."
        return "The map draws the \(mapNodes.count) nodes with the highest betweenness of \(nodeCount), "
            + "with the ties among them (--max-nodes); " + cards
    }

    /// Why a bounded page leaves nodes out, with the way to get them all.
    var boundedReason: String {
        "above \(detailedNodeLimit) nodes the page holds only those, to stay small and quick to open; "
            + "liaison metrics and liaison roles list every node"
    }

    /// Lines for the methods section: what the report left out at this size, and why.
    var methodNotes: [String] {
        var notes: [String] = []
        if let mapNodes {
            notes.append(
                "The map draws \(mapNodes.count) of the \(nodeCount) nodes, those with the highest betweenness, "
                    + "and the ties among them.")
        }
        if let waveMapNodes {
            notes.append(
                "The waves side by side draw \(waveMapNodes.count) of the \(nodeCount) nodes, those with the highest "
                    + "betweenness, and the ties among them.")
        }
        if let pageNodes {
            notes.append(
                "Node cards and the search cover \(pageNodes.count) of the \(nodeCount) nodes (those drawn and those "
                    + "the lists and tables name): \(boundedReason). Every figure was computed on every node.")
        }
        return notes
    }

    /// `network` with only the nodes whose ids are in `ids` (in their order) and the ties among them.
    /// - Complexity: O(*n* + *m*).
    static func restricted(_ network: Network, toIds ids: Set<String>) -> Network {
        var kept = Network()
        var newPosition = [Int32](repeating: -1, count: network.nodeCount)
        for (position, node) in network.nodes.enumerated() where ids.contains(node.id) {
            guard let added = try? kept.addNode(node) else { continue }
            newPosition[position] = added
        }
        for tie in network.ties {
            let (source, target) = (newPosition[Int(tie.source)], newPosition[Int(tie.target)])
            guard source >= 0, target >= 0 else { continue }
            var copy = tie
            copy.source = source
            copy.target = target
            try? kept.addTie(copy)
        }
        return kept
    }
}
