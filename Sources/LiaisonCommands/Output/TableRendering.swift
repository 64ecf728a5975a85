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

    static func text(_ table: ResultTable) -> String {
        let cells = [table.columns] + table.rows.map { $0.map(roundedText) }
        var widths = [Int](repeating: 0, count: table.columns.count)
        for row in cells { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
        let numeric = table.columns.indices.map { i in table.rows.contains { $0[i].number != nil } }
        var out = ""
        for (r, row) in cells.enumerated() {
            let line = row.enumerated().map { i, cell in
                let pad = String(repeating: " ", count: widths[i] - cell.count)
                return numeric[i] && r > 0 ? pad + cell : cell + pad
            }
            out += line.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
            if r == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
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
