import Foundation
import LiaisonCommands
import Synchronization

/// Runs `liaison` commands in this process, through ``LiaisonCommand/run(arguments:output:)``: the same
/// parsing, commands and exit statuses as the binary, without starting a process per case. Paths are
/// relative to the repository root, as for ``BinaryRunner``.
///
/// What only a process can show (signals, pipes, FIFOs, standard input, a killed run, the Graphviz worker)
/// stays on ``BinaryRunner``, which also keeps one smoke test per command (`BinarySmokeTests`).
enum InProcessRunner {
    /// Makes the repository root the current directory, once (`swift test` starts there already).
    private static let atRepositoryRoot: Bool = {
        let root = BinaryRunner.repositoryRoot.standardizedFileURL.path
        if FileManager.default.currentDirectoryPath != root {
            return FileManager.default.changeCurrentDirectoryPath(root)
        }
        return true
    }()

    /// Runs `liaison arguments` and returns its exit status and what it printed. `crashed` is always false:
    /// a trap in process ends the whole test run, which fails it as loudly.
    static func run(_ arguments: [String]) throws -> BinaryRunner.Outcome {
        struct NotAtRoot: Error, CustomStringConvertible {
            let description = "cannot make the repository root the current directory"
        }
        guard atRepositoryRoot else { throw NotAtRoot() }
        let output = CommandOutput(capturing: true)
        let status = LiaisonCommand.run(arguments: arguments, output: output)
        return BinaryRunner.Outcome(
            status: status, standardOutput: output.standardOutput, standardError: output.standardError, crashed: false)
    }

    /// Runs `liaison arguments` on a thread of its own and waits at most `deadline`: the outcome, or nil
    /// when the run has not ended by then (the run is left to finish in the background).
    static func run(_ arguments: [String], deadline: Duration) throws -> BinaryRunner.Outcome? {
        let result = Slot()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            let outcome = Result { try run(arguments) }
            result.value.withLock { $0 = outcome }
            finished.signal()
        }
        thread.stackSize = 8 << 20
        thread.start()
        let seconds = Double(deadline.components.seconds) + Double(deadline.components.attoseconds) * 1e-18
        guard finished.wait(timeout: .now() + seconds) == .success else { return nil }
        return try result.value.withLock { $0 }?.get()
    }

    /// The outcome of a run on another thread, once it has one.
    private final class Slot: Sendable {
        let value = Mutex<Result<BinaryRunner.Outcome, any Error>?>(nil)
    }
}
