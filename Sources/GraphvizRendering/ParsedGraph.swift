internal import CGraphviz

/// Owns one graph parsed from DOT text (`Agraph_t` from `agmemread`) and its layout.
///
/// `deinit` frees the layout (`gvFreeLayout`, harmless when none was made) and then
/// closes the graph (`agclose`), in that order. Keeps its context alive, since the
/// layout belongs to it. Not thread-safe; only used under ``Graphviz``'s lock.
final class ParsedGraph {
    let context: GraphvizContext
    let pointer: UnsafeMutablePointer<Agraph_t>
    /// Messages Graphviz reported during steps that succeeded (warnings, and errors it recovered from).
    private(set) var warnings: [String]
    private var hasLayout = false

    /// Parses `dot`.
    /// - Throws: ``GraphvizError/parse(message:)`` with Graphviz's messages.
    init(dot: String, context: GraphvizContext) throws(GraphvizError) {
        if dot.utf8.contains(0) {
            throw .parse(message: "the DOT text contains a NUL character")
        }
        // The lexer's line counter is global and survives a failed parse: start each text at line 1.
        // (Graphviz 2.42 can still be off by a line after some failed parses; see docs/RELIABILITY.md.)
        agreadline(1)
        let parsed: UnsafeMutablePointer<Agraph_t>? = dot.withCString { agmemread($0) }
        let messages = DiagnosticCapture.take()
        guard let parsed else {
            throw .parse(message: messages.isEmpty ? "the DOT text contains no graph" : messages.joined(separator: "\n"))
        }
        self.context = context
        self.pointer = parsed
        self.warnings = messages
    }

    /// Runs a layout program on the graph, replacing any earlier layout.
    ///
    /// Graphviz recovers from some errors (a malformed HTML-like label is drawn as
    /// plain text); those messages are kept in ``warnings`` and the layout succeeds.
    /// - Throws: ``GraphvizError/layout(engine:message:)`` with Graphviz's messages.
    func layout(with engine: LayoutEngine) throws(GraphvizError) {
        if hasLayout { _ = gvFreeLayout(context.pointer, pointer) }
        hasLayout = true
        let status = gvLayout(context.pointer, pointer, engine.rawValue)
        let messages = DiagnosticCapture.take()
        guard status == 0 else {
            throw .layout(engine: engine, message: messages.joined(separator: "\n"))
        }
        warnings += messages
    }

    /// Renders the laid-out graph.
    /// - Throws: ``GraphvizError/render(format:message:)`` with Graphviz's messages.
    func render(as format: RenderFormat) throws(GraphvizError) -> RenderBuffer {
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context.pointer, pointer, format.rawValue, &data, &length)
        let buffer = RenderBuffer(owning: data, length: Int(length))
        let messages = DiagnosticCapture.take()
        guard status == 0, let buffer else {
            throw .render(format: format, message: messages.joined(separator: "\n"))
        }
        warnings += messages
        return buffer
    }

    deinit {
        if hasLayout { _ = gvFreeLayout(context.pointer, pointer) }
        _ = agclose(pointer)
    }
}

@available(*, unavailable)
extension ParsedGraph: Sendable {}
