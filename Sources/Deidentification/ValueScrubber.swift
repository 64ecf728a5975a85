import NetworkModel

/// Replaces attribute values that name a replaced node, and withholds free text that mentions one.
/// Remembers its decision per distinct value, so each value is scanned once.
struct ValueScrubber {
    /// Pseudonym label by replaced name (id and label, lower-cased and trimmed).
    private var pseudonymByName: [String: String] = [:]
    /// Replaced names long enough to be looked for inside free text, lower-cased, longest first.
    private let mentionNames: [String]
    private var decisions: [String: String?] = [:]
    private(set) var replacedCount = 0
    private(set) var withheldCount = 0

    init(network: Network, replaced: [Int], names: [(id: String, label: String)?]) {
        var mentions = Set<String>()
        for position in replaced {
            guard let name = names[position] else { continue }
            let node = network.nodes[position]
            for original in [node.id, node.label] {
                let key = Self.normalized(original)
                guard !key.isEmpty else { continue }
                pseudonymByName[key] = pseudonymByName[key] ?? name.label
                if key.count >= NetworkAnonymizer.minimumMentionLength { mentions.insert(key) }
            }
        }
        mentionNames = mentions.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    /// The attributes with named values replaced and mentioning values withheld.
    mutating func scrub(_ attributes: [String: String]) -> [String: String] {
        var result = attributes
        for (name, value) in attributes {
            if let replacement = decision(for: value) { result[name] = replacement }
        }
        return result
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
        let key = Self.normalized(value)
        if let pseudonym = pseudonymByName[key] { return pseudonym }
        for name in mentionNames where name.count <= key.count && key.contains(name) {
            return NetworkAnonymizer.withheldText
        }
        return nil
    }

    private static func normalized(_ text: String) -> String { text.trimmingWhitespace().lowercased() }
}
