import NetworkModel

/// How one word of a kind column was read: `Foundation → organization (funder), 3 nodes`.
///
/// `inspect` and `validate` list these so that a user sees what Liaison made of their words, and a
/// word no vocabulary knows (kept as a kind of its own) is visible before any analysis misses it.
public struct KindWordReading: Sendable, Equatable, CustomStringConvertible {
    /// Which table's kind column the word was in.
    public enum Table: String, Sendable {
        case nodes
        case ties
    }

    public var table: Table
    /// Where the word was first met.
    public var location: SourceLocation
    /// The word as the data first wrote it.
    public var word: String
    /// The kind it was read as.
    public var kind: String
    /// A node word that marks its nodes as funders.
    public var funder: Bool
    /// A tie word whose ties were turned round (`Funded by` → `funds` from the funder).
    public var reversed: Bool
    /// Whether the vocabulary knows the word; an unknown word is kept as a kind of its own.
    public var recognised: Bool
    /// How many rows used the word.
    public var count: Int

    public init(
        table: Table, location: SourceLocation, word: String, kind: String, funder: Bool = false, reversed: Bool = false, recognised: Bool,
        count: Int
    ) {
        self.table = table
        self.location = location
        self.word = word
        self.kind = kind
        self.funder = funder
        self.reversed = reversed
        self.recognised = recognised
        self.count = count
    }

    /// Whether the word differs from the kind it was read as (so the reading is worth showing).
    public var isTranslation: Bool {
        Vocabulary.normalize(word) != Vocabulary.normalize(kind) || funder || reversed
    }

    public var description: String {
        let unit = table == .nodes ? (count == 1 ? "node" : "nodes") : (count == 1 ? "tie" : "ties")
        guard recognised else { return "\(word): not a kind Liaison knows, kept as \"\(kind)\", \(count) \(unit)" }
        var meaning = kind
        if funder { meaning += " (funder)" }
        if reversed { meaning += " (turned round)" }
        return "\(word) → \(meaning), \(count) \(unit)"
    }
}

/// The readings of every kind word met during an import, in the order first met.
struct KindWordLog {
    private(set) var readings: [KindWordReading] = []
    private var positions: [String: Int] = [:]

    /// Adds a reading, merging its count into an earlier reading of the same word in the same table.
    mutating func add(_ reading: KindWordReading) {
        let key = reading.table.rawValue + "\u{0}" + reading.word
        if let position = positions[key] {
            readings[position].count += reading.count
            return
        }
        positions[key] = readings.count
        readings.append(reading)
    }
}
