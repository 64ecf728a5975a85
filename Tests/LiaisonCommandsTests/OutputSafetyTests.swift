import Foundation
import LiaisonCommands
import Testing

/// Issue 16, outputs: `-o` never replaces what a command reads, two-file exports appear whole,
/// missing folders are reported before the work, `-o -` and `-` mean standard output and input.
@Suite struct OutputSafetyTests {
    /// A scratch copy of the florentine dataset (nodes.csv, edges.csv) in a fresh folder.
    static func datasetCopy() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-safety-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("florentine")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: BinaryRunner.repositoryRoot.appendingPathComponent("datasets/florentine"), to: folder)
        return folder
    }

    static func bytes(_ url: URL) -> Data { (try? Data(contentsOf: url)) ?? Data() }

    /// Every command whose `-o` is a hard link to the edges file it reads refuses with 64, before any
    /// work, and the edges file keeps its bytes.
    @Test(arguments: BadInputAcrossCommandsTests.commandNames)
    func outputNamingTheInputIsRefused(command: String) throws {
        guard command != "survey" else { return }  // reads a survey export: surveyOutputNamingItsInputIsRefused
        let folder = try Self.datasetCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let edges = folder.appendingPathComponent("edges.csv")
        let before = Self.bytes(edges)
        let outputs = folder.deletingLastPathComponent().appendingPathComponent("out")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        var arguments = try #require(
            BadInputAcrossCommandsTests.arguments(for: command, input: folder.path, outputFolder: outputs))
        guard let flag = arguments.firstIndex(of: "-o") else { return }  // writes no file
        let output = arguments[flag + 1]
        if command == "map-waves" || command == "export" && output.hasSuffix("/out") { return }  // folders: below
        #expect(link(edges.path, output) == 0)
        let outcome = try InProcessRunner.run(arguments)
        #expect(!outcome.crashed)
        #expect(outcome.status == 64, "\(command): exit \(outcome.status)\n\(outcome.standardError)")
        #expect(outcome.standardError.contains("which this command reads"), "\(command): \(outcome.standardError)")
        #expect(Self.bytes(edges) == before, "\(command) changed its input")
        arguments[flag + 1] = edges.path
        #expect(try InProcessRunner.run(arguments).status == 64 || command == "map" || command == "report")
        #expect(Self.bytes(edges) == before, "\(command) changed its input")
    }

    /// `survey -o` naming the survey export, the roster or the matches file is refused before any work.
    @Test(arguments: ["responses.csv", "roster.csv", "matches.csv"])
    func surveyOutputNamingItsInputIsRefused(file: String) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-survey-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let source = BinaryRunner.repositoryRoot.appendingPathComponent("datasets/partnership-survey")
        for name in ["responses.csv", "roster.csv", "matches.csv"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: scratch.appendingPathComponent(name))
        }
        let target = scratch.appendingPathComponent(file)
        let before = Self.bytes(target)
        let outcome = try InProcessRunner.run([
            "survey", "--survey", scratch.appendingPathComponent("responses.csv").path,
            "--roster", scratch.appendingPathComponent("roster.csv").path,
            "--matches", scratch.appendingPathComponent("matches.csv").path, "-o", target.path,
        ])
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("which this command reads"))
        #expect(Self.bytes(target) == before)
    }

    @Test(arguments: ["csv", "kumu"])
    func exportIntoTheInputFolderIsRefused(format: String) throws {
        let folder = try Self.datasetCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let before = Self.bytes(folder.appendingPathComponent("edges.csv"))
        let outcome = try InProcessRunner.run(["export", folder.path, "--to", format, "-o", folder.path])
        #expect(outcome.status == 64, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("which the input is read from"))
        #expect(Self.bytes(folder.appendingPathComponent("edges.csv")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["README.md", "edges.csv", "nodes.csv"])
    }

    @Test func missingParentFolderIsReportedBeforeTheWork() throws {
        let missing = "/nonexistent-\(UUID().uuidString)/map.svg"
        let outcome = try InProcessRunner.run(["map", "datasets/florentine", "-o", missing])
        #expect(outcome.status == 73)
        #expect(outcome.standardError.contains("does not exist"))
        #expect(!outcome.standardError.contains("note:"), "the network was read first: \(outcome.standardError)")
    }

    @Test func dashWritesTheMapToStandardOutput() throws {
        let folder = try Self.datasetCopy()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let outcome = try BinaryRunner.run(["map", folder.path, "--format", "svg", "-o", "-"], in: folder)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("<svg"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("-").path))
    }

    @Test func standardInputAndProcessSubstitutionAreRead() throws {
        let edges = BinaryRunner.repositoryRoot.appendingPathComponent("datasets/florentine/edges.csv").path
        let liaison = try BinaryRunner.executable.path
        for script in ["'\(liaison)' inspect - < '\(edges)'", "cat '\(edges)' | '\(liaison)' inspect -",
                       "'\(liaison)' inspect <(cat '\(edges)')", "cat '\(edges)' | '\(liaison)' inspect /dev/stdin"] {
            let outcome = try BinaryRunner.runShell(script)
            #expect(outcome.status == 0, "\(script)\n\(outcome.standardError)")
            #expect(!outcome.standardError.contains("empty"), "\(script)\n\(outcome.standardError)")
            #expect(outcome.standardOutput.contains("15"), "\(script)\n\(outcome.standardOutput)")
        }
    }

    @Test func fifoWithoutWriterEndsWithAMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("edges.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let liaison = try BinaryRunner.executable.path
        let outcome = try BinaryRunner.runShell("LIAISON_PIPE_TIMEOUT=1 '\(liaison)' inspect '\(fifo)'")
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("nothing is writing into this pipe"), "\(outcome.standardError)")
    }
}
