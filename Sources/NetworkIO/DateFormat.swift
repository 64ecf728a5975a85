import NetworkModel

/// A way of writing dates other than ISO 8601, such as Excel's `4/7/2022` (`M/d/yyyy`) or a European
/// `7.4.2022` (`d.M.yyyy`).
///
/// A pattern is made of the fields `yyyy` (four-digit year), `yy` (two-digit year: 00–69 are 2000–2069,
/// 70–99 are 1970–1999), `M` or `MM` (month, one or two digits), `d` or `dd` (day, one or two digits), and
/// the separators between them (`/`, `.`, `-`, space). A time of day after the date (`4/7/2022 0:00`, as
/// Excel writes a date-time) is ignored. ISO 8601 dates (`2017`, `2017-03`, `2017-03-24`) are read in
/// every column whatever the format.
public struct DateFormat: Sendable, Hashable, CustomStringConvertible {
    private enum Part: Hashable {
        case year(digits: Int)
        case month
        case day
        case separator(UInt8)
    }

    private let parts: [Part]
    /// The pattern as written, e.g. `M/d/yyyy`.
    public let pattern: String

    /// Reads a pattern; nil when it does not name exactly one year, one month and one day field.
    public init?(pattern: String) {
        var parts: [Part] = []
        let bytes = Array(pattern.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var run = 1
            while index + run < bytes.count, bytes[index + run] == byte { run += 1 }
            switch byte {
            case UInt8(ascii: "y"):
                guard run == 2 || run == 4 else { return nil }
                parts.append(.year(digits: run))
            case UInt8(ascii: "M"):
                guard run <= 2 else { return nil }
                parts.append(.month)
            case UInt8(ascii: "d"):
                guard run <= 2 else { return nil }
                parts.append(.day)
            case UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: " "):
                guard run == 1 else { return nil }
                parts.append(.separator(byte))
            default:
                return nil
            }
            index += run
        }
        let fields = parts.filter { if case .separator = $0 { return false } else { return true } }
        guard fields.count == 3,
            fields.contains(where: { if case .year = $0 { return true } else { return false } }),
            fields.contains(.month), fields.contains(.day)
        else { return nil }
        self.parts = parts
        self.pattern = pattern
    }

    public var description: String { pattern }

    /// The formats automatic detection tries, in this order.
    public static let candidates: [DateFormat] = [
        "M/d/yyyy", "d/M/yyyy", "yyyy/M/d", "d.M.yyyy", "M-d-yyyy", "d-M-yyyy", "M/d/yy", "d/M/yy", "d.M.yy",
    ].compactMap { DateFormat(pattern: $0) }

    /// The date `text` writes in this format: nil when the text is not of its shape; a failure when it is
    /// of the shape but not a day of the calendar.
    public func date(_ text: String) -> Result<PartialDate, PartialDate.ParseFailure>? {
        let bytes = Array(Self.droppingTimeOfDay(text.trimmingBlanks()).utf8)
        var index = 0
        var year = 0
        var month = 0
        var day = 0
        func number(maximumDigits: Int, exactly: Bool) -> Int? {
            var value = 0
            var count = 0
            while index < bytes.count, count < maximumDigits, bytes[index] >= 48, bytes[index] <= 57 {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                count += 1
            }
            guard count > 0, !exactly || count == maximumDigits else { return nil }
            return value
        }
        for part in parts {
            switch part {
            case .year(let digits):
                guard let value = number(maximumDigits: digits, exactly: true) else { return nil }
                year = digits == 2 ? (value < 70 ? 2000 + value : 1900 + value) : value
            case .month:
                guard let value = number(maximumDigits: 2, exactly: false) else { return nil }
                month = value
            case .day:
                guard let value = number(maximumDigits: 2, exactly: false) else { return nil }
                day = value
            case .separator(let byte):
                guard index < bytes.count, bytes[index] == byte else { return nil }
                index += 1
            }
        }
        guard index == bytes.count else { return nil }
        do {
            return .success(try PartialDate(year: year, month: month, day: day))
        } catch {
            return .failure(error)
        }
    }

    /// The text without a time of day after the date (`4/7/2022 13:05`, `4/7/2022 1:05 PM`).
    private static func droppingTimeOfDay(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return text }
        let rest = String(text[text.index(after: space)...]).trimmingBlanks().uppercased()
        let clock = rest.hasSuffix("AM") || rest.hasSuffix("PM") ? String(rest.dropLast(2)).trimmingBlanks() : rest
        let pieces = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(pieces.count),
            pieces.allSatisfy({ !$0.isEmpty && $0.count <= 2 + 7 && $0.allSatisfy { $0.isNumber || $0 == "." } })
        else { return text }
        return String(text[..<space])
    }

    /// What automatic detection decided for a column.
    public enum Detection: Equatable, Sendable {
        /// Every value is ISO 8601 (or the column is empty).
        case iso
        /// Every value that is not ISO 8601 fits this format, and no other candidate fits them all.
        case format(DateFormat)
        /// Several formats fit every value (`3/4/2021` is 3 April or 4 March): the user must choose.
        case ambiguous([DateFormat], example: String)
        /// No format fits every value: each value is read as ISO 8601 and the others are reported.
        case none
    }

    /// Finds the one candidate format that reads every value that is not ISO 8601.
    public static func detect<Values: Sequence<String>>(_ values: Values) -> Detection {
        var detector = Detector()
        for value in values where !detector.hasFailed { detector.add(value) }
        return detector.detection
    }

    /// Detection fed one value at a time, so a column can be judged while it is read.
    public struct Detector: Sendable {
        private var fitting = DateFormat.candidates
        private var example: String?
        /// Values read that were not ISO 8601.
        public private(set) var otherCount = 0

        public init() {}

        /// Whether no candidate fits the values seen so far.
        public var hasFailed: Bool { fitting.isEmpty }

        public mutating func add(_ value: String) {
            let text = value.trimmingBlanks()
            if text.isEmpty || (try? PartialDate(iso: text)) != nil { return }
            otherCount += 1
            if example == nil { example = text }
            fitting.removeAll { format in
                guard case .success = format.date(text) else { return true }
                return false
            }
        }

        public var detection: Detection {
            guard let example else { return .iso }
            if fitting.isEmpty { return .none }
            if fitting.count == 1, let only = fitting.first { return .format(only) }
            return .ambiguous(fitting, example: example)
        }
    }
}

extension DateFormat: ExpressibleByStringLiteral {
    /// A pattern known to be valid (for the built-in candidates); an invalid literal falls back to `yyyy-M-d`.
    public init(stringLiteral value: String) {
        self = DateFormat(pattern: value) ?? DateFormat(validPattern: "yyyy-M-d")
    }

    private init(validPattern: String) {
        self.parts = [.year(digits: 4), .separator(UInt8(ascii: "-")), .month, .separator(UInt8(ascii: "-")), .day]
        self.pattern = validPattern
    }
}
