/// Whether a tie points from its source to its target.
public enum TieDirection: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// Source → target.
    case directed
    /// No direction.
    case undirected
    /// Both ways, as Kumu's `mutual`: in a directed analysis it stands for two arcs.
    case mutual

    public var description: String { rawValue }

    /// Reads the words spreadsheets use for a direction (case-insensitive):
    /// `directed`, `undirected`, `mutual`, and the synonyms `yes`/`no`,
    /// `true`/`false`, `1`/`0`, `->`, `--`, `<->`, `one-way`, `two-way`,
    /// `bidirectional`, `reciprocal`. Returns nil for anything else.
    public init?(word: String) {
        switch word.trimmingWhitespace().lowercased() {
        case "directed", "direct", "yes", "true", "1", "->", "one-way", "oneway", "arc": self = .directed
        case "undirected", "no", "false", "0", "--", "none", "edge": self = .undirected
        case "mutual", "<->", "two-way", "twoway", "bidirectional", "reciprocal", "both": self = .mutual
        default: return nil
        }
    }
}
