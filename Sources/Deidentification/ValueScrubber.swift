import NetworkModel

/// Replaces attribute values that name a replaced node, and withholds free text that mentions one.
/// Remembers its decision per distinct value, so each value is scanned once.
struct ValueScrubber {
    /// Pseudonym label by replaced name (id and label, lower-cased and trimmed).
    private var pseudonymByName: [String: String] = [:]
    /// Replaced names long enough to be looked for inside free text, lower-cased.
    private let mentionNames: MentionIndex
    /// The same names as written in the data, and the pseudonym label of each.
    private let writtenNames: MentionIndex
    private let pseudonymByWrittenName: [String: String]
    private var decisions: [String: String?] = [:]
    private(set) var replacedCount = 0
    private(set) var withheldCount = 0

    init(network: Network, replaced: [Int], names: [(id: String, label: String)?]) {
        var mentions = Set<String>()
        var written: [String: String] = [:]
        for position in replaced {
            guard let name = names[position] else { continue }
            let node = network.nodes[position]
            for original in [node.id, node.label] {
                let key = Self.normalized(original)
                guard !key.isEmpty else { continue }
                pseudonymByName[key] = pseudonymByName[key] ?? name.label
                if key.count >= NetworkAnonymizer.minimumMentionLength {
                    mentions.insert(key)
                    written[original.trimmingWhitespace()] = written[original.trimmingWhitespace()] ?? name.label
                }
            }
        }
        mentionNames = MentionIndex(mentions.sorted())
        writtenNames = MentionIndex(written.keys.sorted())
        pseudonymByWrittenName = written
    }

    /// The attributes with named values replaced and mentioning values withheld.
    mutating func scrub(_ attributes: [String: String]) -> [String: String] {
        var result = attributes
        for (name, value) in attributes {
            if let replacement = decision(for: value) { result[name] = replacement }
        }
        return result
    }

    /// The label of a kept node (an event, initiative, practice, ...) with every replaced name it mentions,
    /// as written in the data, swapped for the pseudonym; withheld when a mention remains (written in
    /// another case). Nil to keep the label as it is.
    mutating func scrubLabel(_ label: String) -> String? {
        guard mentions(label) else { return nil }
        var text = label
        for name in writtenNames.mentions(in: label) {
            if let pseudonym = pseudonymByWrittenName[name] { text = text.replacing(name, with: pseudonym) }
        }
        if mentions(text) {
            withheldCount += 1
            return NetworkAnonymizer.withheldText
        }
        replacedCount += 1
        return text
    }

    /// Whether `text` holds a replaced name of at least ``NetworkAnonymizer/minimumMentionLength`` characters.
    private func mentions(_ text: String) -> Bool {
        mentionNames.isMentioned(in: Self.normalized(text))
    }

    /// The replacement of a value, or nil to keep it.
    private mutating func decision(for value: String) -> String? {
        if let known = decisions[value] {
            count(known)
            return known
        }
        let decided = decide(value)
        decisions[value] = decided
        count(decided)
        return decided
    }

    private mutating func count(_ decision: String?) {
        guard let decision else { return }
        if decision == NetworkAnonymizer.withheldText { withheldCount += 1 } else { replacedCount += 1 }
    }

    private func decide(_ value: String) -> String? {
        guard value.contains(where: \.isLetter) else { return nil }
        if let pseudonym = pseudonymByName[Self.normalized(value)] { return pseudonym }
        return mentions(value) ? NetworkAnonymizer.withheldText : nil
    }

    private static func normalized(_ text: String) -> String { text.trimmingWhitespace().lowercased() }
}
