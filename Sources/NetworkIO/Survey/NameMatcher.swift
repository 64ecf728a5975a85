import Foundation

/// Matches the free-text names a survey writes ("J. Smith", "jane smith", "Smith, Jane", "Acme Inc.") to the
/// ids and labels of a roster.
///
/// A name that equals a roster id or label, or equals one after folding case, accents, spaces and
/// punctuation, is matched (the folded matches are reported, so none is silent). Any other name is never
/// merged: the matcher proposes roster entries it may mean, each with a score and a reason (initials,
/// word order, organisation suffixes, nicknames, spelling), for the user to review in a matches file.
public struct NameMatcher: Sendable {
    /// A roster entry a name may mean.
    public struct Proposal: Sendable, Equatable, CustomStringConvertible {
        public var id: String
        public var label: String
        /// 0 to 1; 1 is certain.
        public var score: Double
        public var reason: String

        public var description: String {
            "\"\(label)\" (\(id), \(reason), score \(String(format: "%.2f", score)))"
        }
    }

    /// How one written name was matched.
    public enum Outcome: Sendable, Equatable {
        /// Equal to a roster id or label.
        case exact(id: String)
        /// Equal after folding case, accents, spaces and punctuation.
        case folded(id: String)
        /// Not matched; these roster entries may be meant (best first, possibly none).
        case unmatched(proposals: [Proposal])
    }

    private let entries: [(id: String, label: String, folded: String, words: [String])]
    private var exact: [String: String] = [:]
    private var foldedIndex: [String: [String]] = [:]

    /// Proposals scoring below this are not made.
    public static let proposalThreshold = 0.75

    public init(roster: [(id: String, label: String)]) {
        var entries: [(id: String, label: String, folded: String, words: [String])] = []
        for (id, label) in roster {
            let folded = Self.fold(label)
            entries.append((id, label, folded, folded.split(separator: " ").map(String.init)))
            exact[id] = exact[id] ?? id
            exact[label] = exact[label] ?? id
            for key in Set([folded, Self.fold(id)]) where !key.isEmpty {
                if !(foldedIndex[key]?.contains(id) ?? false) { foldedIndex[key, default: []].append(id) }
            }
        }
        self.entries = entries
    }

    /// The name lower-cased, without accents, punctuation other than within words, and with single spaces.
    public static func fold(_ name: String) -> String {
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var word = ""
        for character in plain {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if character == "'" || character == "’" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    public func match(_ name: String) -> Outcome {
        let written = name.trimmingCharacters(in: .whitespaces)
        if let id = exact[written] { return .exact(id: id) }
        let folded = Self.fold(written)
        if let ids = foldedIndex[folded], ids.count == 1 { return .folded(id: ids[0]) }
        return .unmatched(proposals: proposals(for: folded))
    }

    /// Up to three roster entries the folded name may mean, best first.
    private func proposals(for folded: String) -> [Proposal] {
        let words = folded.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return [] }
        var found: [Proposal] = []
        for entry in entries {
            if let (score, reason) = Self.likeness(words, folded, entry.words, entry.folded), score >= Self.proposalThreshold {
                found.append(Proposal(id: entry.id, label: entry.label, score: score, reason: reason))
            }
        }
        found.sort { ($0.score, $1.label) > ($1.score, $0.label) }
        return Array(found.prefix(3))
    }

    private static let organisationWords: Set<String> = [
        "inc", "incorporated", "llc", "ltd", "limited", "co", "corp", "corporation", "the", "foundation", "fund",
        "trust", "org", "organization", "organisation", "of",
    ]

    private static let nicknames: [String: String] = [
        "bob": "robert", "rob": "robert", "bill": "william", "will": "william", "liz": "elizabeth",
        "beth": "elizabeth", "kate": "katherine", "katie": "katherine", "jim": "james", "jimmy": "james",
        "tom": "thomas", "mike": "michael", "dave": "david", "dan": "daniel", "danny": "daniel", "sam": "samuel",
        "alex": "alexander", "chris": "christopher", "matt": "matthew", "nick": "nicholas", "tony": "anthony",
        "jen": "jennifer", "jenny": "jennifer", "sue": "susan", "pat": "patricia", "peggy": "margaret",
        "maggie": "margaret", "joe": "joseph", "ben": "benjamin", "andy": "andrew", "steve": "steven",
    ]

    /// How alike a written name and a roster label are, with the reason, or nil when not alike at all.
    static func likeness(_ words: [String], _ folded: String, _ other: [String], _ otherFolded: String)
        -> (Double, String)?
    {
        if words.sorted() == other.sorted() { return (0.95, "same words in another order") }
        let core = words.filter { !organisationWords.contains($0) }
        let otherCore = other.filter { !organisationWords.contains($0) }
        if !core.isEmpty, core == otherCore { return (0.9, "same name without an organisation word") }
        if words.count >= 2, other.count >= 2, words.last == other.last {
            let first = words[0], otherFirst = other[0]
            if first.count == 1, otherFirst.hasPrefix(first) { return (0.85, "initial and surname") }
            if otherFirst.count == 1, first.hasPrefix(otherFirst) { return (0.85, "initial and surname") }
            if nicknames[first] == otherFirst || nicknames[otherFirst] == first || (nicknames[first] != nil && nicknames[first] == nicknames[otherFirst]) {
                return (0.85, "nickname and surname")
            }
        }
        let distance = editDistance(Array(folded), Array(otherFolded))
        let length = max(folded.count, otherFolded.count)
        guard length > 0 else { return nil }
        let similarity = 1 - Double(distance) / Double(length)
        return similarity >= proposalThreshold ? (similarity, "spelling (\(distance) letter\(distance == 1 ? "" : "s") apart)") : nil
    }

    /// Levenshtein distance. O(|a|·|b|).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
