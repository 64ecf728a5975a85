import Foundation
import Testing

/// Issue 16, maps: style sizes Graphviz cannot draw refused, engines capped by size, tooltips and SVG
/// safe whatever the ids hold.
@Suite struct MapSafetyTests {
    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-mapsafety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A style with `{"maxNodeSize":1e7}` made dot and circo hang and neato abort inside Graphviz.
    @Test(arguments: ["dot", "neato", "circo"])
    func hugeStyleSizesAreRefusedBeforeGraphviz(engine: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in ["1e7", "1e8"] {
            let style = folder.appendingPathComponent("style.json")
            try Data("{\"maxNodeSize\":\(size)}".utf8).write(to: style)
            let output = folder.appendingPathComponent("map.svg")
            let outcome = try BinaryRunner.run(
                ["map", "datasets/florentine", "-o", output.path, "--engine", engine, "--style", style.path])
            #expect(!outcome.crashed)
            #expect(outcome.status == 65, "\(engine) \(size): \(outcome.standardError)")
            #expect(outcome.standardError.contains("maxNodeSize"))
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    /// `fdp` ran past 300 s on a 5,000-node star: an engine asked for more nodes than its cap is refused at once.
    @Test func engineAboveItsNodeLimitIsRefusedWithTheReason() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let star = folder.appendingPathComponent("star.csv")
        try Data((["source,target"] + (1..<600).map { "hub,n\($0)" }).joined(separator: "\n").utf8).write(to: star)
        let started = Date()
        let outcome = try BinaryRunner.run(["map", star.path, "-o", folder.appendingPathComponent("m.svg").path, "--engine", "fdp"])
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("--engine fdp lays out at most 500 nodes"))
        #expect(outcome.standardError.contains("--engine sfdp"))
        #expect(Date().timeIntervalSince(started) < 60)
    }

    /// Ids with Graphviz escapes (`\N`, `\G`, …) and non-characters: the SVG shows them literally in
    /// tooltips and stays well-formed XML.
    @Test func tooltipsShowEscapesLiterallyAndSVGHoldsNoNoncharacters() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let edges = folder.appendingPathComponent("edges.csv")
        let fdd0 = String(Character(Unicode.Scalar(UInt32(0xFDD0)) ?? "?"))
        try Data("source,target\na\\Nb,c\\G\\E\\T\\H\\L\nx\u{FFFE}y,z\u{FFFF}\(fdd0)\na\\Nb,x\u{FFFE}y\n".utf8).write(to: edges)
        let output = folder.appendingPathComponent("map.svg")
        let outcome = try BinaryRunner.run(["map", edges.path, "-o", output.path, "--engine", "neato"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let svg = try String(contentsOf: output, encoding: .utf8)
        #expect(svg.contains("xlink:title=\"a\\Nb"), "the tooltip of a\\Nb: \(svg)")
        #expect(svg.contains("xlink:title=\"c\\G\\E\\T\\H\\L"))
        #expect(!svg.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF || $0.value == 0xFDD0 })
        #expect(svg.contains("x\u{FFFD}y"))
    }
}
