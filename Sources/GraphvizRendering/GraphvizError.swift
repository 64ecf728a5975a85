/// Why Graphviz could not turn DOT text into an image.
///
/// Every case carries the messages Graphviz reported while doing the failing step
/// (captured through `agseterrf`, never printed), for example
/// `Error: syntax error in line 1 near '}'`.
public enum GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The DOT text could not be parsed.
    case parse(message: String)
    /// The layout program failed on the parsed graph.
    case layout(engine: LayoutEngine, message: String)
    /// The laid-out graph could not be written in the requested format.
    case render(format: RenderFormat, message: String)
    /// Graphviz could not create its context (plugins missing or out of memory).
    case contextUnavailable

    /// The captured Graphviz messages (empty for ``contextUnavailable``).
    public var message: String {
        switch self {
        case .parse(let message), .layout(_, let message), .render(_, let message): return message
        case .contextUnavailable: return ""
        }
    }

    public var description: String {
        switch self {
        case .parse(let message): return "cannot parse the DOT text: \(message)"
        case .layout(let engine, let message): return "the \(engine) layout failed: \(message)"
        case .render(let format, let message): return "cannot render \(format): \(message)"
        case .contextUnavailable: return "cannot start Graphviz (no context; are its plugins installed?)"
        }
    }
}
