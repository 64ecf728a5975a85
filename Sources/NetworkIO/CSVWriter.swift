import OutputEscaping

/// Writes RFC 4180 CSV: fields that hold a comma, a quote, a line break or
/// leading/trailing space are quoted, with quotes doubled; lines end in `\n`.
///
/// Unless made with `neutralisingFormulas: false` (`--raw-csv`), a text cell that a spreadsheet would
/// read as a formula (`=`, `+`, `-`, `@`, tab or carriage return first) gets a `'` in front, through
/// ``SpreadsheetEscaping/neutralised(_:)``; numbers such as `-0.5` stay as they are.
public struct CSVWriter: Sendable {
    public private(set) var text = ""
    /// Whether cells that would start a spreadsheet formula are neutralised.
    public let neutralisesFormulas: Bool

    public init(neutralisingFormulas: Bool = true) {
        self.neutralisesFormulas = neutralisingFormulas
    }

    /// Appends one record.
    public mutating func writeRow<S: Sequence>(_ fields: S) where S.Element == String {
        var first = true
        for field in fields {
            if !first { text.append(",") }
            first = false
            text.append(Self.escape(neutralisesFormulas ? SpreadsheetEscaping.neutralised(field) : field))
        }
        text.append("\n")
    }

    /// The field as it must appear in a CSV file.
    public static func escape(_ field: String) -> String {
        var needsQuotes = false
        for scalar in field.unicodeScalars {
            switch scalar {
            case ",", "\"", "\n", "\r", ";", "\t": needsQuotes = true
            default: break
            }
            if needsQuotes { break }
        }
        if let first = field.unicodeScalars.first, first == " " || first == "=" || first == "\u{FEFF}" {
            needsQuotes = true
        }
        if let last = field.unicodeScalars.last, last == " " { needsQuotes = true }
        guard needsQuotes else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted.append("\"\"") } else { quoted.append(character) }
        }
        quoted.append("\"")
        return quoted
    }
}
