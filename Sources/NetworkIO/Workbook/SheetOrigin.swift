/// Where the CSV text made from a sheet came from: for each record of the text, the sheet row it
/// holds, so that a byte offset in the text is reported as the sheet's row and column
/// (`kumu.xlsx[Connections]:7:C`) rather than as a line of text the user never saw.
///
/// The text is written by ``SheetReader``: one record per non-empty row, every cell from column A
/// on (gaps filled with empty fields), fields separated by commas and quoted only when they hold a
/// comma, semicolon, tab, quote or line break. So a field's column is the number of unquoted commas
/// before it in its record.
struct SheetOrigin {
    /// The workbook's path as the user named it.
    var workbook: String
    /// The sheet's name.
    var sheet: String
    /// Offset of each record's first byte in the text, ascending.
    var recordStarts: [Int] = []
    /// The sheet row (1-based) of each record.
    var recordRows: [Int32] = []

    /// `workbook.xlsx[Sheet]`, the name notes and messages use for the sheet.
    var displayName: String { "\(workbook)[\(sheet)]" }

    /// The index of the record holding the byte at `offset`.
    private func record(of offset: Int) -> Int? {
        guard !recordStarts.isEmpty else { return nil }
        var low = 0
        var high = recordStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if recordStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low
    }

    /// The sheet row of the byte at `offset`.
    func row(of offset: Int) -> Int {
        record(of: offset).map { Int(recordRows[$0]) } ?? 1
    }

    /// The cell holding the byte at `offset` of `text`.
    func location(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        guard let record = record(of: offset) else { return SourceLocation(file: workbook, sheet: sheet, row: 1, column: 1) }
        var column = 1
        var quoted = false
        var index = recordStarts[record]
        let end = min(offset, text.count)
        while index < end {
            let byte = text[index]
            if byte == 34 {
                quoted.toggle()
            } else if byte == UInt8(ascii: ","), !quoted {
                column += 1
            }
            index += 1
        }
        return SourceLocation(file: workbook, sheet: sheet, row: Int(recordRows[record]), column: column)
    }
}
