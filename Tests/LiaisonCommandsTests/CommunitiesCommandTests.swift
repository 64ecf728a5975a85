import ArgumentParser
import Foundation
import LiaisonCommands
import Testing

/// `liaison communities` end to end: columns, metadata, determinism, methods and objectives, errors.
@Suite struct CommunitiesCommandTests {
    /// The rows of a CSV without quoted fields (the datasets' ids and labels have no commas).
    static func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    static func metadata(_ json: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(object?["metadata"] as? [String: Any])
    }

    @Test func csvHasOneRowPerNodeWithConsistentSizes() throws {
        let outcome = try InProcessRunner.run(["communities", "datasets/karate", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = Self.rows(outcome.standardOutput)
        #expect(rows.first == ["id", "label", "kind", "community", "community_size"])
        let body = rows.dropFirst()
        #expect(body.count == 34)
        var sizes: [String: Int] = [:]
        for row in body { sizes[row[3], default: 0] += 1 }
        for row in body { #expect(Int(row[4]) == sizes[row[3]], "row \(row)") }
        #expect(body.first?[3] == "0", "communities are numbered from the first node")
        #expect(outcome.standardError.contains("modularity 0.4"), "\(outcome.standardError)")
        #expect(outcome.standardError.contains("method leiden"))
    }

    @Test func jsonCarriesTheRunInItsMetadata() throws {
        let outcome = try InProcessRunner.run(
            ["communities", "datasets/karate", "--format", "json", "--seed", "5", "--method", "louvain", "--resolution", "0.8"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let metadata = try Self.metadata(outcome.standardOutput)
        #expect(metadata["method"] as? String == "louvain")
        #expect(metadata["objective"] as? String == "modularity")
        #expect((metadata["resolution"] as? NSNumber)?.doubleValue == 0.8)
        #expect((metadata["seed"] as? NSNumber)?.intValue == 5)
        let modularity = try #require((metadata["modularity"] as? NSNumber)?.doubleValue)
        let quality = try #require((metadata["quality"] as? NSNumber)?.doubleValue)
        #expect(modularity > 0.3 && abs(modularity - quality) < 1e-12)
        #expect(((metadata["communities"] as? NSNumber)?.intValue ?? 0) >= 2)
    }

    @Test func sameSeedGivesTheSameBytes() throws {
        let arguments = ["communities", "datasets/integration-initiative", "--format", "json", "--seed", "3"]
        let first = try InProcessRunner.run(arguments)
        let second = try InProcessRunner.run(arguments)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func cpmWithHighResolutionGivesSingletons() throws {
        let outcome = try InProcessRunner.run(
            ["communities", "datasets/florentine", "--objective", "cpm", "--resolution", "100", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let metadata = try Self.metadata(outcome.standardOutput)
        #expect(metadata["communities"] as? NSNumber == metadata["nodes"] as? NSNumber)
        #expect(metadata["objective"] as? String == "cpm")
    }

    @Test func writesAFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-communities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("groups.csv")
        let outcome = try InProcessRunner.run(["communities", "datasets/florentine", "--weighted", "-o", file.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("id,label,kind,community,community_size\n"))
    }

    @Test func invalidParametersAreUsageErrors() throws {
        for arguments in [["--resolution=-1"], ["--resolution", "nan"], ["--iterations", "0"], ["--method", "walktrap"],
                          ["--objective", "surprise"], ["--format", "text"]] {
            #expect(throws: (any Error).self, "\(arguments)") {
                try LiaisonCommand.parseAsRoot(["communities", "datasets/karate"] + arguments)
            }
            let outcome = try InProcessRunner.run(["communities", "datasets/karate"] + arguments)
            #expect(outcome.status == 64, "\(arguments): \(outcome.status) \(outcome.standardError)")
        }
    }

    @Test func helpHasAnExample() throws {
        let outcome = try InProcessRunner.run(["communities", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("liaison communities"))
    }
}
