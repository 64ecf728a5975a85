import ArgumentParser
import Foundation
import GraphvizRendering

extension LiaisonCommand {
    /// `liaison render-worker --engine E --format F`: hidden. Reads DOT on standard input, lays it out
    /// and renders it with the Graphviz libraries, and writes the bytes to standard output; Graphviz's
    /// error goes to standard error with exit status 69. The commands that draw maps run it as a child
    /// process (``IsolatedRendering``) so that a crash inside Graphviz cannot take them down.
    public struct RenderWorker: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "render-worker",
            abstract: "Render DOT from standard input with Graphviz (used by map, map-waves and report).",
            shouldDisplay: false)

        @Option(help: "Layout engine.")
        public var engine: LayoutEngine = .sfdp

        @Option(help: "Output format.")
        public var format: RenderFormat = .svg

        @Option(help: "The process id of the command that started the worker; the worker ends when it is gone.")
        public var parent: Int32?

        public init() {}

        public func run() throws {
            Self.exitWhenOrphaned(parent: parent ?? getppid())
            let input = FileHandle.standardInput.readDataToEndOfFile()
            let dot = String(decoding: input, as: UTF8.self)
            do {
                let bytes = try Graphviz.render(dot: dot, engine: engine, format: format)
                FileHandle.standardOutput.write(Data(bytes))
            } catch {
                FileHandle.standardError.write(Data(error.description.utf8))
                throw LiaisonExitCode.renderingError
            }
        }

        /// Ends the worker when the command that started it has gone (killed, or stopped by a timeout):
        /// a layout can run for minutes and must not outlive its command. A background thread checks
        /// once a second whether the process was handed to another parent.
        static func exitWhenOrphaned(parent: Int32) {
            if getppid() != parent { _exit(70) }
            let watcher = Thread {
                while true {
                    sleep(1)
                    if getppid() != parent { _exit(70) }
                }
            }
            watcher.start()
        }
    }
}
