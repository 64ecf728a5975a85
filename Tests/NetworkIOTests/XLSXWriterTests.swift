import Foundation
import NetworkIO
import NetworkModel
import Testing

/// Workbooks Liaison writes read back through Liaison's own reader, hostile text included: nothing is
/// ever a formula, and markup, control characters and OOXML's own escapes survive.
@Suite struct XLSXWriterTests {
    static let hostile = [
        "=SUM(A1:A9)", "+1", "-x", "@cmd", "<b>&amp;</b>", "tab\tin", "bell\u{7}", "_x0041_", "quote \"q\"",
        "Zoë ✓ 😀", "comma, semi;colon", "line\nbreak",
    ]

    @Test func roundTripThroughTheReader() throws {
        let nodes: [[XLSXWriter.Cell]] = [[.text("id"), .text("note"), .text("size")]]
            + Self.hostile.enumerated().map { index, text in [.text("n\(index)"), .text(text), .number(String(index))] }
        let ties: [[XLSXWriter.Cell]] = [[.text("source"), .text("target"), .text("weight")]]
            + (1..<Self.hostile.count).map { [.text("n0"), .text("n\($0)"), .number("0.25")] }
        let data = try XLSXWriter.data([
            XLSXWriter.Sheet(name: "Nodes", rows: nodes), XLSXWriter.Sheet(name: "Edges", rows: ties),
        ])
        let path = try Fixtures.temporaryFile(Array(data), name: "hostile.xlsx")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let network = try NetworkLoader.load(path: path).network
        #expect(network.nodeCount == Self.hostile.count)
        for (index, text) in Self.hostile.enumerated() {
            #expect(network.node(id: "n\(index)")?.attributes["note"] == text, "\(text)")
            #expect(network.node(id: "n\(index)")?.attributes["size"] == String(index))
        }
        #expect(network.ties.allSatisfy { $0.weight == 0.25 })
    }

    @Test func sameTablesSameBytes() throws {
        let sheet = XLSXWriter.Sheet(name: "Edges", rows: [[.text("source"), .text("target")], [.text("a"), .text("b")]])
        #expect(try XLSXWriter.data([sheet]) == (try XLSXWriter.data([sheet])))
    }
}
