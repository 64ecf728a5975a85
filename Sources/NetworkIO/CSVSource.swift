import Foundation

/// One CSV file, read whole and decoded to UTF-8, with its dialect (delimiter,
/// an Excel `sep=` line) detected. It hands out tokenizers over its bytes,
/// makes `String`s from fields, and turns byte offsets into source locations.
final class CSVSource {
    /// The path as the user named it; diagnostics use it.
    let path: String
    /// The UTF-8 text, after any byte-order mark; valid while this object lives.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where `bytes` live (a mapping of the file, or a heap copy of re-encoded text).
    private let file: FileBytes
    /// The field delimiter: comma, semicolon or tab.
    let delimiter: UInt8
    /// Offset of the first record (after an Excel `sep=` line).
    let bodyStart: Int
    /// Decisions worth telling the user (encoding, delimiter).
    private(set) var notes: [String] = []
    private var lineTable: LineTable?
    /// For text made from a workbook's sheet: the sheet rows, so locations name cells.
    private let origin: SheetOrigin?

    private init(path: String, file: FileBytes, skipping prefix: Int, notes: [String]) {
        self.path = path
        self.file = file
        self.origin = nil
        self.bytes = UnsafeBufferPointer(rebasing: file.bytes[prefix...])
        let dialect = Self.detectDialect(bytes)
        self.delimiter = dialect.delimiter
        self.bodyStart = dialect.bodyStart
        self.notes = notes
        if dialect.fromSepLine {
            self.notes.append("\(path): delimiter \(Self.name(of: dialect.delimiter)) taken from the sep= line")
        } else if dialect.delimiter != UInt8(ascii: ",") {
            self.notes.append("\(path): fields read as separated by \(Self.name(of: dialect.delimiter))")
        }
    }

    /// Lets the system drop the file's pages before `offset`, already read (see ``FileBytes``).
    func release(before offset: Int) {
        file.release(before: offset + (bytes.baseAddress.map { $0 - (file.bytes.baseAddress ?? $0) } ?? 0))
    }

    /// Lets the system drop all of the file's resident pages, after a full pass.
    func releaseAll() { file.releaseAll() }

    /// The CSV text ``SheetReader`` made from a sheet: comma-separated, already UTF-8, located by `origin`.
    /// Its ``path`` is `workbook.xlsx[Sheet]`.
    init(sheetText: [UInt8], origin: SheetOrigin) {
        let file = FileBytes(copying: sheetText)
        self.path = origin.displayName
        self.file = file
        self.origin = origin
        self.bytes = file.bytes
        self.delimiter = UInt8(ascii: ",")
        self.bodyStart = 0
    }

    /// Reads and decodes the file at `path`; reports why not and returns nil when it cannot be read.
    static func open(path: String, diagnostics: inout DiagnosticCollector) -> CSVSource? {
        diagnostics.register(file: path)
        var isFolder: ObjCBool = false
        guard path == "-" || FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            diagnostics.error(nil, "cannot read \(path): there is no such file", fix: "check the path and its spelling")
            return nil
        }
        guard !isFolder.boolValue else {
            diagnostics.error(nil, "cannot read \(path): it is a folder, not a CSV file", fix: "name the CSV file inside it")
            return nil
        }
        let file: FileBytes
        do {
            file = try FileBytes(mapping: path)
        } catch {
            diagnostics.error(nil, "cannot read \(path): \(error.description)", fix: "check the file's permissions, or that a program writes into the pipe")
            return nil
        }
        let start = SourceLocation(file: path, line: 1, column: 1)
        let emptyFix = "add a header row, e.g. source,target, and one row per tie"
        guard !file.bytes.isEmpty else {
            diagnostics.error(start, "the file is empty", fix: emptyFix)
            return nil
        }
        let decoded = TextDecoding.decode(file.bytes)
        if let failure = decoded.failure {
            diagnostics.error(start, failure, fix: "save the file as UTF-8 (in Excel: CSV UTF-8)")
            return nil
        }
        var notes: [String] = []
        let source: CSVSource
        switch decoded.encoding {
        case .utf8:
            source = CSVSource(path: path, file: file, skipping: decoded.prefixLength, notes: notes)
        case .utf16LittleEndian, .utf16BigEndian:
            let order = decoded.encoding == .utf16LittleEndian ? "little-endian" : "big-endian"
            notes.append("\(path): decoded from UTF-16 (\(order))")
            source = CSVSource(path: path, file: FileBytes(copying: decoded.bytes), skipping: 0, notes: notes)
        }
        guard source.hasContent else {
            diagnostics.error(start, "the file is empty", fix: emptyFix)
            return nil
        }
        source.reportEncodingProblems(into: &diagnostics)
        return source
    }

    /// Whether anything but blank space follows the byte-order mark and `sep=` line.
    private var hasContent: Bool {
        bytes[bodyStart...].contains { $0 != 32 && $0 != 9 && $0 != 10 && $0 != 13 }
    }

    private func reportEncodingProblems(into diagnostics: inout DiagnosticCollector) {
        let scan = TextDecoding.scan(bytes, limit: 1000)
        releaseAll()
        for offset in scan.invalidOffsets {
            let hex = String(bytes[offset], radix: 16, uppercase: true)
            diagnostics.error(
                location(of: offset), "byte 0x\(hex) is not valid UTF-8",
                fix: "save the file as UTF-8 (in Excel: CSV UTF-8), or correct the character")
        }
        if let first = scan.firstNul {
            let count = scan.nulCount == 1 ? "a NUL byte" : "\(scan.nulCount) NUL bytes, the first here"
            diagnostics.error(
                location(of: first), "the file holds \(count)",
                fix: "save it as UTF-8 text; NUL bytes come from UTF-16 without a byte-order mark or from binary files")
        }
    }

    /// The number of line breaks (`\n`, and `\r` not followed by `\n`) plus one: an upper bound on the
    /// number of records, for reserving room.
    var lineCountEstimate: Int {
        var lines = 1
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 10 || previous == 13 && byte != 10 { lines += 1 }
            previous = byte
        }
        if previous == 13 { lines += 1 }
        releaseAll()
        return lines
    }

    /// A tokenizer positioned at the first record.
    func tokenizer() -> CSVTokenizer {
        CSVTokenizer(bytes: bytes, delimiter: delimiter, start: bodyStart)
    }

    /// Where the byte at `offset` is.
    func location(of offset: Int) -> SourceLocation {
        if let origin { return origin.location(of: offset, in: bytes) }
        if lineTable == nil { lineTable = LineTable(bytes) }
        let position = lineTable?.position(of: offset, in: bytes) ?? (line: 1, column: 1)
        return SourceLocation(file: path, line: position.line, column: position.column)
    }

    /// What messages call a record's place: `line` in a text file, `row` in a sheet.
    var lineNoun: String { origin == nil ? "line" : "row" }

    /// The 1-based line of the byte at `offset` (in a sheet, its row).
    func line(of offset: Int) -> Int {
        if let origin { return origin.row(of: offset) }
        if lineTable == nil { lineTable = LineTable(bytes) }
        return lineTable?.line(of: offset) ?? 1
    }

    /// The field's value as a `String`, with doubled quotes made single.
    func string(_ field: CSVField) -> String {
        guard field.start < field.end else { return "" }
        if !field.hasDoubledQuotes {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
        }
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(field.end - field.start)
        var index = field.start
        while index < field.end {
            let byte = bytes[index]
            unescaped.append(byte)
            index += byte == 34 && index + 1 < field.end && bytes[index + 1] == 34 ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// Whether the field's bytes equal `text` ignoring ASCII case.
    func field(_ field: CSVField, equalsIgnoringCase text: String) -> Bool {
        let utf8 = text.utf8
        guard field.end - field.start == utf8.count else { return false }
        var index = field.start
        for expected in utf8 {
            if Self.lowercased(bytes[index]) != Self.lowercased(expected) { return false }
            index += 1
        }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// Reports the tokenizer's syntax problems with their locations.
    func report(_ problems: [CSVSyntaxProblem], into diagnostics: inout DiagnosticCollector) {
        for problem in problems {
            switch problem {
            case .unclosedQuote(let offset):
                diagnostics.error(
                    location(of: offset), "this quoted field is never closed, so it runs to the end of the file",
                    fix: "add the closing quote, and write each quote inside the field twice (\"\")")
            case .strayQuote(let offset):
                diagnostics.error(
                    location(of: offset), "a quote appears inside an unquoted field",
                    fix: "put the whole field in quotes and write the quote inside it twice (\"\")")
            case .textAfterClosingQuote(let offset):
                diagnostics.error(
                    location(of: offset), "text follows the closing quote of a quoted field",
                    fix: "write a quote inside a quoted field twice (\"\"), or move the text inside the quotes")
            }
        }
    }

    // MARK: - Dialect

    private static func name(of delimiter: UInt8) -> String {
        switch delimiter {
        case UInt8(ascii: ","): return "commas"
        case UInt8(ascii: ";"): return "semicolons"
        case 9: return "tabs"
        default: return "\"\(Character(Unicode.Scalar(delimiter)))\""
        }
    }

    /// The delimiter (from an Excel `sep=X` first line, or the most frequent of comma,
    /// semicolon and tab outside quotes on the first line; comma when none) and where records start.
    private static func detectDialect(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        delimiter: UInt8, bodyStart: Int, fromSepLine: Bool
    ) {
        let count = bytes.count
        if count >= 5, bytes[0] | 0x20 == UInt8(ascii: "s"), bytes[1] | 0x20 == UInt8(ascii: "e"),
            bytes[2] | 0x20 == UInt8(ascii: "p"), bytes[3] == UInt8(ascii: "="),
            bytes[4] != 10, bytes[4] != 13, count == 5 || bytes[5] == 10 || bytes[5] == 13
        {
            var bodyStart = 5
            if bodyStart < count, bytes[bodyStart] == 13 { bodyStart += 1 }
            if bodyStart < count, bytes[bodyStart] == 10 { bodyStart += 1 }
            return (bytes[4], bodyStart, true)
        }
        var commas = 0
        var semicolons = 0
        var tabs = 0
        var quoted = false
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == 34 {
                quoted.toggle()
            } else if !quoted {
                if byte == 10 || byte == 13 { break }
                if byte == UInt8(ascii: ",") { commas += 1 }
                if byte == UInt8(ascii: ";") { semicolons += 1 }
                if byte == 9 { tabs += 1 }
            }
            index += 1
        }
        if semicolons > commas, semicolons >= tabs { return (UInt8(ascii: ";"), 0, false) }
        if tabs > commas, tabs > semicolons { return (9, 0, false) }
        return (UInt8(ascii: ","), 0, false)
    }
}
