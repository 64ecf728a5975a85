import Foundation
import Testing

/// `liaison compare` end to end on the bundled data.
@Suite struct CompareCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func wavesToJsonHoldEverySection() throws {
        let outcome = try BinaryRunner.run(
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
        let outcome = try BinaryRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "2016-17", "--to", "2019", "--format", "table"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "datasets/integration-initiative: wave 2016-17 (cumulative) → wave 2019 (cumulative)")
        #expect(lines.contains { $0.hasPrefix("- Ties rose from ") })
        #expect(lines.contains("indicators"))
    }

    @Test func datesAndCsvSection() throws {
        let outcome = try BinaryRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "date:2017-06", "--to", "2019-06", "--section",
             "ties", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "change,source,target,kind,directed")
        #expect(lines.count > 100)
        #expect(lines.contains { $0.hasPrefix("lost,") })
    }

    @Test func anotherDatasetIsMatchedById() throws {
        let outcome = try BinaryRunner.run(
            ["compare", "datasets/karate", "--from", "datasets/karate", "--to", "datasets/karate", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "indicator,before,after,change,relative_change,verdict")
        // The same data on both sides: every indicator is unchanged.
        #expect(lines.dropFirst().allSatisfy { $0.contains("unchanged") })
    }

    @Test func unknownWaveIsAUsageErrorListingTheWaves() throws {
        let outcome = try BinaryRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "2016-17", "--to", "wave-9"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("2016-17, 2018, 2019"), "\(outcome.standardError)")
        let forced = try BinaryRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "wave:2015", "--to", "2019"])
        #expect(forced.status == 64)
        #expect(forced.standardError.contains("2016-17, 2018, 2019"), "\(forced.standardError)")
    }

    @Test func waveAndAsOfOptionsAreRefused() throws {
        let outcome = try BinaryRunner.run(
            ["compare", "datasets/integration-initiative", "--from", "2018", "--to", "2019", "--wave", "2018"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--from and --to"))
    }
}
