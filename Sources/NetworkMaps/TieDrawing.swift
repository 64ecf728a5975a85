import NetworkModel

/// The edges of a map: width by weight, style and colour by tie kind, arrows by direction; the kinds
/// drawn faint come first, so the others are drawn over them.
struct TieDrawing {
    /// The colour of faint ties: light grey, mostly transparent.
    static let faintColor = "#9A9A9A40"
    /// The width of faint ties, in points.
    static let faintWidth = 0.4

    let edges: [DOTEdge]
    /// Whether any drawn tie has a direction (the document is then a `digraph`,
    /// and undirected ties are drawn without arrowheads).
    let isDirected: Bool
    /// Tie kinds drawn, most common first, for the legend.
    let legendEntries: [(kind: String, style: String, color: String, count: Int)]

    /// Width: min + (max − min)·(w − lightest)/(heaviest − lightest) points; every tie
    /// gets the minimum width when all weights are equal.
    ///
    /// - Complexity: O(*m*) for *m* drawn ties (plus O(*k* log *k*) for *k* tie kinds).
    init(network: Network, selection: MapSelection, style: MapStyle, faint: Set<TieKind> = [], identifies: Bool = false) {
        var lightest = Double.infinity
        var heaviest = -Double.infinity
        var isDirected = false
        var kindCounts: [TieKind: Int] = [:]
        for index in selection.tieIndices {
            let tie = network.ties[index]
            lightest = min(lightest, tie.weight)
            heaviest = max(heaviest, tie.weight)
            if tie.direction != .undirected { isDirected = true }
            kindCounts[tie.kind, default: 0] += 1
        }
        let span = heaviest - lightest
        var edges: [DOTEdge] = []
        var faintEdges: [DOTEdge] = []
        edges.reserveCapacity(selection.tieIndices.count)
        for index in selection.tieIndices {
            let tie = network.ties[index]
            var attributes = DOTAttributes()
            if identifies { attributes["id"] = .text("tie:\(index)") }
            let isFaint = faint.contains(tie.kind)
            if isFaint {
                attributes["penwidth"] = .number(Self.faintWidth)
                attributes["color"] = .text(Self.faintColor)
                attributes["arrowsize"] = .number(0.3)
            } else if span > 0 {
                let width = style.minEdgeWidth + (style.maxEdgeWidth - style.minEdgeWidth) * (tie.weight - lightest) / span
                attributes["penwidth"] = .number(width)
            }
            let edgeStyle = style.edgeStyle(of: tie.kind)
            if edgeStyle != "solid" && !isFaint { attributes["style"] = .text(edgeStyle) }
            let color = style.edgeColor(of: tie.kind)
            if color != style.edgeColor && !isFaint { attributes["color"] = .text(color) }
            if isDirected {
                switch tie.direction {
                case .directed: break
                case .undirected: attributes["dir"] = .text("none")
                case .mutual: attributes["dir"] = .text("both")
                }
            }
            let source = network.nodes[Int(tie.source)].label
            let target = network.nodes[Int(tie.target)].label
            let arrow = tie.direction == .directed ? " → " : tie.direction == .mutual ? " ↔ " : " — "
            var tooltip = source + arrow + target + "\n" + tie.kind.rawValue
            if span > 0 || tie.weight != 1 { tooltip += ", weight " + NumberText.decimal(tie.weight) }
            attributes["tooltip"] = .text(tooltip)
            let edge = DOTEdge(from: "n\(tie.source)", to: "n\(tie.target)", attributes: attributes)
            if isFaint { faintEdges.append(edge) } else { edges.append(edge) }
        }
        self.edges = faintEdges + edges
        self.isDirected = isDirected
        let ranked = kindCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var entries = ranked.filter { !faint.contains($0.key) }
            .map { ($0.key.rawValue, style.edgeStyle(of: $0.key), style.edgeColor(of: $0.key), $0.value) }
        let faintKinds = ranked.filter { faint.contains($0.key) }
        if !faintKinds.isEmpty {
            entries.append((
                "faint: " + faintKinds.map(\.key.rawValue).joined(separator: ", "), "solid", "#BBBBBB",
                faintKinds.reduce(0) { $0 + $1.value }))
        }
        self.legendEntries = entries
    }
}
