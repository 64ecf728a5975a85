import ArgumentParser
import Foundation
import LiaisonCommands
import Testing

/// The documentation never drifts from the tool: every `liaison …` line of a ```sh block in README.md,
/// docs/*.md and docs/guide/*.md runs through the built binary from the repository root and must exit 0;
/// the committed completion scripts and man page name every subcommand; every subcommand's help shows an
/// example.
///
/// How a documented line is run:
/// - it is split into words as a POSIX shell would (quotes, backslashes, `#` comments);
/// - an output (`-o FILE`, `--output FILE`, `--output=FILE`, or a `> FILE` redirection) is rewritten into a
///   temporary folder of the document, and must exist after the run; later lines of the same document that
///   name that output (e.g. `liaison validate mynet` after `liaison generate -o mynet`) read the rewritten one,
///   so steps that build on earlier steps run in order;
/// - a pipe (`liaison … | head`) runs only the `liaison` part;
/// - when a ```text block follows a ```sh block with nothing but blank lines between, it shows their output: every
///   line of it without an ellipsis (…) must be a line of what the block's commands print (standard output and
///   error, outputs named as documented); `metrics`, `communities`, `crosspollination` and `roles` get
///   `--format table` when the line names no format and no output file, as on a terminal.
///
/// Skipped, with the reason, in ``skipped``: only commands too slow for a debug test run.
@Suite struct DocumentedCommandsTests {
    /// Documented commands not run, by prefix, with the reason.
    static let skipped: [(prefix: String, reason: String)] = [
        ("liaison generate --seed 1 --scale large --ties 1000000",
         "a benchmark network of a million ties: far beyond the time budget of a debug test run"),
    ]

    /// The Markdown files whose ```sh blocks are checked, relative to the repository root.
    static var documents: [String] {
        let root = BinaryRunner.repositoryRoot
        var found = ["README.md"]
        for folder in ["docs", "docs/guide"] {
            let names = (try? FileManager.default.contentsOfDirectory(
                atPath: root.appendingPathComponent(folder).path)) ?? []
            found += names.filter { $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
        }
        return found
    }

    @Test(arguments: documents) func everyDocumentedCommandSucceeds(_ document: String) throws {
        let text = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent(document), encoding: .utf8)
        let blocks = DocumentedCommand.fencedBlocks(inMarkdown: text)
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-docs-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var outputs = OutputRewriter(scratch: scratch, root: BinaryRunner.repositoryRoot)
        for (index, block) in blocks.enumerated() where block.isShell {
            var printed: [String] = []
            for line in DocumentedCommand.commandLines(in: block)
            where !Self.skipped.contains(where: { line.hasPrefix($0.prefix) }) {
                let command = try outputs.rewrite(try DocumentedCommand.words(of: line))
                let outcome = try InProcessRunner.run(command.arguments)
                #expect(
                    outcome.status == 0 && !outcome.crashed,
                    "\(document): `\(line)` exited \(outcome.status): \(outcome.standardError.prefix(600))")
                if let redirect = command.standardOutputFile {
                    try Data(outcome.standardOutput.utf8).write(to: redirect)
                }
                for written in command.outputFiles {
                    #expect(
                        FileManager.default.fileExists(atPath: written.path),
                        "\(document): `\(line)` did not write \(written.lastPathComponent)")
                }
                printed += outputs.restoringNames(in: outcome.standardError + "\n" + outcome.standardOutput)
                    .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            guard index + 1 < blocks.count, blocks[index + 1].language == "text", blocks[index + 1].directlyAfterPrevious,
                !printed.isEmpty
            else { continue }
            let shown = Set(printed)
            for line in blocks[index + 1].lines {
                let expected = line.trimmingCharacters(in: .whitespaces)
                guard !expected.isEmpty, !expected.contains("…") else { continue }
                let printedByTheCommands = shown.contains(expected)
                #expect(printedByTheCommands, "\(document): the output shown has a line the commands do not print: \(expected)")
            }
        }
    }

    /// The README and every guide page show commands to run (so the test above checks something).
    @Test func readmeAndGuidesShowCommands() throws {
        let pages = Self.documents.filter { $0 == "README.md" || ($0.hasPrefix("docs/guide/") && $0 != "docs/guide/README.md") }
        #expect(pages.count >= 10, "\(pages)")
        for page in pages {
            let text = try String(contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent(page), encoding: .utf8)
            #expect(!DocumentedCommand.commandLines(inMarkdown: text).isEmpty, "\(page) shows no liaison command")
        }
    }

    /// The names of the subcommands `liaison --help` lists.
    static var subcommandNames: [String] {
        LiaisonCommand.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
    }

    @Test func guideHasAPageForEveryCommand() throws {
        let index = try String(
            contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("docs/guide/README.md"), encoding: .utf8)
        for name in Self.subcommandNames {
            let page = BinaryRunner.repositoryRoot.appendingPathComponent("docs/guide/\(name).md")
            #expect(FileManager.default.fileExists(atPath: page.path), "docs/guide/\(name).md is missing")
            #expect(index.contains("(\(name).md)"), "docs/guide/README.md does not link \(name).md")
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"]) func completionScriptNamesEverySubcommand(_ shell: String) throws {
        let script = try String(
            contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("completions/liaison.\(shell)"),
            encoding: .utf8)
        for name in Self.subcommandNames {
            #expect(script.contains(name), "completions/liaison.\(shell) lacks \(name): run scripts/docs/generate.sh")
        }
        // An option added recently to every analysis command: a stale script would lack it.
        #expect(script.contains("group"), "completions/liaison.\(shell) is stale: run scripts/docs/generate.sh")
    }

    @Test func manPageNamesEverySubcommand() throws {
        let page = try String(
            contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent("docs/man/liaison.1"), encoding: .utf8)
        for name in Self.subcommandNames {
            #expect(page.contains(".It Em \(name)"), "docs/man/liaison.1 lacks \(name): run scripts/docs/generate.sh")
        }
    }

    @Test func everySubcommandHelpShowsAnExample() {
        for command in LiaisonCommand.configuration.subcommands where command.configuration.shouldDisplay {
            let name = command._commandName
            #expect(
                command.configuration.discussion.contains("liaison \(name) "),
                "liaison \(name) --help shows no example")
        }
    }

    @Test func rootHelpStatesTheExitCodes() throws {
        let help = try InProcessRunner.run(["--help"])
        #expect(help.status == 0)
        for code in ["0 success", "64", "65", "69", "70", "73"] {
            #expect(help.standardOutput.contains(code), "liaison --help does not mention exit code \(code)")
        }
        let version = try InProcessRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == LiaisonVersion.current)
    }

    @Test func shellWordsAreSplitAsAShellWould() throws {
        #expect(
            try DocumentedCommand.words(of: #"liaison map data -o "my map.svg" --title 'A "b"' # comment"#)
                == ["liaison", "map", "data", "-o", "my map.svg", "--title", #"A "b""#])
        #expect(try DocumentedCommand.words(of: #"liaison a\ b "c\"d" | head"#) == ["liaison", "a b", #"c"d"#, "|", "head"])
        #expect(throws: (any Error).self) { try DocumentedCommand.words(of: #"liaison "open"#) }
        let markdown = "text\n```sh\nliaison inspect x   # note\nls\n  liaison a \\\n    b\n```\n```text\nliaison no\n```\n"
        #expect(DocumentedCommand.commandLines(inMarkdown: markdown) == ["liaison inspect x   # note", "liaison a b"])
        let blocks = DocumentedCommand.fencedBlocks(inMarkdown: markdown)
        #expect(blocks.map(\.language) == ["sh", "text"])
        #expect(blocks.map(\.directlyAfterPrevious) == [false, true])
        let separated = DocumentedCommand.fencedBlocks(inMarkdown: "```sh\nx\n```\nprose\n\n```text\ny\n```\n")
        #expect(separated.map(\.directlyAfterPrevious) == [false, false])
    }
}

/// Finding and splitting the command lines of Markdown.
enum DocumentedCommand {
    struct UnclosedQuote: Error, CustomStringConvertible {
        let line: String
        var description: String { "unclosed quote in `\(line)`" }
    }

    /// A fenced block of Markdown.
    struct FencedBlock {
        /// The word after the opening fence (`sh`, `text`, …), or empty.
        var language: String
        var lines: [String]
        /// Whether only blank lines separate it from the previous fenced block.
        var directlyAfterPrevious: Bool

        var isShell: Bool { ["sh", "shell", "bash"].contains(language) }
    }

    static func fencedBlocks(inMarkdown text: String) -> [FencedBlock] {
        var blocks: [FencedBlock] = []
        var open: FencedBlock?
        var proseSinceLastBlock = true
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("```") {
                if let block = open {
                    blocks.append(block)
                    open = nil
                    proseSinceLastBlock = false
                } else {
                    let language = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                    open = FencedBlock(language: language, lines: [], directlyAfterPrevious: !proseSinceLastBlock)
                }
            } else if open != nil {
                open?.lines.append(String(raw))
            } else if !line.isEmpty {
                proseSinceLastBlock = true
            }
        }
        return blocks
    }

    /// The lines of a shell block that start with `liaison ` (continuation lines joined).
    static func commandLines(in block: FencedBlock) -> [String] {
        var result: [String] = []
        var pending = ""
        for raw in block.lines {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let joined = pending.isEmpty ? line : pending + " " + line
            if joined.hasSuffix("\\") {
                pending = String(joined.dropLast()).trimmingCharacters(in: .whitespaces)
                continue
            }
            pending = ""
            if joined.hasPrefix("liaison ") { result.append(joined) }
        }
        return result
    }

    /// Every command line of every shell block.
    static func commandLines(inMarkdown text: String) -> [String] {
        fencedBlocks(inMarkdown: text).filter(\.isShell).flatMap { commandLines(in: $0) }
    }

    /// The words of a shell line: single and double quotes, backslash escapes, `#` comments; the operators
    /// `|` and `>` come out as words of their own.
    static func words(of line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var characters = Array(line)[...]
        while let c = characters.popFirst() {
            switch c {
            case " ", "\t":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            case "#" where !inWord:
                return words
            case "|", ">":
                if inWord { words.append(current) }
                words.append(String(c))
                current = ""
                inWord = false
            case "'":
                inWord = true
                guard let end = characters.firstIndex(of: "'") else { throw UnclosedQuote(line: line) }
                current += String(characters[..<end])
                characters = characters[(end + 1)...]
            case "\"":
                inWord = true
                var closed = false
                while let d = characters.popFirst() {
                    if d == "\"" {
                        closed = true
                        break
                    }
                    if d == "\\", let next = characters.first, "\"\\$`".contains(next) {
                        current.append(next)
                        characters = characters.dropFirst()
                    } else {
                        current.append(d)
                    }
                }
                if !closed { throw UnclosedQuote(line: line) }
            case "\\":
                inWord = true
                if let next = characters.popFirst() { current.append(next) }
            default:
                inWord = true
                current.append(c)
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

/// Points the outputs of documented commands into a scratch folder, and later reads of them there.
struct OutputRewriter {
    struct Command {
        /// The arguments after `liaison`.
        var arguments: [String]
        /// The files and folders the command is expected to write.
        var outputFiles: [URL]
        /// Where standard output goes (`> FILE`), if anywhere.
        var standardOutputFile: URL?
    }

    let scratch: URL
    let root: URL
    /// Documented output path → its place in the scratch folder.
    private var written: [String: URL] = [:]

    init(scratch: URL, root: URL) {
        self.scratch = scratch
        self.root = root
    }

    private mutating func place(_ path: String) throws -> URL {
        let relative = path.split(separator: "/").filter { $0 != ".." && $0 != "." }.joined(separator: "/")
        let url = scratch.appendingPathComponent(relative.isEmpty ? "output" : relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        written[path] = url
        return url
    }

    /// An argument naming an earlier output (or a file inside it) that does not exist in the repository.
    private func reading(_ argument: String) -> String {
        guard !FileManager.default.fileExists(atPath: root.appendingPathComponent(argument).path) else { return argument }
        if let url = written[argument] { return url.path }
        for (path, url) in written where argument.hasPrefix(path + "/") {
            return url.path + argument.dropFirst(path.count)
        }
        return argument
    }

    mutating func rewrite(_ words: [String]) throws -> Command {
        var words = words.dropFirst()  // "liaison"
        if let pipe = words.firstIndex(of: "|") { words = words[..<pipe] }
        var command = Command(arguments: [], outputFiles: [], standardOutputFile: nil)
        let subcommand = words.first
        let namesFormat = words.contains { $0 == "--format" || $0.hasPrefix("--format=") }
        let namesOutput = words.contains { $0 == "-o" || $0 == "--output" || $0.hasPrefix("--output=") || $0 == ">" }
        var iterator = Array(words).makeIterator()
        while let word = iterator.next() {
            switch word {
            case "-o", "--output":
                guard let path = iterator.next() else {
                    command.arguments.append(word)
                    continue
                }
                let url = try place(path)
                command.arguments += [word, url.path]
                command.outputFiles.append(url)
            case _ where word.hasPrefix("--output="):
                let url = try place(String(word.dropFirst("--output=".count)))
                command.arguments.append("--output=" + url.path)
                command.outputFiles.append(url)
            case ">":
                if let path = iterator.next() { command.standardOutputFile = try place(path) }
            default:
                command.arguments.append(reading(word))
            }
        }
        if let subcommand, Self.tabular.contains(subcommand), !namesFormat, !namesOutput {
            command.arguments += ["--format", "table"]
        }
        return command
    }

    /// The commands that print a table on a terminal and CSV otherwise.
    static let tabular: Set<String> = ["metrics", "communities", "crosspollination", "roles"]

    /// `text` with the scratch paths of outputs written back to the names the documentation uses.
    func restoringNames(in text: String) -> String {
        var result = text
        for (path, url) in written.sorted(by: { $0.value.path.count > $1.value.path.count }) {
            result = result.replacingOccurrences(of: url.path, with: path)
        }
        return result
    }
}
