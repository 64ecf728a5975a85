internal import CGraphviz
import Synchronization

/// Collects what Graphviz reports through `agerr` instead of letting it print to stderr.
///
/// cgraph keeps one process-wide error function (`agseterrf`). Graphviz calls it in
/// fragments (`"Error"`, `": "`, then the formatted message), so the fragments are
/// appended to one buffer and split into lines when read. Only used while the
/// process-wide Graphviz lock is held (see ``Graphviz``); the buffer has its own
/// small lock so the C callback is data-race free in Swift's terms.
enum DiagnosticCapture {
    private static let buffer = Mutex<String>("")

    /// The C callback: appends a fragment, returns 0 as `agusererrf` expects.
    private static let handler: agusererrf = { fragment in
        guard let fragment else { return 0 }
        let text = String(cString: fragment)
        DiagnosticCapture.buffer.withLock { $0 += text }
        return 0
    }

    /// Installs the handler, reports warnings and errors to it, and clears earlier messages.
    static func begin() {
        _ = agseterrf(handler)
        _ = agseterr(AGWARN)
        _ = agreseterrors()
        buffer.withLock { $0 = "" }
    }

    /// The messages captured since ``begin()`` or the last `take()`, one per line, and clears them.
    static func take() -> [String] {
        let text = buffer.withLock { text in
            defer { text = "" }
            return text
        }
        return text.split(whereSeparator: \.isNewline)
            .map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
