import Foundation
import ArgumentParser
import LiaisonCommands
import Testing

@Suite struct CommandLineTests {
    /// `liaison --version` prints the version, a dotted number, and exits 0.
    @Test func versionIsPrinted() throws {
        let outcome = try BinaryRunner.run(["--version"])
        #expect(outcome.status == 0)
        let printed = outcome.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed == LiaisonVersion.current)
        #expect(printed.split(separator: ".").count >= 2 && printed.split(separator: ".").allSatisfy { Int($0) != nil })
    }

    /// An unknown subcommand exits 64 (usage) with a message naming it, not any error.
    @Test func unknownSubcommandIsAUsageError() throws {
        let outcome = try BinaryRunner.run(["no-such-command"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("no-such-command"))
        #expect(!outcome.crashed)
    }
}
