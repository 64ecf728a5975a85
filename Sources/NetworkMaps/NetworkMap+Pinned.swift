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
        for (index, cluster) in document.clusters.enumerated() {
            guard let placed = layout.clusters["cluster_" + cluster.id] else { continue }
            var attributes: DOTAttributes = [
                ("id", .text("group:" + Self.text(cluster.attributes["label"]))), ("shape", .text("box")),
                ("style", .text("rounded,filled")), ("labelloc", .text("t")), ("fixedsize", .text("true")),
                ("tooltip", .text(Self.text(cluster.attributes["label"]))),
            ]
            for name in ["label", "color", "fillcolor", "fontname", "fontsize", "fontcolor"] {
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
        // Largest node first: the most important labels get the best spots.
        let order = requests.indices.sorted { a, b in
            let (x, y) = (requests[a].box, requests[b].box)
            return x.halfWidth != y.halfWidth ? x.halfWidth > y.halfWidth : a < b
        }
        let placements = LabelPlacement.place(
            order.map { LabelPlacement.Request(node: requests[$0].box, text: requests[$0].text, fontSize: style.fontSize) },
            obstacles: obstacles)
        for (rank, index) in order.enumerated() {
            let request = requests[index]
            let box = LabelPlacement.textBox(
                request.text, fontSize: style.fontSize, x: placements[rank].x, y: placements[rank].y)
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
