import NetworkMaps
import Testing

@Suite struct DOTWriterTests {
    @Test func writesStatementsInOrderWithPlainAndQuotedIdentifiers() {
        var document = DOTDocument(name: "g", isDirected: false)
        document.graphAttributes = [("label", .text("A \"title\"")), ("pad", .number(0.25))]
        document.nodeDefaults = [("shape", .text("box"))]
        document.clusters = [DOTCluster(id: "c0", attributes: [("label", .text("Lyon"))], nodes: [DOTNode(id: "n0")])]
        document.nodes = [DOTNode(id: "node"), DOTNode(id: "1st", attributes: [("width", .number(1.0 / 3))])]
        document.edges = [DOTEdge(from: "n0", to: "1st", attributes: [("label", .html("<B>x</B>"))])]
        let expected = """
            graph g {
              graph [label="A \\"title\\"", pad=0.25];
              node [shape="box"];
              subgraph cluster_c0 {
                label="Lyon";
                n0;
              }
              "node";
              "1st" [width=0.333];
              n0 -- "1st" [label=<<B>x</B>>];
            }

            """
        #expect(DOTWriter.write(document) == expected)
    }

    @Test func settingAnAttributeAgainReplacesItInPlace() {
        var attributes: DOTAttributes = [("a", .number(1)), ("b", .number(2))]
        attributes["a"] = .text("x")
        attributes["c"] = .number(3)
        attributes["b"] = nil
        #expect(attributes.entries.map(\.name) == ["a", "c"])
        #expect(attributes["a"] == .text("x"))
    }

    @Test func numbersAreShortDecimals() {
        var document = DOTDocument(name: "g", isDirected: true)
        document.nodes = [0.5, 2, -3.14159, 0.0004, .nan, 1e20, 0.1 + 0.2].enumerated().map {
            DOTNode(id: "n\($0.offset)", attributes: [("w", .number($0.element))])
        }
        let values = DOTWriter.write(document).split(separator: "\n").filter { $0.contains("[w=") }
            .map { $0.split(separator: "=")[1].dropLast(2) }
        #expect(values == ["0.5", "2", "-3.142", "0", "0", "1000000000000000", "0.3"])
    }

    @Test func dataIdsCannotBreakOutOfTheirString() {
        var document = DOTDocument(name: "g\"}; x [", isDirected: true)
        document.nodes = [DOTNode(id: "a\"];x[label=\"pwned"), DOTNode(id: "back\\")]
        let text = DOTWriter.write(document)
        #expect(text.hasPrefix(#"digraph "g\"}; x [" {"#))
        #expect(text.contains(#"  "a\"];x[label=\"pwned";"#))
        #expect(text.contains(#"  "back\\";"#))
    }
}
