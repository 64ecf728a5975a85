import NetworkModel

/// A map of a ``Network`` as a DOT document: node colour by kind, attribute or given
/// categories; node size by a metric; tie width by weight and style by kind; labels for
/// the most important nodes; optional cluster boxes; a title and legend inside the image;
/// SVG tooltips; a seeded layout.
///
/// Nodes are written with synthetic ids (`n` and the network position); the data's id,
/// label, kind and metrics appear only in escaped attribute values (`xlabel`, `tooltip`, `id`).
public struct NetworkMap: Sendable {
    public var network: Network
    public var style: MapStyle
    public var options: MapOptions

    public init(network: Network, style: MapStyle = .default, options: MapOptions = MapOptions()) {
        self.network = network
        self.style = style
        self.options = options
    }

    /// Points kept free around each node by the overlap removal, room for the labels beside nodes.
    static let labelRoom = 8

    /// The layout program for a map: `sfdp` above ``MapOptions/largeMapNodeCount`` nodes (above
    /// ``MapOptions/largestClusteredMapNodeCount`` with groups, which neato keeps apart better), `neato` below.
    /// Groups (clusters) are kept apart by anchors in the layout (``layoutDocument()``), so any
    /// force-directed program draws them.
    public static func recommendedEngine(nodeCount: Int, hasClusters: Bool) -> MapEngine {
        let largest = hasClusters ? MapOptions.largestClusteredMapNodeCount : MapOptions.largeMapNodeCount
        return nodeCount > largest ? .sfdp : .neato
    }

    /// The layout program this map is written for: the chosen one, else the recommended one.
    public var engine: MapEngine {
        let count = options.nodePositions.map { Set($0).count } ?? network.nodeCount
        return options.engine ?? Self.recommendedEngine(nodeCount: count, hasClusters: options.hasClusters)
    }

    /// The map as DOT text.
    /// - Complexity: O(*n* log *n* + *m*) for *n* drawn nodes and *m* ties (the sort ranks labels).
    /// - Throws: ``NetworkMapError`` when a metric or category array has the wrong length,
    ///   a node position is unknown, or the label count is negative.
    public func dotText() throws(NetworkMapError) -> String {
        DOTWriter.write(try document())
    }

    /// The map as a ``DOTDocument``.
    /// - Complexity: O(*n* log *n* + *m*).
    /// - Throws: ``NetworkMapError`` (see ``dotText()``).
    public func document() throws(NetworkMapError) -> DOTDocument {
        try validateOptions()
        let selection = try MapSelection(
            network: network, positions: options.nodePositions, tieKinds: options.drawnTieKinds)
        let coloring = NodeColorAssignment(
            network: network, selection: selection, coloring: options.coloring, style: style)
        let sizing = NodeSizing(
            metric: options.size, selection: selection, minWidth: style.minNodeSize, maxWidth: style.maxNodeSize)
        let labelCount = options.labelTopN
            ?? (selection.positions.count <= MapOptions.smallMapNodeCount ? selection.positions.count : 25)
        var isLabelled = NodeSizing.labelled(count: labelCount, metric: options.size, selection: selection)
        for position in options.forcedLabels where selection.isIncluded[Int(position)] {
            isLabelled[Int(position)] = true
        }

        // The size metric first, then the other tooltip metrics not named like it.
        let tooltipMetrics = [options.size].compactMap { $0 }
            + options.tooltipMetrics.filter { $0.name != options.size?.name }
        var nodes: [DOTNode] = []
        nodes.reserveCapacity(selection.positions.count)
        for position in selection.positions {
            nodes.append(node(
                at: position, selection: selection, coloring: coloring, sizing: sizing,
                isLabelled: isLabelled[Int(position)], tooltipMetrics: tooltipMetrics))
        }
        let (clusters, looseNodes) = clustered(nodes, positions: selection.positions)
        let ties = TieDrawing(network: network, selection: selection, style: style, faint: options.faintTieKinds, identifies: options.identifiesTies)

        var document = DOTDocument(name: "liaison_map", isDirected: ties.isDirected)
        document.graphAttributes = graphAttributes(selection: selection, hasClusters: !clusters.isEmpty)
        if let legend = legend(selection: selection, coloring: coloring, sizing: sizing, ties: ties).markup(style: style) {
            document.graphAttributes["label"] = .html(legend)
            document.graphAttributes["labelloc"] = .text("b")
            document.graphAttributes["labeljust"] = .text("l")
        }
        document.nodeDefaults = [
            ("shape", .text(style.fallbackShape)), ("style", .text("filled")), ("fixedsize", .text("true")),
            ("label", .text("")), ("color", .text(style.nodeBorderColor)), ("penwidth", .number(0.8)),
            ("fontname", .text(style.fontName)), ("fontsize", .number(style.fontSize)),
            ("fontcolor", .text(style.fontColor)),
        ]
        document.edgeDefaults = [
            ("color", .text(style.edgeColor)), ("penwidth", .number(style.minEdgeWidth)), ("arrowsize", .number(0.6)),
        ]
        document.clusters = clusters
        document.nodes = looseNodes
        document.edges = ties.edges
        return document
    }

    private func validateOptions() throws(NetworkMapError) {
        let count = network.nodeCount
        for metric in [options.size].compactMap({ $0 }) + options.tooltipMetrics where metric.values.count != count {
            throw .wrongValueCount(name: metric.name, expected: count, actual: metric.values.count)
        }
        if case .categories(let name, let values) = options.coloring, values.count != count {
            throw .wrongValueCount(name: name, expected: count, actual: values.count)
        }
        if let labels = options.labelTopN, labels < 0 { throw .negativeLabelCount(labels) }
        for (name, entries) in [
            ("label texts", options.labelTexts), ("groups", options.clusterGroups), ("node notes", options.nodeNotes),
        ] {
            if let entries, entries.count != count {
                throw .wrongEntryCount(name: name, expected: count, actual: entries.count)
            }
        }
        for position in options.forcedLabels where position < 0 || Int(position) >= count {
            throw .unknownNodePosition(position)
        }
    }

    private func node(
        at position: Int32, selection: MapSelection, coloring: NodeColorAssignment, sizing: NodeSizing,
        isLabelled: Bool, tooltipMetrics: [MapMetric]
    ) -> DOTNode {
        let data = network.nodes[Int(position)]
        let width = sizing.widths[Int(position)]
        var attributes: DOTAttributes = [
            ("id", .text("node:" + data.id)), ("fillcolor", .text(coloring.colors[Int(position)])),
            ("width", .number(width)), ("height", .number(width)),
        ]
        let shape = style.shape(of: data.kind)
        if shape != style.fallbackShape { attributes["shape"] = .text(shape) }
        let labelText = options.labelTexts?[Int(position)] ?? data.label
        if isLabelled && !labelText.isEmpty { attributes["xlabel"] = .text(labelText) }
        attributes["tooltip"] = .text(tooltip(
            for: position, category: coloring.categories?[Int(position)], degree: selection.degrees[Int(position)],
            metrics: tooltipMetrics))
        return DOTNode(id: "n\(position)", attributes: attributes)
    }

    private func tooltip(for position: Int32, category: String?, degree: Int, metrics: [MapMetric]) -> String {
        let data = network.nodes[Int(position)]
        var lines = [data.label]
        if data.label != data.id { lines.append("id: " + data.id) }
        lines.append("kind: " + data.kind.rawValue)
        if let category { lines.append(coloringName + ": " + category) }
        lines.append("ties: \(degree)")
        for metric in metrics {
            let value = metric.values[Int(position)]
            lines.append(metric.name + ": " + (value.isFinite ? NumberText.decimal(value, decimals: 4) : "n/a"))
        }
        if let note = options.nodeNotes?[Int(position)], !note.isEmpty { lines.append(note) }
        return lines.joined(separator: "\n")
    }

    private var coloringName: String {
        switch options.coloring {
        case .kind: return "kind"
        case .attribute(let name): return name
        case .categories(let name, _): return name
        }
    }

    /// The cluster name of a node: its group (``MapOptions/clusterGroups``) or its cluster attribute's value.
    private func clusterName(of position: Int32) -> String? {
        if let groups = options.clusterGroups { return groups[Int(position)] }
        return options.clusterAttribute.flatMap { network.nodes[Int(position)].attributes[$0] }
    }

    /// Nodes whose group or cluster attribute has a value go into one cluster per value (sorted by value).
    private func clustered(_ nodes: [DOTNode], positions: [Int32]) -> (clusters: [DOTCluster], loose: [DOTNode]) {
        guard options.hasClusters else { return ([], nodes) }
        var members: [String: [DOTNode]] = [:]
        var loose: [DOTNode] = []
        for (node, position) in zip(nodes, positions) {
            if let value = clusterName(of: position), !value.isEmpty {
                members[value, default: []].append(node)
            } else {
                loose.append(node)
            }
        }
        let clusters = members.sorted { $0.key < $1.key }.enumerated().map { index, group in
            DOTCluster(
                id: "c\(index)",
                attributes: [
                    ("label", .text(group.key)), ("style", .text("rounded,filled")),
                    ("color", .text(style.clusterBorderColor)), ("fillcolor", .text(style.clusterFillColor)),
                    ("fontname", .text(style.fontName)), ("fontsize", .number(style.fontSize + 1)),
                    ("fontcolor", .text(style.fontColor)),
                ],
                nodes: group.value)
        }
        return (clusters, loose)
    }

    private func graphAttributes(selection: MapSelection, hasClusters: Bool) -> DOTAttributes {
        let engine = self.engine
        var attributes: DOTAttributes = [
            ("layout", .text(engine.rawValue)), ("bgcolor", .text(style.backgroundColor)),
            ("fontname", .text(style.fontName)), ("fontcolor", .text(style.fontColor)), ("pad", .number(0.3)),
            ("outputorder", .text("edgesfirst")), ("forcelabels", .text("true")),
        ]
        switch engine {
        case .neato, .fdp, .sfdp:
            attributes["start"] = .number(Double(options.seed))
            // fdp keeps its own overlap handling: prism moves nodes after the cluster boxes are placed.
            // The margin around each node (`sep`) leaves room for the labels beside them.
            if engine != .fdp {
                attributes["overlap"] = .text("prism")
                attributes["sep"] = .text("+\(Self.labelRoom)")
            }
            // Straight edges: `splines=true` makes neato 2.42/2.43 crash (SIGSEGV) on
            // ordinary maps of about a hundred nodes, and a crash takes the process with it.
        case .dot:
            attributes["rankdir"] = .text("LR")
            attributes["nodesep"] = .number(0.25)
        case .circo, .twopi:
            attributes["overlap"] = .text("false")
        }
        if let title = options.title { attributes["tooltip"] = .text(title) }
        return attributes
    }

    private func legend(selection: MapSelection, coloring: NodeColorAssignment, sizing: NodeSizing, ties: TieDrawing) -> MapLegend {
        var shapes: [(kind: String, shape: String, count: Int)] = []
        if case .kind = options.coloring {} else {
            var counts: [NodeKind: Int] = [:]
            for position in selection.positions { counts[network.nodes[Int(position)].kind, default: 0] += 1 }
            shapes = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { ($0.key.rawValue, style.shape(of: $0.key), $0.value) }
        }
        return MapLegend(
            title: options.title, colorHeading: coloring.heading, colorEntries: coloring.entries,
            shapeEntries: shapes, sizeMetricName: options.size?.name, sizeRange: sizing.range,
            tieEntries: ties.legendEntries, showsKeys: options.showsLegend)
    }
}
