import NetworkModel

/// Maps of several waves of one network that can be compared by eye: one layout is computed on the union
/// of the waves, and every wave is drawn with its nodes pinned at those positions, so a node sits in the
/// same place on every map and only the ties change.
///
/// The steps, each a pure function (the caller runs Graphviz between them):
/// 1. ``unionDocument(waves:)``: the DOT of the union network, to lay out with `neato` or `sfdp` and
///    render as laid-out DOT (`-Tdot`);
/// 2. ``positions(fromLaidOutDOT:)``: the `pos` of every node read back from that output (points);
/// 3. ``waveDocument(waves:index:positions:)``: each wave with every union node pinned (`pos="x,y!"`,
///    inches), the nodes absent from that wave invisible (so every map has the same extent), and the ties
///    new since the previous wave drawn thick and orange; render with `neato` (pinned nodes do not move);
/// 4. ``sheet(_:)``: the rendered SVGs side by side in one SVG.
///
/// Ties match across waves by their endpoints' ids and kind (either orientation); parallel ties draw once.
public enum WaveLayout {
    /// One wave to draw: its label and the network it captured.
    public typealias Wave = CapturedWave

    /// Colours: nodes by kind (the well-known kinds, then grey), old ties grey, new ties orange.
    static let kindColors: [NodeKind: String] = [
        .person: "#1b9e77", .organization: "#7570b3", .initiative: "#e7298a", .practice: "#66a61e", .event: "#e6ab02",
    ]
    static let otherKindColor = "#999999"
    static let keptTieColor = "#b3b3b3"
    static let newTieColor = "#d95f02"

    /// The union of the waves for layout: every node of any wave (first appearance order) and one edge per
    /// pair of nodes tied in any wave. Undirected, points for nodes, no labels.
    /// - Complexity: O(Σ (n + m)) over the waves.
    public static func unionDocument(waves: [Wave]) -> DOTDocument {
        let nodes = unionNodeIds(waves).map { DOTNode(id: $0) }
        var pairs = Set<NodePair>()
        var edges: [DOTEdge] = []
        for wave in waves {
            for tie in wave.network.ties where !tie.isSelfLoop {
                let pair = NodePair(wave.network, tie)
                if pairs.insert(pair).inserted { edges.append(DOTEdge(from: pair.first, to: pair.second)) }
            }
        }
        return DOTDocument(
            name: "union", isDirected: false,
            graphAttributes: [
                ("overlap", .text("false")), ("splines", .text("false")), ("start", .number(1)),
                ("outputorder", .text("edgesfirst")),
            ],
            nodeDefaults: [("shape", .text("point")), ("width", .number(0.12)), ("label", .text(""))],
            nodes: nodes, edges: edges)
    }

    /// Why a wave map cannot be made.
    public enum LayoutError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The index names no wave of the list.
        case waveIndexOutOfRange(index: Int, waveCount: Int)

        public var description: String {
            switch self {
            case .waveIndexOutOfRange(let index, let count): return "wave index \(index) is not below \(count)"
            }
        }
    }

    /// The wave at `index` with every union node pinned at `positions` (points, as read back from the
    /// union layout), nodes absent from the wave invisible, and ties new since the wave before highlighted
    /// (every tie of the first wave counts as kept). The title says how many ties are new.
    /// - Throws: ``LayoutError/waveIndexOutOfRange(index:waveCount:)`` when `index` names no wave.
    /// - Complexity: O(Σ (n + m)) over the waves (the node order is the union's).
    public static func waveDocument(waves: [Wave], index: Int, positions: [String: (x: Double, y: Double)])
        throws(LayoutError) -> DOTDocument
    {
        guard waves.indices.contains(index) else { throw .waveIndexOutOfRange(index: index, waveCount: waves.count) }
        let wave = waves[index].network
        var previous = Set<TieIdentity>()
        if index > 0 {
            let earlier = waves[index - 1].network
            previous = Set(earlier.ties.map { TieIdentity(earlier, $0) })
        }
        let nodes = unionNodeIds(waves).compactMap { id -> DOTNode? in
            guard let position = positions[id] else { return nil }
            var attributes: DOTAttributes = [("pos", .text(pinned(position)))]
            if let node = wave.node(id: id) {
                attributes["fillcolor"] = .text(kindColors[node.kind] ?? otherKindColor)
                attributes["color"] = .text(kindColors[node.kind] ?? otherKindColor)
                attributes["tooltip"] = .text(node.label)
            } else {
                attributes["style"] = .text("invis")
            }
            return DOTNode(id: id, attributes: attributes)
        }
        var drawn = Set<TieIdentity>()
        var keptEdges: [DOTEdge] = [], newEdges: [DOTEdge] = []
        for tie in wave.ties where !tie.isSelfLoop {
            let identity = TieIdentity(wave, tie)
            guard drawn.insert(identity).inserted else { continue }
            if index > 0 && !previous.contains(identity) {
                newEdges.append(DOTEdge(
                    from: identity.pair.first, to: identity.pair.second,
                    attributes: [("color", .text(newTieColor)), ("penwidth", .number(1.1))]))
            } else {
                keptEdges.append(DOTEdge(
                    from: identity.pair.first, to: identity.pair.second,
                    attributes: [("color", .text(keptTieColor)), ("penwidth", .number(0.6))]))
            }
        }
        let newCount = newEdges.count
        // New ties last, so they are drawn over the old ones.
        let edges = keptEdges + newEdges
        let title = "Wave \(waves[index].label): \(wave.nodeCount) nodes, \(drawn.count) ties"
            + (index > 0 ? ", \(newCount) new since \(waves[index - 1].label)" : "")
        return DOTDocument(
            name: "wave", isDirected: false,
            graphAttributes: [
                ("label", .text(title)), ("labelloc", .text("t")), ("fontname", .text("Helvetica")),
                ("fontsize", .number(14)), ("splines", .text("false")), ("outputorder", .text("edgesfirst")),
                ("notranslate", .text("true")),
            ],
            nodeDefaults: [("shape", .text("circle")), ("style", .text("filled")), ("width", .number(0.12)),
                           ("fixedsize", .text("true")), ("label", .text(""))],
            nodes: nodes, edges: edges)
    }

    /// Every node id of any wave, in order of first appearance.
    static func unionNodeIds(_ waves: [Wave]) -> [String] {
        var seen = Set<String>()
        var ids: [String] = []
        for wave in waves { for node in wave.network.nodes where seen.insert(node.id).inserted { ids.append(node.id) } }
        return ids
    }

    /// `x,y!` in inches from points: pinned, so `neato` keeps it.
    static func pinned(_ position: (x: Double, y: Double)) -> String {
        NumberText.decimal(position.x / 72) + "," + NumberText.decimal(position.y / 72) + "!"
    }

    /// Two node ids in id order.
    struct NodePair: Hashable {
        let first: String
        let second: String

        init(_ network: Network, _ tie: Tie) {
            let s = network.nodes[Int(tie.source)].id, t = network.nodes[Int(tie.target)].id
            (first, second) = s <= t ? (s, t) : (t, s)
        }
    }

    /// A tie across waves: its node pair and kind.
    struct TieIdentity: Hashable {
        let pair: NodePair
        let kind: TieKind

        init(_ network: Network, _ tie: Tie) {
            pair = NodePair(network, tie)
            kind = tie.kind
        }
    }
}
