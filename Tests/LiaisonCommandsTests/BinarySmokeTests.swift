import Foundation
import LiaisonCommands
import Testing

/// One run of the built `liaison` binary per command, as a user runs it: the other command suites drive
/// the same commands in process (``InProcessRunner``), so these check what only the process shows, the
/// exit status and the real standard output and error, and that both ways print the same.
@Suite struct BinarySmokeTests {
    /// Every subcommand but the hidden worker and the benchmark driver, with the arguments of an ordinary
    /// run on a small bundled dataset (those of ``ExtremeOptionValuesTests``).
    static var commands: [ExtremeOptionValuesTests.Command] { ExtremeOptionValuesTests.commands }

    @Test func everyCommandHasASmokeTest() {
        let registered = LiaisonCommand.configuration.subcommands.map { $0._commandName }
            .filter { !["render-worker", "bench"].contains($0) }
        #expect(Set(registered) == Set(Self.commands.map(\.name)), "\(registered)")
    }

    @Test(arguments: commands.map(\.name))
    func commandRunsAndRefusesAnUnknownOption(name: String) throws {
        let command = try #require(Self.commands.first { $0.name == name })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-smoke-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // map-waves needs waves, which florentine has not.
        let base = name == "map-waves"
            ? ["map-waves", "datasets/integration-initiative", "--waves", "2018,2019", "-o", folder.path + "/waves"]
            : command.base.map { $0.replacingOccurrences(of: ExtremeOptionValuesTests.output, with: folder.path) }
        let arguments = base
        let outcome = try BinaryRunner.run(arguments)
        #expect(!outcome.crashed && outcome.status == 0, "\(name): exit \(outcome.status)\n\(outcome.standardError)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        #expect(!outcome.standardOutput.isEmpty || !written.isEmpty, "\(name) printed and wrote nothing")

        let refused = try BinaryRunner.run(base + ["--no-such-option"])
        #expect(!refused.crashed && refused.status == 64, "\(name): exit \(refused.status)")
        #expect(refused.standardError.contains("--no-such-option") && refused.standardOutput.isEmpty)
    }

    /// The binary and the in-process runner print the same bytes on the same streams for the same command.
    @Test func binaryAndInProcessRunsPrintTheSame() throws {
        for arguments in [["metrics", "datasets/karate", "--format", "csv"], ["roles", "datasets/karate", "--role", "wizard"]] {
            let binary = try BinaryRunner.run(arguments)
            let inProcess = try InProcessRunner.run(arguments)
            #expect(binary.status == inProcess.status)
            #expect(binary.standardOutput == inProcess.standardOutput)
            #expect(binary.standardError == inProcess.standardError)
        }
        #expect(try BinaryRunner.run(["roles", "datasets/karate", "--role", "wizard"]).status == 64)
    }
}
