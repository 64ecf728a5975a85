/// Identifiers and labels for Graphviz's DOT language.
///
/// Everything from the data is written as a double-quoted string. Inside it,
/// `"` and `\` are escaped, so a label can never close its string (a value
/// ending in `\` stays a backslash) and Graphviz's own escapes (`\N`, `\G`,
/// `\l`) appear literally; line breaks become `\n`, Graphviz's centred line break.
/// Unicode non-characters become U+FFFD, since Graphviz copies them into SVG,
/// where XML forbids them.
public enum DOTEscaping {
    /// `text` as a quoted DOT string.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\r\n", "\n", "\r": out += "\\n"
            default:
                for scalar in character.unicodeScalars {
                    if scalar.value < 0x20 || scalar.value == 0x7F {
                        out += " "
                    } else if MarkupEscaping.isNoncharacter(scalar) {
                        out += "\u{FFFD}"
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
        return out
    }

    /// `text` as a DOT HTML-like label body (between `<` and `>`): markup-escaped.
    public static func htmlLabelText(_ text: String) -> String {
        MarkupEscaping.escape(text).replacingNewlines(with: "<BR/>")
    }
}

extension String {
    fileprivate func replacingNewlines(with replacement: String) -> String {
        var out = ""
        for character in self {
            if character == "\n" || character == "\r\n" || character == "\r" { out += replacement } else {
                out.append(character)
            }
        }
        return out
    }
}
