import NetworkModel

/// The colour of every drawn node and the legend entries that explain them.
struct NodeColorAssignment {
    /// One legend line: a category (or kind) and its colour, with the node count.
    struct Entry: Equatable {
        let name: String
        let color: String
        let count: Int
        /// The kind's shape when colours are by kind, for the legend glyph.
        let shape: String?
    }

    /// What the colours mean, for the legend heading (`kind`, `city`, `community`).
    let heading: String
    /// Fill colour by network position.
    let colors: [String]
    /// The category shown in tooltips, by network position (nil when colours are by kind).
    let categories: [String]?
    let entries: [Entry]

    /// The category name of nodes that have no value.
    static let noValue = "(none)"
    /// The legend name of categories beyond the palette.
    static let otherCategories = "other"

    /// - Complexity: O(*n* + *c* log *c*) for *n* nodes and *c* distinct categories.
    init(network: Network, selection: MapSelection, coloring: NodeColoring, style: MapStyle) {
        switch coloring {
        case .kind:
            var counts: [NodeKind: Int] = [:]
            var colors = [String](repeating: style.otherColor, count: network.nodeCount)
            for position in selection.positions {
                let kind = network.nodes[Int(position)].kind
                counts[kind, default: 0] += 1
                colors[Int(position)] = style.color(of: kind)
            }
            let ordered = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            let entries = ordered.map {
                Entry(name: $0.key.rawValue, color: style.color(of: $0.key), count: $0.value, shape: style.shape(of: $0.key))
            }
            self.init(heading: "kind", colors: colors, categories: nil, entries: entries)
        case .attribute(let name):
            let values = selection.isIncluded.indices.map { network.nodes[$0].attributes[name] ?? "" }
            self.init(heading: name, values: values, selection: selection, style: style)
        case .categories(let name, let values):
            self.init(heading: name, values: values, selection: selection, style: style)
        }
    }

    /// Categories ranked by size (then name); the palette's colours go to the largest,
    /// the rest and nodes without a value share ``MapStyle/otherColor``.
    private init(heading: String, values: [String], selection: MapSelection, style: MapStyle) {
        var counts: [String: Int] = [:]
        var categories = [String](repeating: Self.noValue, count: values.count)
        for position in selection.positions {
            let value = values[Int(position)]
            let category = value.isEmpty ? Self.noValue : value
            categories[Int(position)] = category
            counts[category, default: 0] += 1
        }
        let noValueCount = counts.removeValue(forKey: Self.noValue) ?? 0
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var colorOf: [String: String] = [:]
        var entries: [Entry] = []
        var otherCount = 0
        for (rank, category) in ranked.enumerated() {
            if rank < style.palette.count {
                colorOf[category.key] = style.palette[rank]
                entries.append(Entry(name: category.key, color: style.palette[rank], count: category.value, shape: nil))
            } else {
                otherCount += category.value
            }
        }
        if otherCount > 0 {
            entries.append(Entry(name: Self.otherCategories, color: style.otherColor, count: otherCount, shape: nil))
        }
        if noValueCount > 0 {
            entries.append(Entry(name: Self.noValue, color: style.otherColor, count: noValueCount, shape: nil))
        }
        var colors = [String](repeating: style.otherColor, count: values.count)
        for position in selection.positions {
            colors[Int(position)] = colorOf[categories[Int(position)]] ?? style.otherColor
        }
        self.init(heading: heading, colors: colors, categories: categories, entries: entries)
    }

    private init(heading: String, colors: [String], categories: [String]?, entries: [Entry]) {
        self.heading = heading
        self.colors = colors
        self.categories = categories
        self.entries = entries
    }
}
