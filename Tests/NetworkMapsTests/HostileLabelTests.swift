import NetworkMaps
import NetworkModel
import Testing

/// Labels, ids, attribute values and titles that try to break out of DOT strings or HTML labels.
@Suite struct HostileLabelTests {
    static let hostile: [String] = [
        #""];x[label="pwned"#, "quote \" inside", "ends in backslash \\", #"\N \G \L escapes"#, "<script>alert(1)</script>",
        "a < b > c & d", "two\nlines\r\nand CR\rend", "emoji 🌍👩🏽‍🔬 and café", "tab\tand nul\u{0} and bell\u{7}",
        String(repeating: "long 🌍 \"x\" \\ ", count: 700), "}", "{", ";", "--", "->", "node", "subgraph cluster_x {",
        "<<B>not html</B>>", "]]>", "&amp;",
    ]

    static func network() throws -> Network {
        var network = Network()
        for (index, text) in hostile.enumerated() {
            try network.addNode(Node(id: "id \(index) " + text, label: text, kind: NodeKind(rawValue: "kind" + text),
                                     attributes: ["city": text]))
        }
        for index in 1..<hostile.count {
            try network.addTie(Tie(source: Int32(index - 1), target: Int32(index), kind: TieKind(rawValue: text(index))))
        }
        return network
    }

    static func text(_ index: Int) -> String { hostile[index] }

    @Test func oneNodeStatementPerDataNodeAndOneEdgePerTie() throws {
        let network = try Self.network()
        let options = MapOptions(title: Self.hostile[0] + Self.hostile[4], coloring: .attribute("city"),
                                 size: MapMetric(name: "<b>betweenness</b>", values: network.nodes.indices.map(Double.init)),
                                 clusterAttribute: "city")
        let dot = try NetworkMap(network: network, options: options).dotText()
        #expect(nodeStatementLines(dot).count == network.nodeCount)
        #expect(edgeStatementLines(dot).count == network.tieCount)
        // Data added no line breaks: every line is a whole statement or a brace.
        let lines = dot.split(separator: "\n")
        #expect(lines.first == "graph liaison_map {")
        #expect(lines.allSatisfy { $0.hasSuffix(";") || $0.hasSuffix("{") || $0.hasSuffix("}") })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") || $0 == "}" })
        #expect(!dot.contains("\r"))
        #expect(!dot.contains("\u{0}"))
        #expect(!dot.contains("\u{7}"))
    }

    @Test func injectionTextStaysInsideQuotedStrings() throws {
        let dot = try NetworkMap(network: try Self.network()).dotText()
        // The payload's quote is escaped wherever it appears, so it never closes a string.
        #expect(!dot.contains(#"="];x[label="pwned"#))
        #expect(dot.contains(#"xlabel="\"];x[label=\"pwned""#))
        #expect(dot.contains(#"xlabel="ends in backslash \\""#))
        #expect(dot.contains(#"xlabel="\\N \\G \\L escapes""#))
        #expect(dot.contains(#"xlabel="two\nlines\nand CR\nend""#))
        #expect(!dot.contains("\n  x["))
    }

    @Test func legendMarkupEscapesEveryPieceOfData() throws {
        let network = try Self.network()
        let options = MapOptions(title: "<script>alert(1)</script> & \"co\"\nline two", coloring: .attribute("city"),
                                 size: MapMetric(name: "<b>betweenness</b>", values: network.nodes.indices.map(Double.init)))
        let document = try NetworkMap(network: network, options: options).document()
        guard case .html(let legend) = try #require(document.graphAttributes["label"]) else {
            Issue.record("the legend is not an HTML-like label")
            return
        }
        #expect(legend.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;"))
        #expect(legend.contains("Size: &lt;b&gt;betweenness&lt;/b&gt;"))
        #expect(!legend.contains("<script"))
        #expect(!legend.contains("<b>"))
        #expect(legend.contains("&lt;&lt;B&gt;not html&lt;/B&gt;&gt;"))
        #expect(legend.contains("&quot;co&quot;<BR/>line two"))
        // Tags are balanced: every data `<` was escaped, so only Liaison's markup remains.
        let opened = legend.components(separatedBy: "<TR>").count
        let closed = legend.components(separatedBy: "</TR>").count
        #expect(opened == closed)
    }

    @Test func tenKilobyteLabelsAreKeptWhole() throws {
        var network = Network()
        let long = String(repeating: "ab\"\\ ", count: 2_048)
        try network.addNode(Node(id: "x", label: long))
        let dot = try NetworkMap(network: network).dotText()
        #expect(nodeStatementLines(dot).count == 1)
        #expect(dot.contains(String(repeating: #"ab\"\\ "#, count: 2_048)))
    }
}

@Suite struct LegendLimitTests {
    /// Graphviz's DOT scanner rejects HTML strings longer than 16384 bytes.
    @Test func legendStaysWithinGraphvizHTMLLimitForLongAndManyNames() throws {
        var network = Network()
        let long = String(repeating: "<&>\"", count: 3_000)
        for index in 0..<200 {
            try network.addNode(Node(id: "n\(index)", kind: NodeKind(rawValue: "kind \(index) " + long),
                                     attributes: ["city": "\(index) " + long]))
        }
        for index in 1..<200 {
            try network.addTie(Tie(source: Int32(index - 1), target: Int32(index), kind: TieKind(rawValue: "tie \(index) " + long)))
        }
        for coloring in [NodeColoring.kind, .attribute("city")] {
            let options = MapOptions(title: long, coloring: coloring, size: MapMetric(name: long, values: Array(repeating: 1, count: 200)))
            let document = try NetworkMap(network: network, options: options).document()
            guard case .html(let legend) = try #require(document.graphAttributes["label"]) else {
                Issue.record("the legend is not an HTML-like label")
                return
            }
            #expect(legend.utf8.count < 16_384, "\(legend.utf8.count) bytes")
            #expect(legend.contains("and 188 more (188)"))
            #expect(legend.contains("…"))
        }
    }
}
