/// The words practitioners use for kinds of node and tie, and the kinds Liaison reads them as.
///
/// Kumu maps, survey exports and hand-made sheets name things in their own words: `Individual`,
/// `Foundation`, `Program`, `Convening`; `Grant`, `Works at`, `Hosted`. A vocabulary maps each
/// such word to one of Liaison's kinds, so that every analysis that needs, say, `funds` ties finds
/// them whatever the data called them. Words are matched after ``normalize(_:)``: case, spaces,
/// hyphens, underscores and full stops are ignored, and a plural (`Grants`, `Strategies`) is read as
/// its singular. A word the vocabulary does not know is kept as its own kind, as before.
///
/// The built-in words are listed in docs/DATA.md; a vocabulary file adds words or overrides them
/// (`define(_:as:)`, for node and for tie words).
public struct Vocabulary: Sendable, Equatable {
    /// What a word in a nodes table's kind column means.
    public struct NodeMeaning: Sendable, Hashable {
        public var kind: NodeKind
        /// The word names a funder (`Foundation`, `Grantmaker`): the node is marked as one
        /// (attribute ``Vocabulary/funderAttribute``), which the grantmaker roles read.
        public var funder: Bool

        public init(kind: NodeKind, funder: Bool = false) {
            self.kind = kind
            self.funder = funder
        }
    }

    /// What a word in a ties table's kind column means.
    public struct TieMeaning: Sendable, Hashable {
        public var kind: TieKind
        /// The word names the tie from its object's side (`Funded by`, `Employed by` is not one):
        /// source and target swap so that the tie points as the kind does.
        public var reversed: Bool

        public init(kind: TieKind, reversed: Bool = false) {
            self.kind = kind
            self.reversed = reversed
        }
    }

    /// The node attribute set to ``funderValue`` on nodes whose kind word names a funder.
    public static let funderAttribute = "funder"
    /// The value of ``funderAttribute`` on a funder.
    public static let funderValue = "yes"

    private var nodeWords: [String: NodeMeaning] = [:]
    private var tieWords: [String: TieMeaning] = [:]

    /// A vocabulary that knows only Liaison's own kind names.
    public static let liaisonWordsOnly: Vocabulary = {
        var vocabulary = Vocabulary()
        for kind in NodeKind.wellKnown { vocabulary.define(kind.rawValue, as: NodeMeaning(kind: kind)) }
        for kind in TieKind.wellKnown { vocabulary.define(kind.rawValue, as: TieMeaning(kind: kind)) }
        return vocabulary
    }()

    /// Liaison's kind names and the practitioners' words for them (docs/DATA.md lists every word).
    public static let builtIn: Vocabulary = {
        var vocabulary = liaisonWordsOnly
        for (words, meaning) in builtInNodeWords {
            for word in words { vocabulary.define(word, as: meaning) }
        }
        for (words, meaning) in builtInTieWords {
            for word in words { vocabulary.define(word, as: meaning) }
        }
        return vocabulary
    }()

    private init() {}

    /// Adds or replaces the meaning of a node-kind word.
    public mutating func define(_ word: String, as meaning: NodeMeaning) {
        nodeWords[Self.normalize(word)] = meaning
    }

    /// Adds or replaces the meaning of a tie-kind word.
    public mutating func define(_ word: String, as meaning: TieMeaning) {
        tieWords[Self.normalize(word)] = meaning
    }

    /// The meaning of a node-kind word, or nil when the vocabulary does not know it.
    public func nodeMeaning(of word: String) -> NodeMeaning? {
        Self.lookUp(word, in: nodeWords)
    }

    /// The meaning of a tie-kind word, or nil when the vocabulary does not know it.
    public func tieMeaning(of word: String) -> TieMeaning? {
        Self.lookUp(word, in: tieWords)
    }

    /// The word as it is matched: lower-cased, without spaces, hyphens, underscores, full stops and apostrophes.
    public static func normalize(_ word: String) -> String {
        String(
            word.lowercased().unicodeScalars.filter {
                !$0.properties.isWhitespace && $0 != "-" && $0 != "_" && $0 != "." && $0 != "'" && $0 != "’"
            }.map(Character.init))
    }

    /// Exact match first, then the word read as a plural (`-ies` → `-y`, `-es`, `-s`).
    private static func lookUp<Meaning>(_ word: String, in words: [String: Meaning]) -> Meaning? {
        let key = normalize(word)
        if let meaning = words[key] { return meaning }
        if key.hasSuffix("ies"), let meaning = words[String(key.dropLast(3)) + "y"] { return meaning }
        if key.hasSuffix("es"), let meaning = words[String(key.dropLast(2))] { return meaning }
        if key.hasSuffix("s"), let meaning = words[String(key.dropLast())] { return meaning }
        return nil
    }

    private static let builtInNodeWords: [([String], NodeMeaning)] = [
        (["person", "people", "individual", "staff", "staff member", "member", "participant", "contact"],
         NodeMeaning(kind: .person)),
        (["organization", "organisation", "org", "agency", "nonprofit", "non-profit", "ngo", "company",
          "institution"], NodeMeaning(kind: .organization)),
        (["funder", "foundation", "grantmaker", "grant maker", "donor", "philanthropy"],
         NodeMeaning(kind: .organization, funder: true)),
        (["program", "programme", "project", "initiative", "collaborative", "coalition"],
         NodeMeaning(kind: .initiative)),
        (["event", "convening", "meeting", "workshop", "learning exchange", "site visit", "conference",
          "webinar", "session"], NodeMeaning(kind: .event)),
        (["practice", "strategy", "tool", "approach", "method"], NodeMeaning(kind: .practice)),
    ]

    private static let builtInTieWords: [([String], TieMeaning)] = [
        (["grant", "funds", "fund", "funded", "funding", "gave grant to"], TieMeaning(kind: .funds)),
        (["funded by", "grant from", "grantee of", "received grant from"], TieMeaning(kind: .funds, reversed: true)),
        (["works at", "works for", "employed by", "employee of", "staff of", "member of", "belongs to"],
         TieMeaning(kind: .memberOf)),
        (["participant", "participates in", "participant in", "partner in", "takes part in", "enrolled in"],
         TieMeaning(kind: .participatesIn)),
        (["hosted", "hosts", "host", "convened", "convenes", "convener", "organized", "organised", "organizes",
          "organises"], TieMeaning(kind: .convenes)),
        (["attended", "attends", "attendee", "went to"], TieMeaning(kind: .attended)),
        (["collaborates with", "collaboration", "collaborator", "partners with", "partner", "partnership",
          "works with"], TieMeaning(kind: .collaboratesWith)),
        (["adopted", "adopts", "uses", "used", "implements", "implemented"], TieMeaning(kind: .adopts)),
        (["advises", "advised", "adviser", "advisor", "mentors", "mentored", "mentor", "coaches", "coached",
          "coach"], TieMeaning(kind: .advises)),
        (["leads", "led", "lead", "chairs", "chaired", "chair"], TieMeaning(kind: .leads)),
        (["shares", "shared", "shared with", "shares with"], TieMeaning(kind: .shares)),
    ]
}

extension Node {
    /// Whether the data marks the node as a funder: its kind word named one (`Foundation`, `Grantmaker`),
    /// or its `funder` attribute says yes (yes, y, true, 1).
    public var isMarkedFunder: Bool {
        guard let value = attributes[Vocabulary.funderAttribute] else { return false }
        return ["yes", "y", "true", "1"].contains(value.trimmingWhitespace().lowercased())
    }
}
