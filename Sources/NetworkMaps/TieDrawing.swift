import NetworkModel

/// The edges of a map: width by weight, style and colour by tie kind, arrows by direction.
struct TieDrawing {
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
    init(network: Network, selection: MapSelection, style: MapStyle) {
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
        edges.reserveCapacity(selection.tieIndices.count)
        for index in selection.tieIndices {
            let tie = network.ties[index]
            var attributes = DOTAttributes()
            if span > 0 {
                let width = style.minEdgeWidth + (style.maxEdgeWidth - style.minEdgeWidth) * (tie.weight - lightest) / span
                attributes["penwidth"] = .number(width)
            }
            let edgeStyle = style.edgeStyle(of: tie.kind)
            if edgeStyle != "solid" { attributes["style"] = .text(edgeStyle) }
            let color = style.edgeColor(of: tie.kind)
            if color != style.edgeColor { attributes["color"] = .text(color) }
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
            edges.append(DOTEdge(from: "n\(tie.source)", to: "n\(tie.target)", attributes: attributes))
        }
        self.edges = edges
        self.isDirected = isDirected
        self.legendEntries = kindCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { ($0.key.rawValue, style.edgeStyle(of: $0.key), style.edgeColor(of: $0.key), $0.value) }
    }
}
