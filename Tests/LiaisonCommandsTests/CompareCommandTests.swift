import Foundation
import Testing

/// `liaison compare` end to end on the bundled data.
@Suite struct CompareCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func wavesToJsonHoldEverySection() throws {
        let outcome = try InProcessRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "2016-17", "--to", "2019", "--group", "city",
             "--format", "json", "--top", "3"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try Self.json(outcome.standardOutput)
        for section in ["indicators", "nodes", "ties", "risers", "fallers", "bridges", "group_links", "practices"] {
            #expect(object[section] is [[String: Any]], "section \(section)")
        }
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["from_reading"] as? String == "wave 2016-17 (cumulative)")
        #expect(metadata["to_reading"] as? String == "wave 2019 (cumulative)")
        let ties = try #require(object["ties"] as? [[String: Any]])
        let added = ties.filter { $0["change"] as? String == "added" }.count
        #expect(added > ties.count - added)
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(indicators.contains { $0["indicator"] as? String == "ei_index" })
        #expect(indicators.allSatisfy { ($0["verdict"] as? String)?.hasSuffix(".") == true })
        let risers = try #require(object["risers"] as? [[String: Any]])
        #expect(risers.count == 9)
    }

    @Test func tableStartsWithVerdicts() throws {
        let outcome = try InProcessRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "2016-17", "--to", "2019", "--format", "table"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "datasets/integration-initiative: wave 2016-17 (cumulative) → wave 2019 (cumulative)")
        #expect(lines.contains { $0.hasPrefix("- The number of ties rose from ") })
        #expect(lines.contains("indicators"))
    }

    @Test func datesAndCsvSection() throws {
        let outcome = try InProcessRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "date:2017-06", "--to", "2019-06", "--section",
             "ties", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "change,source,target,kind,directed")
        #expect(lines.count > 100)
        #expect(lines.contains { $0.hasPrefix("lost,") })
    }

    @Test func anotherDatasetIsMatchedById() throws {
        let outcome = try InProcessRunner.run(
            ["compare", "datasets/karate", "--from", "datasets/karate", "--to", "datasets/karate", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "indicator,before,after,change,relative_change,verdict")
        // The same data on both sides: every indicator is unchanged.
        #expect(lines.dropFirst().allSatisfy { $0.contains("unchanged") })
    }

    @Test func unknownWaveIsAUsageErrorListingTheWaves() throws {
        let outcome = try InProcessRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "2016-17", "--to", "wave-9"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("2016-17, 2018, 2019"), "\(outcome.standardError)")
        let forced = try InProcessRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "wave:2015", "--to", "2019"])
        #expect(forced.status == 64)
        #expect(forced.standardError.contains("2016-17, 2018, 2019"), "\(forced.standardError)")
    }

    @Test func waveAndAsOfOptionsAreRefused() throws {
        let outcome = try InProcessRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "2018", "--to", "2019", "--wave", "2018"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--from and --to"))
    }
}

/// `liaison map-waves` end to end: one map per wave on a shared layout, and the sheet.
@Suite struct MapWavesCommandTests {
    /// The centre of the node titled `id` in a Graphviz SVG.
    static func centre(of id: String, in svg: String) -> String? {
        guard let title = svg.range(of: "<title>\(id.replacingOccurrences(of: "-", with: "&#45;"))</title>"),
            let ellipse = svg[title.upperBound...].range(of: "<ellipse")
        else { return nil }
        let tail = svg[ellipse.upperBound...]
        guard let cx = tail.range(of: "cx=\""), let end = tail.range(of: " rx=") else { return nil }
        return String(tail[cx.lowerBound..<end.lowerBound])
    }

    @Test func wavesShareOneLayoutAndHighlightNewTies() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-map-waves-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try InProcessRunner.run(
            ["map-waves", "datasets/integration-initiative", "--waves", "2016-17,2018,2019", "-o", folder.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let maps = try ["2016-17", "2018", "2019"].map {
            try String(contentsOf: folder.appendingPathComponent("wave-\($0).svg"), encoding: .utf8)
        }
        // A node present in every wave sits at the same place on every map.
        let first = try #require(Self.centre(of: "org-001", in: maps[0]))
        #expect(Self.centre(of: "org-001", in: maps[1]) == first)
        #expect(Self.centre(of: "org-001", in: maps[2]) == first)
        // New ties are orange from the second wave on; the first wave has none.
        #expect(!maps[0].contains("#d95f02"))
        #expect(maps[1].contains("#d95f02") && maps[2].contains("#d95f02"))
        #expect(maps[2].contains("Wave 2019: 372 nodes"))
        let sheet = try String(contentsOf: folder.appendingPathComponent("waves.svg"), encoding: .utf8)
        #expect(sheet.components(separatedBy: "<svg").count == 5)
        #expect(sheet.contains("id=\"m3-graph0\""))
    }

    @Test func unknownWaveIsAUsageError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-map-waves-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try InProcessRunner.run(
            ["map-waves", "datasets/integration-initiative", "--waves", "2016-17,2020", "-o", folder.path])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("2016-17, 2018, 2019"), "\(outcome.standardError)")
    }
}
