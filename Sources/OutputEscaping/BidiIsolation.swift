/// Data text that cannot reorder the text around it when shown in a page (the report).
///
/// An id holding U+202E (RIGHT-TO-LEFT OVERRIDE) turns the rest of its line around: `Grant to
/// ‮gpj.exe` reads as `Grant to exe.jpg`. Text that holds any bidirectional control is balanced
/// (a closing control without its opener is dropped, an opener without its closer is closed) and
/// wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the characters `<bdi>` stands for,
/// which also works inside attribute values (tooltips). Text without bidi controls is unchanged.
public enum BidiIsolation {
    /// `text` balanced and isolated when it holds bidi controls; unchanged otherwise.
    public static func isolated(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        out.append("\u{2068}")
        var open: [Unicode.Scalar] = []  // openers still open, innermost last
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202E:  // embeddings and overrides, closed by U+202C
                if scalar.value == 0x202C {
                    guard let last = open.last, !isIsolateOpener(last) else { continue }
                    open.removeLast()
                } else {
                    open.append(scalar)
                }
                out.append(scalar)
            case 0x2066...0x2068:  // isolates, closed by U+2069
                open.append(scalar)
                out.append(scalar)
            case 0x2069:
                guard let index = open.lastIndex(where: isIsolateOpener) else { continue }
                open.removeSubrange(index...)  // a PDI also closes the embeddings opened inside the isolate
                out.append(scalar)
            default:
                out.append(scalar)
            }
        }
        for opener in open.reversed() { out.append(isIsolateOpener(opener) ? "\u{2069}" : "\u{202C}") }
        out.append("\u{2069}")
        return String(out)
    }

    /// Whether `scalar` is an explicit bidirectional formatting character.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    private static func isIsolateOpener(_ scalar: Unicode.Scalar) -> Bool { (0x2066...0x2068).contains(scalar.value) }
}
