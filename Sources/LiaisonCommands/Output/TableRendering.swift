import Foundation
import NetworkAnalysis
import NetworkIO
import OutputEscaping

/// Turns a ``ResultTable`` into text in each ``OutputFormat``.
///
/// CSV and JSON print every number at full precision (the shortest text that
/// reads back to the same Double), so output is the same bytes on every run;
/// the terminal table rounds to 4 significant decimals for the eye.
enum TableRendering {
    /// The table as CSV; text cells that would start a spreadsheet formula are neutralised unless `raw`.
    static func csv(_ table: ResultTable, raw: Bool = false) -> String {
        var writer = CSVWriter(neutralisingFormulas: !raw)
        writer.writeRow(table.columns)
        for row in table.rows { writer.writeRow(row.map(plainText)) }
        return writer.text
    }

    /// `{"metadata": {...}, "<rowsKey>": [{column: value, ...}, ...]}` with keys in column order.
    static func json(_ table: ResultTable, rowsKey: String = "rows", metadata: [(String, String)] = []) -> String {
        var out = "{\n"
        if !metadata.isEmpty {
            out += "  \"metadata\": {\n"
            out += metadata.map { "    \(JSONEscaping.quoted($0.0)): \($0.1)" }.joined(separator: ",\n")
            out += "\n  },\n"
        }
        out += "  \(JSONEscaping.quoted(rowsKey)): [\n"
        let keys = table.columns.map(JSONEscaping.quoted)
        out += table.rows.map { row in
            "    {" + zip(keys, row).map { "\($0): \(jsonValue($1))" }.joined(separator: ", ") + "}"
        }.joined(separator: ",\n")
        out += table.rows.isEmpty ? "  ]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// `{"metadata": {...}, "<section>": [rows], ...}`: several tables in one JSON object, in order.
    static func json(sections: [(name: String, table: ResultTable)], metadata: [(String, String)] = []) -> String {
        let bodies = sections.map { section -> String in
            let one = json(section.table, rowsKey: section.name)
            // The single-table form is "{\n  \"name\": [...]\n}\n": keep its member line(s) only.
            return String(one.dropFirst(2).dropLast(3))
        }
        var members: [String] = []
        if !metadata.isEmpty {
            members.append(
                "  \"metadata\": {\n" + metadata.map { "    \(JSONEscaping.quoted($0.0)): \($0.1)" }.joined(separator: ",\n")
                    + "\n  }")
        }
        return "{\n" + (members + bodies).joined(separator: ",\n") + "\n}\n"
    }

    /// A report of several sections in `format`: JSON and the terminal table hold every section (the table
    /// after `preface`), CSV holds one: `section` if given, else `defaultSection`, with a note on standard
    /// error naming the others.
    static func sectioned(
        _ sections: [(name: String, table: ResultTable)], format: OutputFormat, section: String?,
        defaultSection: String, sectionNames: [String], metadata: [(String, String)], preface: String = "",
        rawCSV: Bool = false
    ) -> String {
        switch format {
        case .json:
            return json(sections: sections, metadata: metadata)
        case .csv:
            if section == nil {
                CommandContext.printError(
                    "note: CSV holds one section: writing '\(defaultSection)'; choose another with --section "
                        + "(\(sectionNames.joined(separator: ", ")))")
            }
            let name = section ?? defaultSection
            return csv(sections.first { $0.name == name }?.table ?? ResultTable(columns: []), raw: rawCSV)
        case .table, .text:
            return preface + text(sections: sections)
        }
    }

    /// Several tables for the terminal, each under its name.
    static func text(sections: [(name: String, table: ResultTable)]) -> String {
        sections.map { "\($0.name)\n\n" + text($0.table) }.joined(separator: "\n")
    }

    /// The table for a terminal `width` characters wide (``terminalWidth`` when nil): columns aligned,
    /// numbers rounded and right-aligned. When a row is wider than the terminal and its last column is text
    /// (evidence, a sentence), that text wraps onto the following lines, indented under its column.
    static func text(_ table: ResultTable, width: Int? = nil) -> String {
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
    static var terminalWidth: Int {
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

    static func plainText(_ cell: ResultTable.Cell) -> String {
        switch cell {
        case let .text(value): return value
        case let .integer(value): return String(value)
        case let .real(value): return value.isFinite ? JSONEscaping.number(value) : ""
        case let .flag(value): return value ? "true" : "false"
        case .missing: return ""
        }
    }

    static func jsonValue(_ cell: ResultTable.Cell) -> String {
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
        return formatFixed(value, decimals: 4)
    }

    /// A number with a fixed count of decimals, without Foundation's locale.
    static func formatFixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return "\(value)" }
        let whole = Int64(scaled)
        var digits = String(whole)
        while digits.count <= decimals { digits = "0" + digits }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        let sign = value < 0 && whole != 0 ? "-" : ""
        return decimals == 0 ? sign + digits : sign + digits[..<split] + "." + digits[split...]
    }

    /// Control and bidi characters from the data would move the cursor, recolour a terminal or
    /// reorder what it shows: they are written as escapes (`\u{1B}`), see ``TerminalEscaping``.
    static func sanitizedForTerminal(_ text: String) -> String {
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
