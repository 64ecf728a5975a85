/// An output format of a rendering, as Graphviz names it (`-T` on the command line).
///
/// Only formats whose plugins Debian's Graphviz ships and Liaison tests are listed:
/// `svg` (core plugin), `png` and `pdf` (cairo plugin), and `dot`, the input
/// graph written back with the layout's positions (`pos`, `bb`, `width`, `height`).
public enum RenderFormat: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case svg
    case png
    case pdf
    /// Laid-out DOT: the graph with positions, for tools that draw it themselves.
    case dot

    public var description: String { rawValue }

    /// The usual file extension for this format.
    public var fileExtension: String { rawValue }

    /// Whether the output is text (UTF-8) rather than binary.
    public var isText: Bool {
        switch self {
        case .svg, .dot: return true
        case .png, .pdf: return false
        }
    }
}
