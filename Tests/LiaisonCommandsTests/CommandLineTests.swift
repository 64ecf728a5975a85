import ArgumentParser
import LiaisonCommands
import Testing

@Suite struct CommandLineTests {
    @Test func versionIsPrinted() {
        #expect(LiaisonCommand.configuration.version == LiaisonVersion.current)
    }

    @Test func unknownSubcommandIsAUsageError() {
        #expect(throws: (any Error).self) { try LiaisonCommand.parseAsRoot(["no-such-command"]) }
    }
}
