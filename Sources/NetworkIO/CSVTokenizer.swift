import OutputEscaping

/// One field of a CSV record, as byte offsets into the file's text: no
/// `String` is made until a value is kept.
struct CSVField {
    /// Offset of the field's first byte (its opening quote when quoted); where problems are reported.
    var origin: Int
    /// The value's bytes: inside the quotes when quoted, without surrounding spaces when not.
    var start: Int
    var end: Int
    var isQuoted: Bool
    /// Whether the value holds doubled quotes (`""`) that stand for one quote.
    var hasDoubledQuotes: Bool

    var isEmpty: Bool { start == end }
}

/// A problem in the CSV syntax itself, at a byte offset.
enum CSVSyntaxProblem {
    /// A quoted field runs to the end of the file; the offset is its opening quote.
    case unclosedQuote(at: Int)
    /// A quote inside an unquoted field.
    case strayQuote(at: Int)
    /// Text between a closing quote and the next delimiter.
    case textAfterClosingQuote(at: Int)
}

/// An RFC 4180 tokenizer: a state machine over the bytes of a UTF-8 text that
/// yields one record at a time. It accepts quoted fields with doubled quotes,
/// delimiters and line breaks inside quotes, `\n`, `\r\n` and lone `\r` line
/// ends, and spaces around fields (trimmed when unquoted, ignored around quotes).
/// Problems are collected in ``problems`` and the field is kept as best it can be.
///
/// - Complexity: O(n) in the number of bytes; each byte is looked at once.
struct CSVTokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    /// Offset of the next record.
    private(set) var position: Int
    /// Syntax problems found so far; the caller drains it.
    var problems: [CSVSyntaxProblem] = []

    private static let quote: UInt8 = 34
    private static let newline: UInt8 = 10
    private static let carriageReturn: UInt8 = 13

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, start: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.position = start
    }

    private func isPadding(_ byte: UInt8) -> Bool {
        byte == 32 || (byte == 9 && delimiter != 9)
    }

    /// Reads the next record into `fields` (cleared first). Returns the record's
    /// starting offset, or nil at the end of the text.
    mutating func nextRecord(into fields: inout [CSVField]) -> Int? {
        fields.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard position < count else { return nil }
        let recordStart = position
        var index = position
        while true {
            let origin = index
            while index < count, isPadding(bytes[index]) { index += 1 }
            if index < count, bytes[index] == Self.quote {
                index = readQuoted(opening: index, into: &fields)
            } else {
                index = readUnquoted(origin: origin, from: index, into: &fields)
            }
            if index >= count {
                position = count
                return recordStart
            }
            let byte = bytes[index]
            if byte == delimiter {
                index += 1
                continue
            }
            if byte == Self.carriageReturn, index + 1 < count, bytes[index + 1] == Self.newline { index += 1 }
            position = index + 1
            return recordStart
        }
    }

    /// Reads an unquoted field from `start`; returns the offset of the byte that ends it.
    private mutating func readUnquoted(origin: Int, from start: Int, into fields: inout [CSVField]) -> Int {
        let count = bytes.count
        var index = start
        var reportedQuote = false
        while index < count {
            let byte = bytes[index]
            if byte == delimiter || byte == Self.newline || byte == Self.carriageReturn { break }
            if byte == Self.quote, !reportedQuote {
                problems.append(.strayQuote(at: index))
                reportedQuote = true
            }
            index += 1
        }
        var end = index
        while end > start, isPadding(bytes[end - 1]) { end -= 1 }
        fields.append(CSVField(
            origin: origin, start: valueStart(start, end), end: end, isQuoted: false, hasDoubledQuotes: false))
        return index
    }

    /// Reads a quoted field whose opening quote is at `opening`; returns the offset of the byte that ends it.
    private mutating func readQuoted(opening: Int, into fields: inout [CSVField]) -> Int {
        let count = bytes.count
        let start = opening + 1
        var index = start
        var doubled = false
        while true {
            while index < count, bytes[index] != Self.quote { index += 1 }
            if index >= count {
                problems.append(.unclosedQuote(at: opening))
                fields.append(CSVField(
                    origin: opening, start: valueStart(start, count), end: count, isQuoted: true,
                    hasDoubledQuotes: doubled))
                return count
            }
            if index + 1 < count, bytes[index + 1] == Self.quote {
                doubled = true
                index += 2
                continue
            }
            break
        }
        let end = index
        index += 1
        while index < count, isPadding(bytes[index]) { index += 1 }
        if index < count {
            let byte = bytes[index]
            if byte != delimiter && byte != Self.newline && byte != Self.carriageReturn {
                problems.append(.textAfterClosingQuote(at: index))
                while index < count {
                    let next = bytes[index]
                    if next == delimiter || next == Self.newline || next == Self.carriageReturn { break }
                    index += 1
                }
            }
        }
        fields.append(CSVField(
            origin: opening, start: valueStart(start, end), end: end, isQuoted: true, hasDoubledQuotes: doubled))
        return index
    }

    /// Where the value of the field `start..<end` begins: one byte later when it is a cell that
    /// Liaison (or another OWASP-minded writer) neutralised for spreadsheets with a leading `'`
    /// (``SpreadsheetEscaping/isNeutralised(utf8:)``), so `'=SUM(A1)` reads back as `=SUM(A1)`.
    private func valueStart(_ start: Int, _ end: Int) -> Int {
        guard start < end, bytes[start] == UInt8(ascii: "'"),
            SpreadsheetEscaping.isNeutralised(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        else { return start }
        return start + 1
    }
}
