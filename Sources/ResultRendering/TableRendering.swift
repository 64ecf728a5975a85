import Foundation
import NetworkAnalysis
import NetworkIO
import OutputEscaping

/// The forms a table of results can take.
public enum TableFormat: String, CaseIterable, Sendable {
    /// Aligned columns for reading in a terminal (numbers rounded for the eye).
    case table
    /// RFC 4180 CSV with numbers at full precision.
    case csv
    /// JSON with numbers at full precision.
    case json
}

/// One table of a result of several, under its name (`groups`, `mixing`, …).
public typealias NamedTable = (name: String, table: ResultTable)

/// Turns a ``ResultTable`` into text in each ``TableFormat``.
///
/// CSV and JSON print every number at full precision (the shortest text that
/// reads back to the same Double), so output is the same bytes on every run;
/// the terminal table rounds to 4 decimals for the eye (``DecimalText``).
///
/// JSON is written by hand (every string through ``JSONEscaping``), not through `JSONEncoder`, because the
/// bytes the command tests pin cannot come out of it: `JSONEncoder` has no layout with one row object per
/// line (`.prettyPrinted` puts every key on a line of its own, with `"key" : value`), keys in column order
/// need a dynamic `CodingKey` per table and no `.sortedKeys`, non-finite numbers must be `null` where its
/// `nonConformingFloatEncodingStrategy` offers only a thrown error or a string, and its number text is not
/// the one ``JSONEscaping/number(_:)`` pins (integral values below 10^15 as integers, the rest as Swift's
/// shortest round-trip text) on every platform. The typed
/// ``ResultMetadata`` keeps the structure; only the final text is assembled here.
public enum TableRendering {
    /// The table as CSV; text cells that would start a spreadsheet formula are neutralised unless `raw`.
    public static func csv(_ table: ResultTable, raw: Bool = false) -> String {
        var writer = CSVWriter(neutralisingFormulas: !raw)
        writer.writeRow(table.columns)
        for row in table.rows { writer.writeRow(row.map(plainText)) }
        return writer.text
    }

    /// `{"metadata": {...}, "<rowsKey>": [{column: value, ...}, ...]}` with keys in column order.
    public static func json(_ table: ResultTable, rowsKey: String = "rows", metadata: ResultMetadata = []) -> String {
        json(sections: [(rowsKey, table)], metadata: metadata)
    }

    /// `{"metadata": {...}, "<section>": [rows], ...}`: several tables in one JSON object, in order.
    public static func json(sections: [NamedTable], metadata: ResultMetadata = []) -> String {
        var members: [String] = []
        if !metadata.isEmpty {
            members.append(
                "  \"metadata\": {\n"
                    + metadata.entries.map { "    \(JSONEscaping.quoted($0.key)): \(jsonValue($0.value))" }
                    .joined(separator: ",\n") + "\n  }")
        }
        members += sections.map { jsonMember($0.name, $0.table) }
        return "{\n" + members.joined(separator: ",\n") + "\n}\n"
    }

    /// `  "<name>": [ rows ]`: one table as a member of a JSON object, one row object per line.
    static func jsonMember(_ name: String, _ table: ResultTable) -> String {
        let keys = table.columns.map(JSONEscaping.quoted)
        let rows = table.rows.map { row in
            "    {" + zip(keys, row).map { "\($0): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        }
        return "  \(JSONEscaping.quoted(name)): [\n" + rows.joined(separator: ",\n") + (rows.isEmpty ? "  ]" : "\n  ]")
    }

    /// A metadata value as JSON: a string, a number at full precision, a boolean, an array of strings or null.
    public static func jsonValue(_ value: MetadataValue) -> String {
        switch value {
        case .text(let text): return JSONEscaping.quoted(text)
        case .integer(let number): return String(number)
        case .unsigned(let number): return String(number)
        case .real(let number): return JSONEscaping.number(number)
        case .flag(let flag): return flag ? "true" : "false"
        case .texts(let texts): return "[" + texts.map(JSONEscaping.quoted).joined(separator: ", ") + "]"
        case .none: return "null"
        }
    }

    /// A result of several sections in `format`: JSON and the terminal table hold every section (the table
    /// after `preface`), CSV holds one: `section` if given, else `defaultSection`. The note says, for CSV
    /// without `section`, which section was written and how to choose another.
    public static func sectioned(
        _ sections: [NamedTable], format: TableFormat, section: String?,
        defaultSection: String, sectionNames: [String], metadata: ResultMetadata, preface: String = "",
        rawCSV: Bool = false
    ) -> (text: String, note: String?) {
        switch format {
        case .json:
            return (json(sections: sections, metadata: metadata), nil)
        case .csv:
            let note = section == nil
                ? "CSV holds one section: writing '\(defaultSection)'; choose another with --section "
                    + "(\(sectionNames.joined(separator: ", ")))"
                : nil
            let name = section ?? defaultSection
            return (csv(sections.first { $0.name == name }?.table ?? ResultTable(columns: []), raw: rawCSV), note)
        case .table:
            return (preface + text(sections: sections), nil)
        }
    }

    /// Several tables for the terminal, each under its name.
    public static func text(sections: [NamedTable]) -> String {
        sections.map { "\($0.name)\n\n" + text($0.table) }.joined(separator: "\n")
    }

    /// The table for a terminal `width` characters wide (``terminalWidth`` when nil): columns aligned,
    /// numbers rounded and right-aligned. When a row is wider than the terminal and its last column is text
    /// (evidence, a sentence), that text wraps onto the following lines, indented under its column.
    public static func text(_ table: ResultTable, width: Int? = nil) -> String {
        // A column of whole numbers (counts such as brokerage) prints as integers.
        let whole = table.columns.indices.map { i in
            table.rows.allSatisfy { row in
                guard case let .real(value) = row[i] else { return true }
                return !value.isFinite || (value == value.rounded() && abs(value) < 1e15)
            }
        }
        let cells = [table.columns] + table.rows.map { row in
            row.enumerated().map { i, cell -> String in
                if whole[i], case let .real(value) = cell { return value.isFinite ? String(Int64(value)) : "" }
                return roundedText(cell)
            }
        }
        var widths = [Int](repeating: 0, count: table.columns.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        let numeric = table.columns.indices.map { i in table.rows.contains { $0[i].number != nil } }
        let limit = width ?? terminalWidth
        var wrapAt: Int?
        // With too little room beside the row, the text goes on lines of its own under the row.
        var underneath = false
        // Only long text wraps (evidence, definitions); a short last column may run past the edge.
        if let last = widths.indices.last, !numeric[last], widths[last] >= 30,
            widths.reduce(0, +) + 2 * (widths.count - 1) > limit
        {
            let start = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
            if limit - start >= 40 {
                wrapAt = limit - start
                widths[last] = min(widths[last], limit - start)
            } else {
                underneath = true
                wrapAt = max(20, limit - 4)
                widths[last] = table.columns[last].count
            }
        }
        var out = ""
        for (r, row) in cells.enumerated() {
            var pieces = row.enumerated().map { i, cell -> String in
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return numeric[i] && r > 0 ? pad + cell : cell + pad
            }
            var continuation: [String] = []
            if let room = wrapAt, let last = pieces.indices.last, r > 0 {
                let lines = wrapped(row[last], width: room)
                if underneath {
                    pieces[last] = ""
                    continuation = lines
                } else {
                    pieces[last] = lines.first ?? ""
                    continuation = Array(lines.dropFirst())
                }
            }
            out += pieces.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            let indent = String(
                repeating: " ", count: underneath ? 4 : widths.dropLast().reduce(0, +) + 2 * (widths.count - 1))
            for line in continuation { out += (indent + line).trimmingTrailingSpaces() + "\n" }
            if r == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    /// The terminal's width: `COLUMNS`, else the width of the terminal on standard output, else 100.
    public static var terminalWidth: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), (20...10_000).contains(columns) {
            return columns
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 { return Int(size.ws_col) }
        return 100
    }

    /// `text` broken at spaces into lines of at most `width` characters (a longer word stands alone).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    public static func plainText(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case let .text(value): return value
        case let .integer(value): return String(value)
        case let .real(value): return value.isFinite ? JSONEscaping.number(value) : ""
        case let .flag(value): return value ? "true" : "false"
        case .missing: return ""
        }
    }

    public static func jsonValue(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case let .text(value): return JSONEscaping.quoted(value)
        case let .integer(value): return String(value)
        case let .real(value): return JSONEscaping.number(value)
        case let .flag(value): return value ? "true" : "false"
        case .missing: return "null"
        }
    }

    static func roundedText(_ cell: ResultTable.Cell) -> String {
        guard case let .real(value) = cell else { return sanitizedForTerminal(plainText(cell)) }
        guard value.isFinite else { return "" }
        return DecimalText.fixed(value, decimals: 4)
    }

    /// Control and bidi characters from the data would move the cursor, recolour a terminal or
    /// reorder what it shows: they are written as escapes (`\u{1B}`), see ``TerminalEscaping``.
    public static func sanitizedForTerminal(_ text: String) -> String {
        TerminalEscaping.escaped(text)
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
