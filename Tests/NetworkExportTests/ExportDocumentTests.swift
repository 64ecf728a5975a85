import NetworkAnalysis
import NetworkExport
import NetworkModel
import Testing

/// The columns every format carries: attributes typed without changing a value, metrics typed by metric.
@Suite struct ExportDocumentTests {
    @Test func columnsFollowLabelKindAttributesMetrics() throws {
        let document = try ExportTestSupport.document(try ExportTestSupport.dataset("integration-initiative"))
        let names = document.nodeColumns.map(\.name)
        #expect(Array(names.prefix(3)) == ["label", "kind", "city"])
        #expect(names.suffix(NodeMetric.allCases.count) == NodeMetric.allCases.map(\.rawValue)[...])
        #expect(document.nodeColumns.first { $0.name == "degree" }?.type == .integer)
        #expect(document.nodeColumns.first { $0.name == "pagerank" }?.type == .double)
        #expect(document.tieColumns.map(\.name) == ["kind", "direction", "weight", "start", "end", "wave"])
    }

    @Test func attributeTypesNeverChangeAValue() throws {
        var network = Network()
        try network.addNode(Node(id: "a", attributes: ["n": "1", "x": "0.25", "zip": "007", "mixed": "1", "big": "1e3"]))
        try network.addNode(Node(id: "b", attributes: ["n": "-4", "x": "3", "zip": "12", "mixed": "one"]))
        let document = ExportDocument(network: network, directed: false)
        let types = Dictionary(uniqueKeysWithValues: document.nodeColumns.map { ($0.name, $0.type) })
        #expect(types["n"] == .integer)
        #expect(types["x"] == .double)
        #expect(types["zip"] == .string)
        #expect(types["mixed"] == .string)
        #expect(types["big"] == .string)
    }

    @Test func metricNamedLikeAnAttributeIsRenamed() throws {
        var network = Network()
        try network.addNode(Node(id: "a", attributes: ["degree": "self-reported"]))
        try network.addNode(Node(id: "b"))
        try network.addTie(Tie(source: 0, target: 1))
        let document = try ExportTestSupport.document(network)
        let degree = try #require(document.nodeColumnIndex("degree"))
        let metric = try #require(document.nodeColumnIndex("metric_degree"))
        #expect(document.nodeValues[0][degree] == "self-reported")
        #expect(document.nodeValues[0][metric] == "1")
    }

    @Test func nodesLeftOutOfTheAnalysisHaveNoMetrics() throws {
        let network = try ExportTestSupport.dataset("southern-women")
        var request = MetricRequest()
        request.projection = GraphProjection(nodeKinds: [.person])
        let report = try MetricSuite.run(network: network, request: request)
        let document = ExportDocument(network: network, metrics: report.table, directed: false)
        let degree = try #require(document.nodeColumnIndex("degree"))
        for (node, values) in zip(network.nodes, document.nodeValues) {
            #expect((values[degree] != nil) == (node.kind == .person), "\(node.id)")
        }
    }

    @Test func exportIsTheSameBytesEveryTime() throws {
        let network = try ExportTestSupport.dataset("southern-women")
        for format in ExportFormat.allCases {
            let first = ExportTestSupport.text(try ExportTestSupport.document(network), format)
            let second = ExportTestSupport.text(try ExportTestSupport.document(network), format)
            #expect(first == second, "\(format)")
        }
    }

    @Test func formatFromFileName() {
        #expect(ExportFormat(fileName: "out/a.graphml") == .graphml)
        #expect(ExportFormat(fileName: "a.GEXF") == .gexf)
        #expect(ExportFormat(fileName: "a.gv") == .dot)
        #expect(ExportFormat(fileName: "a.json") == .json)
        #expect(ExportFormat(fileName: "a.csv") == nil)
        #expect(ExportFormat(fileName: "folder.d/file") == nil)
    }
}
