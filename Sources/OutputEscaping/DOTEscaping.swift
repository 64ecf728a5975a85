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

    /// `text` as a quoted DOT string for a tooltip attribute (`tooltip`, `edgetooltip`, …).
    ///
    /// Graphviz 2.42/2.43 reads a tooltip twice: it first drops one level of backslashes, then expands
    /// its escapes (`\N` the node's name, `\G` the graph's, `\E`, `\T`, `\H`, `\L`) and turns `\\`
    /// into `\`. A backslash from the data is therefore written as four, so an id such as `a\Nb`
    /// shows as itself in the tooltip, not with the node's name spliced in.
    public static func quotedTooltip(_ text: String) -> String {
        guard text.contains("\\") else { return quoted(text) }
        var doubled = ""
        doubled.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if character == "\\" { doubled += "\\\\" } else { doubled.append(character) }
        }
        return quoted(doubled)
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
