/// Finds which of many names a text mentions, in time linear in the text: names are indexed by their
/// first word, and a text is read word by word, so only the names that begin with one of its words are
/// compared. A mention must begin at a word start ("ana ruiz" is found in "met ana ruiz", not in
/// "bana ruiz"). Comparison is exact: index lower-cased names to look for them in lower-cased text.
struct MentionIndex {
    /// Names by their first word (letters and digits), each as characters, longest first.
    private var namesByFirstWord: [String: [[Character]]] = [:]
    /// Names that begin with neither a letter nor a digit: looked for anywhere.
    private var unindexedNames: [String] = []

    /// An index of `names`.
    init(_ names: some Sequence<String>) {
        for name in names {
            let characters = Array(name)
            let word = String(characters.prefix { Self.isWordCharacter($0) })
            if word.isEmpty { unindexedNames.append(name) } else { namesByFirstWord[word, default: []].append(characters) }
        }
        for word in namesByFirstWord.keys {
            namesByFirstWord[word]?.sort { $0.count != $1.count ? $0.count > $1.count : String($0) < String($1) }
        }
        unindexedNames.sort()
    }

    /// Whether `text` mentions an indexed name.
    /// - Complexity: O(*L* + *w*·*c*·*k*) for a text of *L* characters and *w* words, *c* names sharing a
    ///   first word and *k* characters in a name; O(*u*·*L*) more for the *u* names not starting with a word.
    func isMentioned(in text: String) -> Bool { !mentions(in: text, all: false).isEmpty }

    /// The indexed names `text` mentions, longest first (each once). Same complexity as ``isMentioned(in:)``.
    func mentions(in text: String) -> [String] {
        Array(Set(mentions(in: text, all: true))).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }

    private func mentions(in text: String, all: Bool) -> [String] {
        var found: [String] = []
        for name in unindexedNames where text.contains(name) {
            found.append(name)
            if !all { return found }
        }
        let characters = Array(text)
        var start = 0
        while start < characters.count {
            guard Self.isWordCharacter(characters[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < characters.count && Self.isWordCharacter(characters[end]) { end += 1 }
            for name in namesByFirstWord[String(characters[start..<end])] ?? []
            where Self.matches(name, in: characters, at: start) {
                found.append(String(name))
                if !all { return found }
            }
            start = end
        }
        return found
    }

    private static func matches(_ name: [Character], in text: [Character], at start: Int) -> Bool {
        guard start + name.count <= text.count else { return false }
        for offset in name.indices where text[start + offset] != name[offset] { return false }
        return true
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }
}
