import Synchronization

/// Renders DOT text with the Graphviz libraries linked into the process (no `dot` subprocess).
///
/// Graphviz is not thread-safe: it keeps global state (the error handler, the
/// parser, plugin tables). Every call into it therefore runs under one
/// process-wide lock, so these functions are safe to call from any thread; calls
/// from several threads run one after another.
public enum Graphviz {
    /// Serialises every C call into Graphviz in this process.
    private static let lock = Mutex<Void>(())

    /// What a rendering produced: the bytes, and any warnings Graphviz reported.
    public struct Rendering: Sendable, Equatable {
        public var bytes: [UInt8]
        /// Graphviz's warnings and recovered errors (for example a malformed HTML-like label), one per line; never printed.
        public var warnings: [String]
    }

    /// Parses `dot`, lays it out with `engine` and renders it as `format`.
    ///
    /// Nothing is written to stdout or stderr: Graphviz's messages become the
    /// thrown error's text (or ``Rendering/warnings``).
    ///
    /// - Complexity: that of the layout program; `dot` and `neato` are superlinear, `sfdp` is about O(*n* log *n*).
    /// - Throws: ``GraphvizError`` for a syntax error, a failed layout or a failed rendering.
    public static func renderWithWarnings(
        dot: String, engine: LayoutEngine, format: RenderFormat
    ) throws(GraphvizError) -> Rendering {
        try lock.withLock { _ throws(GraphvizError) -> Rendering in
            DiagnosticCapture.begin()
            let context = try GraphvizContext()
            let contextMessages = DiagnosticCapture.take()
            let graph = try ParsedGraph(dot: dot, context: context)
            try graph.layout(with: engine)
            let buffer = try graph.render(as: format)
            return Rendering(bytes: buffer.bytes, warnings: contextMessages + graph.warnings)
        }
    }

    /// Parses `dot`, lays it out with `engine` and renders it as `format`; warnings are dropped.
    ///
    /// - Complexity: that of the layout program.
    /// - Throws: ``GraphvizError`` for a syntax error, a failed layout or a failed rendering.
    public static func render(dot: String, engine: LayoutEngine, format: RenderFormat) throws(GraphvizError) -> [UInt8] {
        try renderWithWarnings(dot: dot, engine: engine, format: format).bytes
    }
}
