import ArgumentParser
import Foundation
import LiaisonCommands
import NetworkIO
import Testing

/// Every subcommand that reads a network, on every malformed file of the NetworkIO corpus, through the
/// built binary: exit status 65 (never a signal), a message naming the file, and no `-o` file left behind,
/// not even a partial or temporary one. The commands come from `LiaisonCommand`'s registered subcommands
/// at run time, so a new command is covered as soon as it is registered.
@Suite struct BadInputAcrossCommandsTests {
    /// Commands that do not read a network.
    static let commandsWithoutInput: Set<String> = ["generate", "bench", "help", "render-worker"]

    /// Arguments a command needs besides the input and `-o`, by command name.
    static let extraArguments: [String: [String]] = [
        "crosspollination": ["--group", "city"], "compare": ["--from", "2018", "--to", "2019"],
        "map-waves": ["--waves", "2018,2019"],
    ]

    static var commandNames: [String] {
        LiaisonCommand.configuration.subcommands.map { $0.configuration.commandName ?? $0._commandName }
            .filter { !commandsWithoutInput.contains($0) }
    }

    static var fixturesFolder: URL {
        BinaryRunner.repositoryRoot.appendingPathComponent("Tests/NetworkIOTests/Fixtures")
    }

    /// The fixtures (files and folders) the loader refuses: decided by loading each one in process.
    static func malformedFixtures() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path).sorted()
        return names.filter { $0 != "README.md" }.map { fixturesFolder.appendingPathComponent($0).path }
            .filter { path in
                do {
                    _ = try NetworkLoader.load(path: path)
                    return false
                } catch {
                    return true
                }
            }
    }

    @Test func theCorpusHoldsEnoughMalformedFiles() throws {
        let malformed = try Self.malformedFixtures().map { URL(fileURLWithPath: $0).lastPathComponent }
        for expected in ["unclosed-quote.csv", "empty.csv", "invalid-utf8.csv", "nul.csv", "bad-values.csv", "missing-nodes"] {
            #expect(malformed.contains(expected), "\(expected) loads without error")
        }
        #expect(Self.commandNames.contains("map") && Self.commandNames.contains("inspect"))
    }

    /// The arguments that run `command` on `input` with `-o` to a file in `outputFolder` (the first name whose
    /// extension the command accepts), or without `-o` when it takes none; nil when it cannot be run so.
    static func arguments(for command: String, input: String, outputFolder: URL) -> [String]? {
        // `survey` reads its input through --survey; every other command takes it as PATH.
        let base = command == "survey"
            ? [command, "--survey", input] : [command, input] + (extraArguments[command] ?? [])
        for name in ["out.csv", "out.svg", "out.json", "out.graphml", "out.gexf", "out.dot", "out.md", "out.html", "out"] {
            let withOutput = base + ["-o", outputFolder.appendingPathComponent(name).path]
            if (try? LiaisonCommand.parseAsRoot(withOutput)) != nil { return withOutput }
        }
        return (try? LiaisonCommand.parseAsRoot(base)) != nil ? base : nil
    }

    @Test(arguments: commandNames)
    func failsCleanlyOnEveryMalformedFile(command: String) throws {
        let malformed = try Self.malformedFixtures()
        #expect(malformed.count >= 10)
        for input in malformed {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bad-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let arguments = try #require(
                Self.arguments(for: command, input: input, outputFolder: folder),
                "cannot tell how to run \(command) on a file: add its arguments to extraArguments")
            let outcome = try InProcessRunner.run(arguments)
            let name = URL(fileURLWithPath: input).lastPathComponent
            #expect(!outcome.crashed, "\(command) \(name): ended by a signal")
            #expect(outcome.status == 65, "\(command) \(name): exit \(outcome.status)\n\(outcome.standardError)")
            let message = outcome.standardError + outcome.standardOutput
            #expect(message.contains(input), "\(command) \(name): the message does not name the file\n\(message)")
            #expect(!message.contains("Fatal error"), "\(command) \(name): \(message)")
            #expect(
                !message.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F },
                "\(command) \(name): a control character from the data reached the terminal")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(leftovers.isEmpty, "\(command) \(name): left \(leftovers) behind")
        }
    }

    @Test(arguments: commandNames)
    func leavesAnExistingOutputFileAsItWas(command: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.fixturesFolder.appendingPathComponent("unclosed-quote.csv").path
        let arguments = try #require(Self.arguments(for: command, input: input, outputFolder: folder))
        guard let flag = arguments.firstIndex(of: "-o") else { return }
        let output = arguments[flag + 1]
        try Data("previous\n".utf8).write(to: URL(fileURLWithPath: output))
        let outcome = try InProcessRunner.run(arguments)
        // `survey -o` names a folder: a file there is refused (73) before the input is even read.
        #expect(outcome.status == 65 || (command == "survey" && outcome.status == 73), "\(command): exit \(outcome.status)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous\n", "\(command) changed \(output)")
        let name = URL(fileURLWithPath: output).lastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
    }
}
