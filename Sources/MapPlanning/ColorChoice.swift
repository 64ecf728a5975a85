import LearningCommunity

/// What a map's colours show (`liaison map --color-by`).
public enum ColorChoice: Hashable, Sendable {
    /// The node kind (person, organization, …).
    case kind
    /// Leiden communities of the analysed graph.
    case community
    /// The initiative grouping (``NodeGrouping/initiatives(in:)``).
    case initiative
    /// A node attribute, found ignoring case.
    case attribute(String)

    /// Reads a `--color-by` word: `kind`, `community`, `initiative` (ignoring case), otherwise an attribute
    /// name kept as written; nil for the empty word.
    public init?(parsing word: String) {
        switch word.lowercased() {
        case "": return nil
        case "kind": self = .kind
        case GroupingSpec.communityWord: self = .community
        case GroupingSpec.initiativeWord: self = .initiative
        default: self = .attribute(word)
        }
    }
}
