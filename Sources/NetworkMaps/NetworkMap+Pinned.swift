extension NetworkMap {
    /// The map redrawn at the positions a first layout gave (`layout`), for `neato` to draw without moving
    /// anything, with every visible label placed by ``LabelPlacement`` as a node of its own, so no label
    /// covers a node, a group's title or another label. Cluster boxes become box nodes drawn beneath the
    /// others (the boxes and titles the first layout drew).
    ///
    /// Labels are placed largest node first. A label's node has the id `label:` and the node's id.
    /// - Complexity: O(*n* + *m* + *l*·(*l* + *n*)) for *l* labels (usually far less, by the grid).
    /// - Throws: ``NetworkMapError`` as ``document()`` does.
    public func pinnedDocument(layout: MapLayout) throws(NetworkMapError) -> DOTDocument {
        var document = try document()
        var boxNodes: [DOTNode] = []
        var obstacles: [MapLayout.Box] = []
        var titles: [(id: String, text: String, box: MapLayout.Box)] = []
        for (index, cluster) in document.clusters.enumerated() {
            guard let placed = layout.clusters["cluster_" + cluster.id] else {
                // Laid out around an anchor (``layoutDocument()``): the group's name is placed as a label.
                if let anchor = layout.nodes["g\(index)"] {
                    let name = Self.text(cluster.attributes["label"])
                    titles.append(("group:" + name, name, MapLayout.Box(x: anchor.x, y: anchor.y, halfWidth: 0, halfHeight: 0)))
                }
                continue
            }
            var attributes: DOTAttributes = [
                ("id", .text("group:" + Self.text(cluster.attributes["label"]))), ("shape", .text("box")),
                ("style", .text("rounded")), ("labelloc", .text("t")), ("fixedsize", .text("true")),
                ("tooltip", .text(Self.text(cluster.attributes["label"]))),
            ]
            // Outlined, not filled: a box node is drawn after the edges and would hide them.
            for name in ["label", "color", "fontname", "fontsize", "fontcolor"] {
                if let value = cluster.attributes[name] { attributes[name] = value }
            }
            Self.pin(&attributes, placed.box)
            boxNodes.append(DOTNode(id: "k\(index)", attributes: attributes))
            let title = Self.text(cluster.attributes["label"])
            let titleSize = style.fontSize + 1
            obstacles.append(LabelPlacement.textBox(
                title, fontSize: titleSize, x: placed.box.x,
                y: placed.box.y + placed.box.halfHeight - titleSize * 0.9))
        }
        var nodes = boxNodes
        var requests: [(id: String, text: String, box: MapLayout.Box)] = []
        for node in document.clusters.flatMap(\.nodes) + document.nodes {
            var attributes = node.attributes
            guard let box = layout.nodes[node.id] else {
                nodes.append(node)
                continue
            }
            Self.pin(&attributes, box)
            if case .text(let text)? = attributes["xlabel"] {
                requests.append((Self.text(attributes["id"]), LabelPlacement.wrapped(text), box))
            }
            attributes["xlabel"] = nil
            obstacles.append(box)
            nodes.append(DOTNode(id: node.id, attributes: attributes))
        }
        // Group names first, then the largest node first: the most important labels get the best spots.
        let order = requests.indices.sorted { a, b in
            let (x, y) = (requests[a].box, requests[b].box)
            return x.halfWidth != y.halfWidth ? x.halfWidth > y.halfWidth : a < b
        }
        let titleSize = style.fontSize + 3
        let forced = Set(options.forcedLabels.compactMap { position in
            Int(position) < network.nodeCount ? "node:" + network.nodes[Int(position)].id : nil
        })
        let placements = LabelPlacement.place(
            titles.map { LabelPlacement.Request(node: $0.box, text: $0.text, fontSize: titleSize) }
                + order.map {
                    LabelPlacement.Request(
                        node: requests[$0].box, text: requests[$0].text, fontSize: style.fontSize,
                        isOptional: !forced.contains(requests[$0].id))
                },
            obstacles: obstacles)
        for (rank, title) in titles.enumerated() {
            guard let placement = placements[rank] else { continue }
            let box = LabelPlacement.textBox(title.text, fontSize: titleSize, x: placement.x, y: placement.y)
            var attributes: DOTAttributes = [
                ("id", .text(title.id)), ("shape", .text("plaintext")), ("label", .text(title.text)),
                ("style", .text("")), ("fixedsize", .text("true")), ("margin", .number(0)),
                ("fontsize", .number(titleSize)), ("tooltip", .text(title.text)),
            ]
            Self.pin(&attributes, box)
            nodes.append(DOTNode(id: "t\(rank)", attributes: attributes))
        }
        for (rank, index) in order.enumerated() {
            let request = requests[index]
            guard let placement = placements[titles.count + rank] else { continue }
            let box = LabelPlacement.textBox(request.text, fontSize: style.fontSize, x: placement.x, y: placement.y)
            var attributes: DOTAttributes = [
                ("id", .text("label:" + request.id.dropFirst("node:".count))), ("shape", .text("plaintext")),
                ("label", .text(request.text)), ("style", .text("")), ("fixedsize", .text("true")),
                ("margin", .number(0)), ("tooltip", .text(request.text)),
            ]
            Self.pin(&attributes, box)
            nodes.append(DOTNode(id: "l\(index)", attributes: attributes))
        }
        document.clusters = []
        document.nodes = nodes
        document.graphAttributes["layout"] = .text("neato")
        document.graphAttributes["overlap"] = .text("true")
        document.graphAttributes["sep"] = nil
        document.graphAttributes["start"] = nil
        document.graphAttributes["mode"] = .text("major")
        return document
    }

    /// The document the first pass lays out. Graphviz orders cluster subgraphs by the addresses of their
    /// interned names, so force-directed layouts of clusters differ from run to run; instead, each group
    /// gets an invisible anchor node tied to its members by invisible edges, which pulls the group
    /// together and keeps groups apart, and ``pinnedDocument(layout:)`` draws the boxes around them.
    /// - Complexity: O(*n* + *m*).
    public func layoutDocument() throws(NetworkMapError) -> DOTDocument {
        var document = try document()
        guard !document.clusters.isEmpty, [.neato, .fdp, .sfdp].contains(engine) else { return document }
        var nodes: [DOTNode] = []
        for (index, cluster) in document.clusters.enumerated() {
            let anchor = "g\(index)"
            nodes.append(DOTNode(id: anchor, attributes: [
                ("style", .text("invis")), ("width", .number(0.01)), ("height", .number(0.01)), ("shape", .text("point")),
            ]))
            nodes += cluster.nodes
            for node in cluster.nodes {
                document.edges.append(DOTEdge(from: anchor, to: node.id, attributes: [
                    ("style", .text("invis")), ("len", .number(0.3)), ("weight", .number(4)),
                ]))
            }
        }
        document.nodes = nodes + document.nodes
        document.clusters = []
        return document
    }

    /// ``layoutDocument()`` as DOT text.
    public func layoutDOTText() throws(NetworkMapError) -> String {
        DOTWriter.write(try layoutDocument())
    }

    /// ``pinnedDocument(layout:)`` as DOT text.
    public func pinnedDOTText(layout: MapLayout) throws(NetworkMapError) -> String {
        DOTWriter.write(try pinnedDocument(layout: layout))
    }

    /// Sets `pos` (pinned, in inches) and the size of a box.
    private static func pin(_ attributes: inout DOTAttributes, _ box: MapLayout.Box) {
        attributes["pos"] = .text(
            NumberText.decimal(box.x / 72, decimals: 4) + "," + NumberText.decimal(box.y / 72, decimals: 4) + "!")
        attributes["width"] = .number(box.halfWidth / 36)
        attributes["height"] = .number(box.halfHeight / 36)
    }

    private static func text(_ value: DOTValue?) -> String {
        if case .text(let text)? = value { return text }
        return ""
    }
}
