import Foundation
import GraphvizRendering
import Synchronization

/// Graphviz run in a child process: the `liaison` binary itself, started again as the hidden
/// `render-worker` subcommand, DOT on its standard input and the rendering on its standard output.
///
/// Graphviz 2.42 aborts or segfaults on some inputs (a huge node size, `neato` with `splines=true`),
/// and a fault in a C library cannot be caught in process. In a child, such a crash becomes a
/// ``Failure/crashed(signal:engine:)`` that the command reports with exit status 70, leaving its
/// output path untouched. The cost is one process start and a copy of the DOT and the rendering
/// through pipes (docs/PERFORMANCE.md, "Rendering in a child process").
///
/// When the running program is not `liaison` (the test runner calling commands in process), or when
/// `LIAISON_RENDER_IN_PROCESS=1`, rendering happens in process as before.
enum IsolatedRendering {
    /// Why a rendering failed.
    enum Failure: Error, CustomStringConvertible {
        /// Graphviz reported an error (parse, layout or render).
        case graphviz(GraphvizError)
        /// Graphviz reported an error in the child; its text.
        case reported(String)
        /// The child ended by a signal or an unexpected status.
        case crashed(signal: Int32?, status: Int32, engine: LayoutEngine)
        /// The child could not be started.
        case unavailable(String)

        var description: String {
            switch self {
            case .graphviz(let error): return error.description
            case .reported(let text): return text
            case .crashed(let signal?, _, let engine):
                return "Graphviz crashed (signal \(signal)\(Self.signalName(signal))) while laying out the map with \(engine)"
            case .crashed(nil, let status, let engine):
                return "the Graphviz worker ended with status \(status) while laying out the map with \(engine)"
            case .unavailable(let reason): return "cannot start the Graphviz worker: \(reason)"
            }
        }

        private static func signalName(_ signal: Int32) -> String {
            switch signal {
            case SIGSEGV: return ", SIGSEGV"
            case SIGABRT: return ", SIGABRT"
            case SIGBUS: return ", SIGBUS"
            case SIGFPE: return ", SIGFPE"
            case SIGILL: return ", SIGILL"
            case SIGTRAP: return ", SIGTRAP"
            case SIGKILL: return ", SIGKILL"
            default: return ""
            }
        }
    }

    /// The `liaison` executable to start as the worker, or nil to render in process.
    static var workerExecutable: String? {
        if ProcessInfo.processInfo.environment["LIAISON_RENDER_IN_PROCESS"] == "1" { return nil }
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
            URL(fileURLWithPath: path).lastPathComponent == "liaison"
        else { return nil }
        return path
    }

    /// Lays out `dot` with `engine` and renders it as `format`, in a child process running `worker`
    /// (by default this `liaison` binary), or in process when `worker` is nil.
    static func render(
        dot: String, engine: LayoutEngine, format: RenderFormat, worker: String? = workerExecutable
    ) throws(Failure) -> [UInt8] {
        guard let executable = worker else {
            do { return try Graphviz.render(dot: dot, engine: engine, format: format) } catch { throw .graphviz(error) }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "render-worker", "--engine", engine.rawValue, "--format", format.rawValue, "--parent", String(getpid()),
        ]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        signal(SIGPIPE, SIG_IGN)
        do { try process.run() } catch { throw .unavailable(error.localizedDescription) }
        let group = DispatchGroup()
        let dotData = Data(dot.utf8)
        let writer = input.fileHandleForWriting
        DispatchQueue.global().async(group: group) {
            // A worker that dies early closes the pipe; the write then fails and is ignored (SIGPIPE is
            // ignored above), the crash being reported from the exit status.
            try? writer.write(contentsOf: dotData)
            try? writer.close()
        }
        let errorReader = errors.fileHandleForReading
        let collected = ErrorText()
        DispatchQueue.global().async(group: group) {
            collected.set(errorReader.readDataToEndOfFile())
        }
        let rendered = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            throw .crashed(signal: process.terminationStatus, status: process.terminationStatus, engine: engine)
        }
        switch process.terminationStatus {
        case 0: return [UInt8](rendered)
        case 69: throw .reported(String(decoding: collected.get(), as: UTF8.self))
        default: throw .crashed(signal: nil, status: process.terminationStatus, engine: engine)
        }
    }
}

/// The worker's standard error, filled by a background reader.
private final class ErrorText: Sendable {
    private let data = Mutex(Data())

    func set(_ value: Data) { data.withLock { $0 = value } }
    func get() -> Data { data.withLock { $0 } }
}
