import ArgumentParser
import Foundation
import Synchronization

/// Where the commands write what they print: this process's standard output and standard error, or, for a
/// command run in process (the test suite, a program embedding Liaison), two buffers.
///
/// Every write of `LiaisonCommands` passes here: `CommandContext` (results and diagnostics), the progress
/// line, and `print`, which this module shadows below. The destination is bound for the duration of a run
/// with ``LiaisonCommand/run(arguments:output:)``; unbound, it is the process's streams, as for the
/// `liaison` binary.
public final class CommandOutput: Sendable {
    /// What was written, when capturing.
    private struct Captured {
        var output = Data()
        var error = Data()
    }

    /// Whether what is written is kept in memory rather than written to the process's streams.
    let isCapturing: Bool
    /// The buffers (left empty when not capturing).
    private let captured = Mutex(Captured())

    /// The process's own standard output and standard error.
    public static let standardStreams = CommandOutput(capturing: false)

    /// The destination of the run in progress (a task-local value, so runs in parallel tasks stay apart).
    @TaskLocal static var current: CommandOutput = .standardStreams

    /// Creates a destination that keeps what is written in memory (`capturing: true`), or one that
    /// writes to this process's standard output and standard error.
    public init(capturing: Bool = true) {
        isCapturing = capturing
    }

    /// What was written to standard output so far (empty when not capturing).
    public var standardOutput: String {
        String(decoding: captured.withLock { $0.output }, as: UTF8.self)
    }

    /// What was written to standard error so far (empty when not capturing).
    public var standardError: String {
        String(decoding: captured.withLock { $0.error }, as: UTF8.self)
    }

    /// Whether output goes to a terminal: never when capturing.
    var isTerminal: (output: Bool, error: Bool) {
        guard !isCapturing else { return (false, false) }
        return (isatty(STDOUT_FILENO) == 1, isatty(STDERR_FILENO) == 1)
    }

    /// Writes `data` to standard output.
    func writeOutput(_ data: Data) {
        guard isCapturing else { return FileHandle.standardOutput.write(data) }
        captured.withLock { $0.output.append(data) }
    }

    /// Writes `data` to standard error.
    func writeError(_ data: Data) {
        guard isCapturing else { return FileHandle.standardError.write(data) }
        captured.withLock { $0.error.append(data) }
    }
}

extension LiaisonCommand {
    /// Runs `liaison` with `arguments` (without the program name) in this process, exactly as the binary's
    /// `main()` does, but writing through `output` and returning the exit status instead of exiting: 0, or
    /// one of ``LiaisonExitCode``. Help and `--version` go to standard output, usage errors to standard
    /// error, as swift-argument-parser prints them.
    ///
    /// Graphviz then renders in this process (``IsolatedRendering`` starts a worker only from the
    /// `liaison` binary). The current directory and the environment are the process's own.
    public static func run(arguments: [String], output: CommandOutput) -> Int32 {
        CommandOutput.$current.withValue(output) {
            do {
                var command = try parseAsRoot(arguments)
                try command.run()
                return ExitCode.success.rawValue
            } catch {
                // Captured help is as wide as the binary's into a pipe: COLUMNS, or swift-argument-parser's 80.
                let columns = !output.isCapturing
                    ? nil : ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) } ?? 80
                let message = fullMessage(for: error, columns: columns)
                let status = exitCode(for: error)
                if !message.isEmpty {
                    let data = Data((message + "\n").utf8)
                    if status == .success { output.writeOutput(data) } else { output.writeError(data) }
                }
                return status.rawValue
            }
        }
    }
}

/// `print` for this module: writes to ``CommandOutput/current`` rather than straight to the process's
/// standard output, so every command's `print` is captured when run in process. Same signature and
/// behaviour as the standard library's, which it shadows inside `LiaisonCommands` only.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { String(describing: $0) }.joined(separator: separator) + terminator
    CommandOutput.current.writeOutput(Data(text.utf8))
}
