/// Text from the data made safe to print on a terminal (standard output or standard error).
///
/// A node id holding `ESC [ 2 J` would clear the screen, and one holding a bidirectional override
/// (U+202E) would show a different id than the file holds. Every C0 and C1 control character, DEL
/// and every bidirectional formatting character is shown as a Swift-style escape, `\u{1B}`, so the
/// reader sees what the data holds and nothing reaches the terminal as a command. Tabs are escaped
/// too (they would break the columns of a table); a backslash is not, so ordinary text is unchanged.
public enum TerminalEscaping {
    /// `text` with every control and bidi character written as `\u{XX}`; with `keepingLineBreaks`, `\n`
    /// stays a line break (for messages of several lines).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        func escapes(_ scalar: Unicode.Scalar) -> Bool { isEscaped(scalar) && !(keepingLineBreaks && scalar == "\n") }
        guard text.unicodeScalars.contains(where: escapes) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if escapes(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `scalar` is shown escaped: C0 and C1 controls, DEL, bidi embeddings, overrides,
    /// isolates and marks, and the line and paragraph separators.
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
