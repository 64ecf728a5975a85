import Synchronization

/// Renders DOT text with the Graphviz libraries linked into the process (no `dot` subprocess).
///
/// Graphviz is not thread-safe: it keeps global state (the error handler, the
/// parser, plugin tables). Every call into it therefore runs under one
/// process-wide lock, so these functions are safe to call from any thread; calls
/// from several threads run one after another.
///
/// Every layout starts from the random state of a new process (``LayoutRandomness``), so the same text
/// gives the same bytes however many layouts the process has run before.
///
/// One context serves the whole process, as in the `dot` program. Freeing a context
/// and making another is unsafe in Graphviz 2.42/2.43: the pango plugin caches a
/// pointer to the last font name, which lives in the context's font dictionary, so
/// the next context's first text measurement reads freed memory (AddressSanitizer
/// reports a heap-use-after-free in `textspan_size`). Graphs, layouts and render
/// buffers are still released after every call.
///
/// Limits: only the first graph of the text is read (as `agmemread` does). A fault
/// inside a layout program cannot be caught in process; Graphviz 2.42/2.43 `neato`
/// with `splines=true` is known to crash on ordinary graphs of about a hundred nodes,
/// so NetworkMaps never asks for it.
public enum Graphviz {
    /// The process's Graphviz context, created on first use; the lock serialises every C call.
    private static let context = Mutex<GraphvizContext?>(nil)

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
        try Self.context.withLock { shared throws(GraphvizError) -> Rendering in
            DiagnosticCapture.begin()
            let context: GraphvizContext
            if let existing = shared {
                context = existing
            } else {
                context = try GraphvizContext()
                shared = context
            }
            let contextMessages = DiagnosticCapture.take()
            let graph = try ParsedGraph(dot: dot, context: context)
            LayoutRandomness.reset()
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
