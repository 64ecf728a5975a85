import OutputEscaping

/// Text from the data made safe for XML 1.0, on top of ``MarkupEscaping``: the five special
/// characters become entities, and control characters XML 1.0 forbids (U+0000–U+001F other than
/// tab, line feed and carriage return; U+FFFE, U+FFFF) are **replaced by U+FFFD**, since no
/// XML 1.0 document can carry them. Tab, line feed and carriage return survive as character
/// references where a parser would otherwise normalise them away.
enum XMLText {
    /// `text` as element content: a carriage return becomes `&#13;` (parsers turn a raw one into a line feed).
    static func content(_ text: String) -> String {
        replacing(MarkupEscaping.escape(text), [("\r", "&#13;")])
    }

    /// `text` inside a double-quoted attribute value: tab, line feed and carriage return become
    /// character references (attribute-value normalisation would turn raw ones into spaces).
    static func attribute(_ text: String) -> String {
        replacing(MarkupEscaping.escape(text), [("\t", "&#9;"), ("\n", "&#10;"), ("\r", "&#13;")])
    }

    /// `name` as an XML NMTOKEN (GraphML's `attr.name` and ids must be one): letters, digits,
    /// `.`, `-`, `_` and `:` kept, anything else replaced by `_`; an empty name becomes `_`.
    static func nameToken(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            out.unicodeScalars.append(isNameCharacter(scalar) ? scalar : "_")
        }
        return out.isEmpty ? "_" : out
    }

    /// Whether `text` is an NMTOKEN as ``nameToken(_:)`` writes them (so it may be written unchanged).
    static func isNameToken(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameCharacter)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x2D, 0x2E, 0x3A, 0x5F: return true
        // Letters beyond ASCII (XML 1.0 fifth edition NameChar ranges, conservatively: letters and marks only).
        case 0xC0...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD:
            return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
        default: return false
        }
    }

    private static func replacing(_ text: String, _ pairs: [(Character, String)]) -> String {
        // Scalars, not Characters: a CRLF is one Character in Swift, equal to neither "\r" nor "\n".
        let special = Set(pairs.flatMap { $0.0.unicodeScalars })
        guard text.unicodeScalars.contains(where: special.contains) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            if let replacement = pairs.first(where: { $0.0 == character })?.1 {
                out += replacement
            } else if character == "\r\n" {
                // A CRLF is one Character in Swift; keep both halves.
                out += pairs.first(where: { $0.0 == "\r" })?.1 ?? "\r"
                out += pairs.first(where: { $0.0 == "\n" })?.1 ?? "\n"
            } else {
                out.append(character)
            }
        }
        return out
    }
}
