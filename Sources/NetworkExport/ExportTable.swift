import NetworkIO
import OutputEscaping

/// A table of an export before it is written: the header, which columns hold numbers, and the rows as
/// text. Written as CSV (``csv``) or as a workbook sheet (``sheet(named:)``), so the two forms of a
/// table always hold the same values.
struct ExportTable {
    var header: [String]
    /// For each column, whether its values are numbers (typed `integer` or `double`, or the tie weight).
    var numeric: [Bool] = []
    var rows: [[String]] = []

    init(header: [String]) {
        self.header = header
    }

    /// RFC 4180 text through NetworkIO's ``CSVWriter``: text a spreadsheet would run as a formula is
    /// neutralised unless `raw` (`--raw-csv`).
    func csv(raw: Bool = false) -> String {
        var writer = CSVWriter(neutralisingFormulas: !raw)
        writer.writeRow(header)
        for row in rows { writer.writeRow(row) }
        return writer.text
    }

    /// The table as a sheet: numbers in numeric columns as number cells, everything else as text
    /// (never a formula, whatever it starts with).
    /// Text cells are stored as strings, which no spreadsheet runs; unless `raw` (`--raw-csv`), text that would be
    /// a formula once re-saved as CSV (`=`, `+`, `-`, `@`, tab, CR first) is also neutralised as in the CSV form.
    func sheet(named name: String, raw: Bool = false) -> XLSXWriter.Sheet {
        var sheetRows: [[XLSXWriter.Cell]] = [header.map { .text($0) }]
        sheetRows.reserveCapacity(rows.count + 1)
        for row in rows {
            sheetRows.append(row.enumerated().map { column, value in
                if column < numeric.count && numeric[column] && Self.isNumber(value) { return .number(value) }
                return .text(raw ? value : SpreadsheetEscaping.neutralised(value))
            })
        }
        return XLSXWriter.Sheet(name: name, rows: sheetRows)
    }

    /// Whether `value` is a finite decimal number a spreadsheet reads as written (`3`, `-0.5`, `1e-07`).
    static func isNumber(_ value: String) -> Bool {
        guard let number = Double(value), number.isFinite, let first = value.utf8.first else { return false }
        return first == UInt8(ascii: "-") || (first >= 48 && first <= 57)
    }
}
