import Foundation

/// Runs `body` with the process's stderr (fd 2) sent to a temporary file and returns what was written.
func capturingStandardError<T>(_ body: () throws -> T) throws -> (result: T, written: String) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try FileHandle(forWritingTo: url)
    fflush(nil)
    let saved = dup(2)
    dup2(file.fileDescriptor, 2)
    let result: T
    do {
        result = try body()
    } catch {
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        throw error
    }
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    try file.close()
    let written = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    return (result, written)
}

extension String {
    /// Whether the text holds a line Graphviz prints by default (`Error: …`, `Warning: …`).
    ///
    /// The captured stream can also hold the test runner's own progress lines (Swift Testing
    /// reports on stderr while other suites run in parallel), so the check looks for
    /// Graphviz's shape of message rather than for an empty stream.
    var containsGraphvizMessage: Bool {
        split(whereSeparator: \.isNewline).contains { line in
            line.hasPrefix("Error:") || line.hasPrefix("Warning:") || line.contains("syntax error")
        }
    }
}
