/// Text for HTML, SVG and XML: the five predefined entities, and control
/// characters that XML 1.0 forbids and Unicode non-characters (U+FDD0–U+FDEF and
/// the last two code points of every plane, U+FFFE, U+FFFF, U+1FFFE …) replaced by
/// U+FFFD, so data can never open or close an element or an attribute value, and a
/// strict XML parser accepts the document.
public enum MarkupEscaping {
    /// `text` safe as element content or inside a double- or single-quoted attribute value.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || isNoncharacter(scalar) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `scalar` is a Unicode non-character (U+FDD0–U+FDEF, or U+xxFFFE / U+xxFFFF in any plane).
    public static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }
}
