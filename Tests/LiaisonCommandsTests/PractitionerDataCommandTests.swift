import Foundation
import Testing

/// A learning community as a practitioner's Kumu export has it (datasets/kumu-three-cities: Individual,
/// Foundation, Program, Convening, Strategy; Grant, Works at, Participant, Hosted, Partners with, Uses;
/// Excel's M/d/yyyy dates; `City` with a capital): the planted roles are found with no vocabulary file.
@Suite struct PractitionerDataCommandTests {
    static let folder = "datasets/kumu-three-cities"
    static let input = ["--nodes", "\(folder)/Elements.csv", "--edges", "\(folder)/Connections.csv"]

    struct Truth: Decodable {
        struct Funder: Decodable {
            var id: String
            var role: String
        }
        struct Liaison: Decodable { var id: String }
        var funders: [Funder]
        var liaisons: [Liaison]
    }

    /// The same network three ways: the Kumu folder, its two CSV files named one by one, and the workbook Kumu
    /// exports (with real Excel dates).
    static let forms: [[String]] = [[folder], input, ["\(folder)/kumu-three-cities.xlsx"]]

    @Test(arguments: forms)
    func naturalWordsYieldThePlantedRoles(_ form: [String]) throws {
        let data = try Data(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("\(Self.folder)/truth.json"))
        let truth = try JSONDecoder().decode(Truth.self, from: data)
        let outcome = try InProcessRunner.run(["roles"] + form + ["--group", "city", "--format", "json", "--key-players", "0"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(!outcome.standardError.contains("not testable"), "\(outcome.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let roles = try #require(object["roles"] as? [[String: Any]])
        func holders(_ role: String) -> Set<String> {
            Set(roles.filter { $0["role"] as? String == role }.compactMap { $0["id"] as? String })
        }
        for funder in truth.funders {
            #expect(holders(funder.role) == [funder.id], "\(funder.role)")
        }
        #expect(holders("learning_liaison") == Set(truth.liaisons.map(\.id)))
    }

    @Test func validateShowsHowEachWordWasReadAndWhatTheDataSupports() throws {
        let outcome = try InProcessRunner.run(["validate"] + Self.input)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("read: Foundation → organization (funder), 4 nodes"))
        #expect(lines.contains("read: Grant → funds, 16 ties"))
        #expect(lines.contains("read: Hosted → convenes, 8 ties"))
        #expect(lines.last == "Supports: the data supports every analysis")
    }

    @Test func undatedDataSaysIntroductionsAreNotTestableAndCreditsNone() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-undated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let connections = try String(
            contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("\(Self.folder)/Connections.csv"), encoding: .utf8)
        let undated = connections.split(separator: "\r\n").map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).dropLast().joined(separator: ",")
        }.joined(separator: "\n")
        let edges = scratch.appendingPathComponent("undated.csv")
        try Data(undated.utf8).write(to: edges)
        let outcome = try InProcessRunner.run(
            ["roles", "--nodes", "\(Self.folder)/Elements.csv", "--edges", edges.path, "--group", "City", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(!outcome.standardOutput.contains(",catalyst,"))
        #expect(!outcome.standardOutput.contains("introduced"))
        #expect(outcome.standardError.contains("warning: introductions (catalyst role): not testable, no tie of a funder has a start date"))
        #expect(outcome.standardOutput.contains(",sponsor,"))
    }

    @Test func dataWithoutGrantsSaysGrantmakerRolesCannotBeFound() throws {
        let outcome = try InProcessRunner.run(["roles", "datasets/karate", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.contains(
            "warning: grantmaker roles: not testable, no tie is a grant (kind funds) and no node is marked as a funder"))
    }
}
