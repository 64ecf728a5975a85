import Foundation
import LiaisonCommands
import NetworkIO
import NetworkModel
import Testing

/// Issue 16, de-identification: under `--anonymize all`, no output of any command (standard output,
/// standard error, every file written) carries an original id or label of a person or organization, or
/// any original attribute value, even of the attribute kept for grouping.
@Suite struct AnonymizedOutputsTests {
    static let key = "issue-16 test key: 32 bytes long"

    /// A copy of the integration initiative whose attribute values are unique markers (`Secret-N`, the
    /// same value the same marker), so a marker found in an output is a leak and nothing else.
    static func markedDataset() throws -> (folder: URL, secrets: [String]) {
        let original = try NetworkLoader.load(
            path: BinaryRunner.repositoryRoot.appendingPathComponent("datasets/integration-initiative").path).network
        var markers: [String: String] = [:]
        func marker(_ value: String) -> String {
            guard value.contains(where: \.isLetter) else { return value }
            if let known = markers[value] { return known }
            let made = "Secret-\(markers.count + 1)x"
            markers[value] = made
            return made
        }
        var marked = Network()
        marked.declareAttributes(nodes: original.nodeAttributeNames, ties: original.tieAttributeNames)
        var secrets = Set<String>()
        for var node in original.nodes {
            if node.kind == .person || node.kind == .organization {
                secrets.insert(node.id)
                secrets.insert(node.label)
            }
            node.attributes = node.attributes.mapValues(marker)
            try marked.addNode(node)
        }
        for var tie in original.ties {
            tie.attributes = tie.attributes.mapValues(marker)
            try marked.addTie(tie)
        }
        secrets.formUnion(markers.values)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-anon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        try NetworkWriter.write(marked, toFolder: folder.appendingPathComponent("data").path)
        return (folder, secrets.sorted())
    }

    /// Everything under `folder` except the input, as text.
    static func writtenText(in folder: URL) throws -> String {
        var text = ""
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = enumerator?.nextObject() as? URL {
            guard !file.path.contains("/data/"), let data = try? Data(contentsOf: file) else { continue }
            text += String(decoding: data, as: UTF8.self)
        }
        return text
    }

    /// Whether `secret` occurs in `text` as a whole token: not inside a longer run of letters and digits
    /// (the pseudonym `person-021F3C` holds the id `person-021` as a prefix, by chance, not as a leak).
    static func occurs(_ secret: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: secret, range: searchStart..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            let glued = { (character: Character) in character.isLetter || character.isNumber }
            if !glued(before) && !glued(after) { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    @Test(arguments: BadInputAcrossCommandsTests.commandNames)
    func everyOutputCarriesPseudonymsOnly(command: String) throws {
        // `survey` reads a survey export, not a network folder: surveyOutputCarriesPseudonymsOnly checks it.
        guard command != "survey" else { return }
        let (folder, secrets) = try Self.markedDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(secrets.count > 300)
        let input = folder.appendingPathComponent("data").path
        let outputs = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        let base = try #require(BadInputAcrossCommandsTests.arguments(for: command, input: input, outputFolder: outputs))
        let arguments = base + ["--anonymize", "all", "--anonymize-key", Self.key, "--keep-attribute", "city"]
        try Self.expectPseudonymsOnly(command, arguments, outputs: outputs, secrets: secrets)
    }

    /// The survey's roster names, and the names as respondents wrote them, appear nowhere in what `survey`,
    /// `roles` and `report` print or write from the survey under `--anonymize all`.
    @Test(arguments: ["survey", "roles", "report"])
    func surveyOutputCarriesPseudonymsOnly(command: String) throws {
        let root = BinaryRunner.repositoryRoot.appendingPathComponent("datasets/partnership-survey")
        let roster = try String(contentsOf: root.appendingPathComponent("roster.csv"), encoding: .utf8)
        var secrets = roster.split(separator: "\r\n").dropFirst().compactMap { $0.split(separator: ",").dropFirst().first }
            .map(String.init)
        secrets += ["J. Okafor", "Maria Jose Fernandez", "owen delacroix", "ELENA PETROVA"]
        #expect(secrets.count == 28)
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-survey-anon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        var arguments = [
            command, "--survey", root.appendingPathComponent("responses.csv").path, "--roster",
            root.appendingPathComponent("roster.csv").path, "--matches", root.appendingPathComponent("matches.csv").path,
            "--anonymize", "all", "--anonymize-key", Self.key,
        ]
        switch command {
        case "survey": arguments += ["-o", outputs.appendingPathComponent("network").path]
        case "roles": arguments += ["--format", "csv", "-o", outputs.appendingPathComponent("roles.csv").path]
        default: arguments += ["-o", outputs.appendingPathComponent("report.html").path]
        }
        try Self.expectPseudonymsOnly(command, arguments, outputs: outputs, secrets: secrets)
    }

    /// Runs `arguments` and expects success, some output, and none of `secrets` in what it printed or wrote.
    static func expectPseudonymsOnly(_ command: String, _ arguments: [String], outputs: URL, secrets: [String]) throws {
        let outcome = try InProcessRunner.run(arguments)
        #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
        let everything = outcome.standardOutput + outcome.standardError + (try writtenText(in: outputs))
        #expect(everything.count > 100, "\(command) wrote almost nothing")
        let leaked = secrets.filter { occurs($0, in: everything) }
        #expect(leaked.isEmpty, "\(command) leaked \(leaked.count): \(leaked.prefix(8))")
    }

    @Test func keptGroupingAttributeIsPseudonymised() throws {
        let outcome = try InProcessRunner.run([
            "crosspollination", "datasets/integration-initiative", "--group", "city", "--format", "csv",
            "--anonymize", "--anonymize-key", Self.key, "--keep-attribute", "city",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("group-1") && outcome.standardOutput.contains("group-6"))
        #expect(!outcome.standardOutput.contains("Ashford Vale"))
        let dropped = try InProcessRunner.run([
            "crosspollination", "datasets/integration-initiative", "--group", "city", "--anonymize", "--anonymize-key", Self.key,
        ])
        #expect(dropped.status != 0, "grouping by a dropped attribute must fail")
        #expect(!dropped.standardError.contains("Ashford Vale"))
    }

    /// The loader's warnings and errors quote ids as the file writes them: under `--anonymize` they are
    /// counted, not shown.
    @Test func warningsAndErrorsQuoteNoOriginalId() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-anon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let warned = folder.appendingPathComponent("warned"), broken = folder.appendingPathComponent("broken")
        for (data, edges) in [
            (warned, "source,target\nAna Ruiz,Ben Okafor\nAna Ruiz,Ben Okafor\nAna Ruiz,Ana Ruiz\n"),
            (broken, "source,target,weight\nAna Ruiz,Ben Okafor,heavy\n"),
        ] {
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            try Data("id,kind\nAna Ruiz,person\nBen Okafor,person\n".utf8).write(to: data.appendingPathComponent("nodes.csv"))
            try Data(edges.utf8).write(to: data.appendingPathComponent("edges.csv"))
        }
        for command in ["inspect", "metrics"] {
            let outcome = try InProcessRunner.run(
                [command, warned.path, "--anonymize", "all", "--anonymize-key", Self.key, "--format", "json"])
            #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
            let printed = outcome.standardOutput + outcome.standardError
            #expect(!printed.contains("Ana Ruiz") && !printed.contains("Ben Okafor"), "\(command): \(printed)")
            #expect(outcome.standardError.contains("not shown under --anonymize"))
        }
        let failed = try InProcessRunner.run(["metrics", broken.path, "--anonymize", "all", "--anonymize-key", Self.key])
        #expect(failed.status == 65)
        #expect(!failed.standardError.contains("Ana Ruiz") && failed.standardError.contains("not shown under --anonymize"))
    }
}
