import Foundation
import NetworkExport
import NetworkModel
import Testing

/// Hostile labels and values in every format: escaped, never able to break out of their place.
@Suite struct EscapingTests {
    func hostileDocument() throws -> ExportDocument {
        try ExportTestSupport.document(try ExportTestSupport.hostileNetwork())
    }

    @Test func jsonCarriesEveryValueExactly() throws {
        let document = try hostileDocument()
        let text = ExportTestSupport.text(document, .json)
        #expect(!text.contains("<script>"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        for (node, read) in zip(document.network.nodes, nodes) {
            #expect(read["id"] as? String == node.id)
            #expect(read["label"] as? String == node.label)
            #expect(read["note \"quoted\""] as? String == node.attributes["note \"quoted\""])
            #expect(read["score"] as? Int == Int(node.attributes["score"] ?? ""))
        }
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.count == document.network.tieCount)
        #expect(edges[2]["wave"] as? String == "wave <1>")
        #expect(edges[1]["start"] as? String == "2017-03")
    }

    @Test func xmlFormatsEscapeMarkupAndControlCharacters() throws {
        var network = try ExportTestSupport.hostileNetwork()
        network.updateNode(at: 0) { $0.label = "bell\u{07}null\u{00}end" }
        let document = try ExportTestSupport.document(network)
        for format in [ExportFormat.graphml, .gexf] {
            let text = ExportTestSupport.text(document, format)
            #expect(!text.contains("<script>"), "\(format)")
            #expect(text.contains("&lt;script&gt;"), "\(format)")
            #expect(!text.contains("\u{07}") && !text.contains("\u{00}"), "\(format)")
            #expect(text.contains("bell\u{FFFD}null\u{FFFD}end"), "\(format)")
        }
        // Attribute values keep their line breaks and tabs as character references.
        #expect(ExportTestSupport.text(document, .gexf).contains("line one&#10;line two"))
        let validated = try ExportTestSupport.validateGraphML(ExportTestSupport.text(document, .graphml))
        #expect(validated.status == 0, "\(validated.output)")
    }

    @Test func lineBreaksSurviveXMLNormalisation() throws {
        var network = Network()
        try network.addNode(Node(id: "a", label: "one\r\ntwo\rthree\nfour\tfive"))
        let document = ExportDocument(network: network, directed: false)
        let gexf = ExportTestSupport.text(document, .gexf)
        #expect(gexf.contains("label=\"one&#13;&#10;two&#13;three&#10;four&#9;five\""))
        let graphML = ExportTestSupport.text(document, .graphml)
        #expect(graphML.contains("<data key=\"n0\">one&#13;\ntwo&#13;three\nfour\tfive</data>"))
    }

    @Test func graphMLFallsBackToCanonicalIdsWhenIdsAreNotNameTokens() throws {
        let text = ExportTestSupport.text(try hostileDocument(), .graphml)
        #expect(text.contains("<key id=\"nid\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>"))
        #expect(text.contains("<node id=\"n1\">"))
        #expect(text.contains("<data key=\"nid\">node &quot;two&quot;</data>"))
        #expect(text.contains("attr.name=\"note__quoted_\""))
    }

    @Test func csvQuotesEveryHostileField() throws {
        let text = ExportTestSupport.text(try hostileDocument(), .csv)
        #expect(text.contains("\"node \"\"two\"\"\""))
        #expect(text.contains("\"line one\nline two\""))
        #expect(text.contains("'=SUM(A1)"))
        #expect(!text.contains("\"=SUM(A1)\""))
    }

    /// `--raw-csv`: the cell as the data has it (quoted, since it starts with `=`).
    @Test func rawCSVKeepsFormulaCellsAsTheyAre() throws {
        let files = try NetworkExporter.files(try hostileDocument(), as: .csv, rawCSV: true)
        let text = files.map(\.text).joined()
        #expect(text.contains("\"=SUM(A1)\""))
        #expect(!text.contains("'=SUM(A1)"))
    }

    /// Every DOT statement is made of quoted strings only: no data can open a statement or attribute.
    @Test func dotKeepsDataInsideQuotedStrings() throws {
        let text = ExportTestSupport.text(try hostileDocument(), .dot)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "graph \"network\" {")
        #expect(text.contains("\"\\\"];x[label=\\\"pwned\""))
        #expect(text.contains("\"line one\\nline two\""))
        for line in lines.dropFirst().dropLast(2) {
            // Remove every quoted string; what is left must be DOT punctuation only.
            var outside = ""
            var inString = false
            var escaped = false
            for character in line {
                if inString {
                    if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                } else if character == "\"" {
                    inString = true
                } else {
                    outside.append(character)
                }
            }
            #expect(!inString, "unterminated string in \(line)")
            #expect(outside.allSatisfy { " -[]=,;".contains($0) }, "data outside strings: \(outside) in \(line)")
        }
    }

    /// No column of the data becomes a Graphviz attribute: `URL`, `href`, `image`, `shapefile`, `fontpath`
    /// and every other name are written as `data_NAME`; only the label stays `label`.
    @Test func dotExportNamespacesEveryDataAttribute() throws {
        var network = Network()
        let dangerous = ["URL", "href", "image", "shapefile", "fontpath", "imagepath", "color"]
        try network.addNode(Node(
            id: "a", label: "A", kind: .person,
            attributes: Dictionary(uniqueKeysWithValues: dangerous.map { ($0, "file:///etc/passwd") })))
        try network.addNode(Node(id: "b", label: "B", kind: .person))
        try network.addTie(Tie(source: 0, target: 1, kind: "collaborates_with", attributes: ["URL": "http://x"]))
        let document = ExportDocument(network: network, metrics: nil, directed: false)
        let text = ExportTestSupport.text(document, .dot)
        for name in dangerous {
            #expect(!text.contains("\"\(name)\"="), "\(name) written as a Graphviz attribute")
            #expect(text.contains("\"data_\(name)\"="))
        }
        #expect(text.contains("\"label\"=\"A\""))
        #expect(text.contains("\"data_weight\"="))
    }
}
