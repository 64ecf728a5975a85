import Foundation
import Synchronization

/// Shows the progress of long work on standard error, only when standard error
/// is a terminal and only once the work has run for about two seconds; silent otherwise.
final class ProgressReporter: Sendable {
    private struct State {
        var lastPrinted: ContinuousClock.Instant?
        var printedAnything = false
    }

    private let start = ContinuousClock.now
    private let enabled: Bool
    private let state = Mutex(State())
    /// Where the progress line goes (bound when the reporter is made, as reports come from any thread).
    private let output = CommandOutput.current

    init(enabled: Bool = CommandContext.standardErrorIsTerminal) {
        self.enabled = enabled
    }

    /// Reports that `task` is `fraction` (0…1) done; safe from any thread.
    func report(_ task: String, _ fraction: Double) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - start > .seconds(2) else { return }
        let line: String? = state.withLock { state in
            if let last = state.lastPrinted, now - last < .milliseconds(200), fraction < 1 { return nil }
            state.lastPrinted = now
            state.printedAnything = true
            return "\r\(task): \(Int((fraction * 100).rounded(.down)))%   "
        }
        if let line { output.writeError(Data(line.utf8)) }
    }

    /// Ends the progress line, if one was shown.
    func finish() {
        let printed = state.withLock { $0.printedAnything }
        if printed { output.writeError(Data("\r\u{1B}[K".utf8)) }
    }
}
