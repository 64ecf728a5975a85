import Foundation
import Testing

/// `liaison map` end to end: formats, determinism, focus and filters, errors.
@Suite struct MapCommandTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func svgHasOneNodeGroupPerNodeAndALegend() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("karate.svg")
        let outcome = try InProcessRunner.run(["map", "datasets/karate", "-o", file.path, "--title", "Karate <club>"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let svg = try String(contentsOf: file, encoding: .utf8)
        #expect(svg.components(separatedBy: "<g id=\"node:").count - 1 == 34)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 78)
        #expect(svg.contains("Karate &lt;club&gt;"), "the title shows literally")
        #expect(svg.contains("Colour: community"), "without --group the colours are communities")
    }

    /// Colours by Leiden communities: the legend names each community (`community-N`, as `--group community`;
    /// Graphviz writes the hyphen as `&#45;`) with its size, and the sizes add up.
    @Test func colorByCommunityShowsTheCommunitiesInTheLegend() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("karate.svg")
        let outcome = try InProcessRunner.run(["map", "datasets/karate", "-o", file.path, "--color-by", "community"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("Leiden communities, modularity 0.4"), "\(outcome.standardError)")
        let svg = try String(contentsOf: file, encoding: .utf8)
        let entries = try NSRegularExpression(pattern: "community(?:-|&#45;)(\\d+) \\((\\d+)\\)")
            .matches(in: svg, range: NSRange(svg.startIndex..., in: svg))
            .compactMap { Range($0.range(at: 2), in: svg).flatMap { Int(svg[$0]) } }
        #expect(entries.count >= 3)
        #expect(entries.reduce(0, +) == 34)
    }

    @Test(arguments: [("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", [0x25, 0x50, 0x44, 0x46])])
    func binaryFormatsHaveTheirSignatures(format: String, signature: [UInt8]) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.\(format)")
        let outcome = try InProcessRunner.run(["map", "datasets/florentine", "-o", file.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(Array(try Data(contentsOf: file).prefix(4)) == signature)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.svg"), b = folder.appendingPathComponent("b.svg")
        _ = try InProcessRunner.run(["map", "datasets/integration-initiative", "-o", a.path])
        _ = try InProcessRunner.run(["map", "datasets/integration-initiative", "-o", b.path, "--threads", "1"])
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func focusDrawsTheEgoNetworkOnly() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ego.dot")
        let outcome = try InProcessRunner.run(["map", "datasets/florentine", "-o", file.path, "--focus", "Pazzi", "--radius", "1"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let dot = try String(contentsOf: file, encoding: .utf8)
        // Pazzi married into the Salviati and did business with the Medici; nobody else is one step away.
        #expect(dot.contains("id=\"node:Pazzi\"") && dot.contains("id=\"node:Salviati\"") && dot.contains("id=\"node:Medici\""))
        #expect(dot.components(separatedBy: "id=\"node:").count - 1 == 3)
        #expect(!dot.contains("Strozzi"))
    }

    @Test func hideIsolatesLeavesThemOut() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("f.dot")
        let outcome = try InProcessRunner.run(["map", "datasets/florentine", "-o", file.path, "--tie-kinds", "business", "--hide-isolates"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("Pucci"))
    }

    @Test func unknownFocusIsAUsageError() throws {
        let outcome = try InProcessRunner.run(["map", "datasets/karate", "-o", "/tmp/never.svg", "--focus", "nobody"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--focus nobody"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never.svg"))
    }
}
