import Foundation
import NetworkMaps
import NetworkModel
import Testing

@Suite struct MapStyleTests {
    @Test func defaultStyleIsValidAndColourBlindSafe() throws {
        let style = MapStyle.default
        try style.validate()
        // Okabe–Ito colours only (black left out: it hides labels and edges).
        let okabeIto: Set<String> = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"]
        #expect(Set(style.palette) == okabeIto)
        #expect(NodeKind.wellKnown.allSatisfy { okabeIto.contains(style.color(of: $0)) })
        #expect(Set(NodeKind.wellKnown.map(style.color(of:))).count == NodeKind.wellKnown.count)
        #expect(style.shape(of: .person) == "ellipse")
        #expect(style.shape(of: .organization) == "box")
        #expect(style.shape(of: .initiative) == "hexagon")
        #expect(style.shape(of: .practice) == "diamond")
        #expect(style.shape(of: .event) == "triangle")
        #expect(style.shape(of: "volunteer group") == style.fallbackShape)
        #expect(style.edgeStyle(of: .funds) == "bold")
        #expect(style.edgeStyle(of: .advises) == "dashed")
        #expect(style.edgeStyle(of: .shares) == "dotted")
        #expect(style.edgeStyle(of: .memberOf) == "solid")
    }

    @Test func partialJSONKeepsDefaultsForTheRest() throws {
        let json = Data(#"{"fontName": "Inter", "maxNodeSize": 1.5, "kindShapes": {"person": "circle"}}"#.utf8)
        let style = try MapStyle.decode(json: json)
        #expect(style.fontName == "Inter")
        #expect(style.maxNodeSize == 1.5)
        #expect(style.shape(of: .person) == "circle")
        #expect(style.shape(of: .organization) == MapStyle.default.fallbackShape)  // the dictionary was replaced
        #expect(style.palette == MapStyle.default.palette)
    }

    @Test func encodingThenDecodingGivesTheSameStyle() throws {
        let data = try JSONEncoder().encode(MapStyle.default)
        #expect(try MapStyle.decode(json: data) == MapStyle.default)
    }

    @Test func loadingAFileAndReportingUnreadableOnes() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-style-\(UUID().uuidString).json")
        try Data(##"{"edgeColor": "#112233"}"##.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try MapStyle.load(from: url).edgeColor == "#112233")
        let missing = url.appendingPathExtension("missing")
        #expect {
            try MapStyle.load(from: missing)
        } throws: { error in
            guard case MapStyleError.unreadable(let path, _) = error else { return false }
            return path == missing.path
        }
    }

    @Test(arguments: [
        (#"{"edgeColor": "red\"];x[label=\"pwned"}"#, MapStyleError.invalidColor(property: "edgeColor", value: "red\"];x[label=\"pwned")),
        (##"{"palette": ["#0072B2", "blue"]}"##, .invalidColor(property: "palette[1]", value: "blue")),
        (#"{"palette": []}"#, .invalidColor(property: "palette", value: "[]")),
        (#"{"minNodeSize": 2, "maxNodeSize": 1}"#, .invalidSize(property: "minNodeSize", value: 2)),
        (#"{"fontSize": -1}"#, .invalidSize(property: "fontSize", value: -1)),
        (#"{"kindShapes": {"person": "blob"}}"#, .invalidName(property: "kindShapes.person", value: "blob")),
        (#"{"tieKindStyles": {"funds": "wavy"}}"#, .invalidName(property: "tieKindStyles.funds", value: "wavy")),
    ])
    func invalidValuesAreRejectedByName(json: String, expected: MapStyleError) {
        #expect(throws: expected) { try MapStyle.decode(json: Data(json.utf8)) }
    }

    /// Sizes that passed the positive-and-finite check but made Graphviz abort or hang (issue 16).
    @Test(arguments: [
        (#"{"maxNodeSize": 1e7}"#, "maxNodeSize", 1e7), (#"{"maxNodeSize": 1e8}"#, "maxNodeSize", 1e8),
        (#"{"maxNodeSize": 21}"#, "maxNodeSize", 21), (#"{"fontSize": 1e6}"#, "fontSize", 1e6),
        (#"{"titleFontSize": 0.5}"#, "titleFontSize", 0.5), (#"{"maxEdgeWidth": 1e9}"#, "maxEdgeWidth", 1e9),
        (#"{"minNodeSize": 0.001}"#, "minNodeSize", 0.001),
    ])
    func sizesGraphvizCannotDrawAreRefused(json: String, property: String, value: Double) throws {
        let bounds = try #require(MapStyle.sizeBounds[property])
        #expect(throws: MapStyleError.outOfRange(property: property, value: value, bounds: bounds)) {
            try MapStyle.decode(json: Data(json.utf8))
        }
    }

    @Test func theLargestAllowedSizesAreAccepted() throws {
        let json = #"{"minNodeSize": 20, "maxNodeSize": 20, "fontSize": 200, "maxEdgeWidth": 50, "minEdgeWidth": 50}"#
        #expect(try MapStyle.decode(json: Data(json.utf8)).maxNodeSize == 20)
    }

    @Test func malformedJSONIsATypedError() {
        #expect {
            try MapStyle.decode(json: Data("{\"fontSize\": \"big\"}".utf8))
        } throws: { error in
            guard case MapStyleError.invalidJSON = error else { return false }
            return true
        }
    }

    @Test func aCustomStyleChangesTheMap() throws {
        var style = MapStyle.default
        style.kindColors["person"] = "#123456"
        style.fontName = "Inter"
        let dot = try NetworkMap(network: try SampleNetworks.community(), style: style).dotText()
        #expect(nodeStatementLines(dot)[0].contains(##"fillcolor="#123456""##))
        #expect(dot.contains(##"fontname="Inter""##))
    }
}
