import NetworkExport
import NetworkModel
import Testing

/// GraphML and GEXF exports are valid against the official schemas (Fixtures/schemas, README there).
@Suite struct SchemaValidationTests {
    static let datasets = ["integration-initiative", "southern-women"]

    @Test(arguments: datasets)
    func graphMLOfDatasetIsValid(_ name: String) throws {
        let document = try ExportTestSupport.document(try ExportTestSupport.dataset(name))
        let result = try ExportTestSupport.validateGraphML(ExportTestSupport.text(document, .graphml))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: datasets)
    func gexfOfDatasetIsValid(_ name: String) throws {
        let document = try ExportTestSupport.document(try ExportTestSupport.dataset(name), directed: name == "southern-women")
        let result = try ExportTestSupport.validateGEXF(ExportTestSupport.text(document, .gexf))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(arguments: [false, true])
    func hostileNetworkIsValidInBothFormats(directed: Bool) throws {
        let document = try ExportTestSupport.document(try ExportTestSupport.hostileNetwork(), directed: directed)
        let graphML = try ExportTestSupport.validateGraphML(ExportTestSupport.text(document, .graphml))
        #expect(graphML.status == 0, "\(graphML.output)")
        let gexf = try ExportTestSupport.validateGEXF(ExportTestSupport.text(document, .gexf))
        #expect(gexf.status == 0, "\(gexf.output)")
    }

    /// The validators really validate: a document the schemas forbid is refused.
    @Test func invalidDocumentsAreRefused() throws {
        let graphML = try ExportTestSupport.validateGraphML(
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"sideways\"/></graphml>")
        #expect(graphML.status != 0)
        let gexf = try ExportTestSupport.validateGEXF(
            "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph mode=\"static\"><nodes/></graph></gexf>")
        #expect(gexf.status != 0)
    }

    @Test func graphMLKeyNamesStayDistinctAfterBecomingNameTokens() throws {
        var network = Network()
        try network.addNode(Node(id: "a", attributes: ["home city": "x", "home_city": "y"]))
        let text = ExportTestSupport.text(ExportDocument(network: network, directed: false), .graphml)
        #expect(text.contains("attr.name=\"home_city\" attr.type=\"string\""))
        #expect(text.contains("attr.name=\"home_city_2\" attr.type=\"string\""))
        let result = try ExportTestSupport.validateGraphML(text)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func graphMLDeclaresTypedKeysAndMixedDirections() throws {
        var network = Network()
        try network.addNode(Node(id: "a", attributes: ["score": "3", "ratio": "0.5", "zip": "007"]))
        try network.addNode(Node(id: "b", attributes: ["score": "4", "ratio": "1", "zip": "12"]))
        try network.addTie(Tie(source: 0, target: 1, kind: .advises))
        try network.addTie(Tie(source: 1, target: 0, kind: .collaboratesWith))
        let text = ExportTestSupport.text(try ExportTestSupport.document(network), .graphml)
        #expect(text.contains("attr.name=\"score\" attr.type=\"int\""))
        #expect(text.contains("attr.name=\"ratio\" attr.type=\"double\""))
        #expect(text.contains("attr.name=\"zip\" attr.type=\"string\""))
        #expect(text.contains("attr.name=\"betweenness\" attr.type=\"double\""))
        #expect(text.contains("edgedefault=\"undirected\""))
        // One direction per file: the directed tie is an undirected edge whose direction data says "directed".
        #expect(text.contains("<edge id=\"e0\" source=\"a\" target=\"b\">"))
        #expect(text.contains("<edge id=\"e1\" source=\"b\" target=\"a\">"))
        #expect(!text.contains("directed=\""))
    }
}
