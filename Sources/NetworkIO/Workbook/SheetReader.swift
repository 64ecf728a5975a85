import Foundation

/// Turns a worksheet part (`xl/worksheets/sheetN.xml`) into the CSV text the table readers consume,
/// with a ``SheetOrigin`` that maps the text back to the sheet's rows and columns.
///
/// Each cell's value becomes what a CSV saved from the spreadsheet would hold: shared strings (`t="s"`)
/// are looked up, inline strings (`t="inlineStr"`, rich-text runs joined) and formula strings
/// (`t="str"`, the cached result) are taken as written, booleans become `TRUE`/`FALSE`, errors
/// (`#N/A`) stay as written, and numbers keep their digits (at most 15 significant, as Excel shows
/// them), except that a number whose cell format is a date or time becomes ISO 8601 text
/// (``ExcelDates``). Cells the XML leaves out are empty fields; a cell's column comes from its
/// reference (`C7`), or follows the previous cell when the reference is missing; a row's number
/// comes from its `r`, or follows the previous row. Rows with no value are left out, and rows
/// shorter than the header are padded with empty fields (spreadsheets do not store trailing
/// empty cells).
///
/// - Complexity: O(n) in the bytes of the part.
struct SheetReader {
    /// A sheet that cannot be read: its XML is broken, or it refers to something the workbook lacks.
    struct Failure: Error {
        var reason: String
    }

    private let sharedStrings: [String]
    private let styles: WorkbookStyles
    private let uses1904: Bool

    init(sharedStrings: [String], styles: WorkbookStyles, uses1904: Bool) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904 = uses1904
    }

    /// What one cell element says while it is being read.
    private struct Cell {
        var column = 0
        var type: CellType = .number
        var style = 0
        var value: Range<Int>?
        var valueIsCDATA = false
        var inline = ""
    }

    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    /// The CSV text of the sheet and where each of its records came from.
    func read(_ bytes: UnsafeBufferPointer<UInt8>, origin: inout SheetOrigin) throws(Failure) -> [UInt8] {
        var scanner = XMLScanner(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 3)
        var inSheetData = false
        var rowNumber = 0
        var rowHasValue = false
        var rowStart = 0
        var fieldsWritten = 0
        var headerWidth: Int?
        var cell: Cell?
        var inValue = false
        var inInlineString = false
        var inInlineText = false
        do {
            while let event = try scanner.next() {
                switch event {
                case .start(let name, let attributes, let selfClosing):
                    if !inSheetData {
                        if scanner.name(name, is: "sheetData") { inSheetData = !selfClosing }
                        continue
                    }
                    if scanner.name(name, is: "c") {
                        var next = Cell()
                        next.column = fieldsWritten
                        if let reference = scanner.attribute("r", in: attributes),
                            let column = Self.columnIndex(of: reference, in: bytes)
                        {
                            next.column = column
                        }
                        guard next.column < Self.columnLimit else {
                            throw Failure(reason: "a cell lies beyond column XFD, the last a sheet can have")
                        }
                        if let type = scanner.attribute("t", in: attributes) {
                            next.type = Self.cellType(type, scanner: scanner)
                        }
                        if let style = scanner.attribute("s", in: attributes) {
                            next.style = Self.integer(style, in: bytes) ?? 0
                        }
                        if selfClosing {
                            continue  // A styled empty cell: the gap is filled when the next value comes.
                        }
                        cell = next
                    } else if scanner.name(name, is: "row") {
                        let number = scanner.attribute("r", in: attributes).flatMap { Self.integer($0, in: bytes) }
                        rowNumber = number ?? rowNumber + 1
                        rowHasValue = false
                        rowStart = output.count
                        fieldsWritten = 0
                    } else if cell != nil, scanner.name(name, is: "v") {
                        inValue = !selfClosing
                    } else if cell != nil, scanner.name(name, is: "is") {
                        inInlineString = !selfClosing
                    } else if inInlineString, scanner.name(name, is: "t") {
                        inInlineText = !selfClosing
                    } else if inInlineString, scanner.name(name, is: "rPh") {
                        if !selfClosing { try scanner.skipElement() }
                    }
                case .end(let name):
                    if scanner.name(name, is: "c") {
                        guard let finished = cell else { continue }
                        cell = nil
                        let text = try value(of: finished, bytes: bytes, scanner: scanner)
                        guard !text.isEmpty else { continue }
                        if !rowHasValue {
                            rowHasValue = true
                            origin.recordStarts.append(output.count)
                            origin.recordRows.append(Int32(clamping: rowNumber))
                        }
                        let column = max(finished.column, fieldsWritten)
                        let commas = column - fieldsWritten + (fieldsWritten > 0 ? 1 : 0)
                        if commas > 0 { output.append(contentsOf: repeatElement(UInt8(ascii: ","), count: commas)) }
                        Self.appendField(text, to: &output)
                        fieldsWritten = column + 1
                    } else if scanner.name(name, is: "row") {
                        guard rowHasValue else {
                            output.removeSubrange(rowStart...)
                            continue
                        }
                        if let width = headerWidth {
                            if fieldsWritten < width {
                                output.append(contentsOf: repeatElement(UInt8(ascii: ","), count: width - fieldsWritten))
                            }
                        } else {
                            headerWidth = fieldsWritten
                        }
                        output.append(10)
                    } else if scanner.name(name, is: "v") {
                        inValue = false
                    } else if scanner.name(name, is: "is") {
                        inInlineString = false
                    } else if scanner.name(name, is: "t") {
                        inInlineText = false
                    } else if scanner.name(name, is: "sheetData") {
                        inSheetData = false
                    }
                case .text(let range, let isCDATA):
                    if inValue {
                        cell?.value = range
                        cell?.valueIsCDATA = isCDATA
                    } else if inInlineText {
                        cell?.inline += isCDATA
                            ? String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                            : scanner.decoded(range)
                    }
                }
            }
        } catch let malformed as XMLScanner.Malformed {
            throw Failure(reason: "its XML is broken at byte \(malformed.offset): \(malformed.reason)")
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(reason: "\(error)")
        }
        return output
    }

    /// The text a CSV would hold for the cell.
    private func value(of cell: Cell, bytes: UnsafeBufferPointer<UInt8>, scanner: XMLScanner) throws(Failure) -> String {
        if cell.type == .inlineString { return OOXMLText.unescaped(cell.inline) }
        guard let range = cell.value else { return "" }
        switch cell.type {
        case .sharedString:
            guard let index = Self.integer(range, in: bytes), index >= 0, index < sharedStrings.count else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                throw Failure(
                    reason: "a cell refers to shared string \(text), but the workbook holds \(sharedStrings.count)")
            }
            return sharedStrings[index]
        case .formulaString, .error:
            let text = cell.valueIsCDATA
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) : scanner.decoded(range)
            return OOXMLText.unescaped(text)
        case .boolean:
            let text = scanner.decoded(range).trimmingCharacters(in: .whitespaces)
            return text == "1" || text.lowercased() == "true" ? "TRUE" : "FALSE"
        case .isoDate:
            let text = scanner.decoded(range)
            if text.hasSuffix("T00:00:00") || text.hasSuffix("T00:00:00Z") {
                return String(text.prefix(while: { $0 != "T" }))
            }
            return text
        case .number, .inlineString:
            let text = scanner.decoded(range).trimmingCharacters(in: .whitespaces)
            if let kind = styles.kind(ofStyle: cell.style), let serial = Double(text),
                let iso = ExcelDates.isoText(serial: serial, kind: kind, uses1904: uses1904)
            {
                return iso
            }
            return Self.displayedNumber(text)
        }
    }

    /// The number as Excel shows it in a General cell: at most 15 significant digits
    /// (`0.30000000000000004` is `0.3`); shorter texts are kept as written.
    static func displayedNumber(_ text: String) -> String {
        let digits = text.utf8.filter { $0 >= 48 && $0 <= 57 }.count
        guard digits > 15, let value = Double(text), value.isFinite else { return text }
        var shown = String(format: "%.15g", value)
        if shown.contains("."), !shown.contains("e") {
            while shown.hasSuffix("0") { shown.removeLast() }
            if shown.hasSuffix(".") { shown.removeLast() }
        }
        return shown
    }

    /// Columns a sheet can have (A to XFD); a reference beyond it is a damaged sheet, not data to pad to.
    static let columnLimit = 16_384

    // MARK: - Bytes

    private static func cellType(_ range: Range<Int>, scanner: XMLScanner) -> CellType {
        if scanner.name(range, is: "s") { return .sharedString }
        if scanner.name(range, is: "inlineStr") { return .inlineString }
        if scanner.name(range, is: "str") { return .formulaString }
        if scanner.name(range, is: "b") { return .boolean }
        if scanner.name(range, is: "e") { return .error }
        if scanner.name(range, is: "d") { return .isoDate }
        return .number
    }

    /// The 0-based column of a cell reference such as `C7` or `AB12` (`$` signs ignored).
    private static func columnIndex(of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var sawLetter = false
        for offset in range {
            let byte = bytes[offset] | 0x20
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") {
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                sawLetter = true
                if column > 1 << 20 { return nil }
            } else if bytes[offset] != UInt8(ascii: "$") {
                break
            }
        }
        return sawLetter ? column - 1 : nil
    }

    /// A non-negative decimal integer spelled by the bytes in `range`.
    private static func integer(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for offset in range {
            let byte = bytes[offset]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }

    /// Appends `text` as one CSV field, quoted when it holds a delimiter, quote or line break.
    private static func appendField(_ text: String, to output: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 || $0 == 59 || $0 == 9 }
        guard needsQuotes else {
            output.append(contentsOf: utf8)
            return
        }
        output.append(34)
        for byte in utf8 {
            output.append(byte)
            if byte == 34 { output.append(34) }
        }
        output.append(34)
    }
}
