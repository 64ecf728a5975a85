/// A calendar date known to the year, the month or the day, as ISO 8601 writes
/// it: `2017`, `2017-03`, `2017-03-24`.
///
/// Comparison orders by year, then month, then day, with an unknown month or
/// day before any known one (`2017` < `2017-01` < `2017-01-01`).
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Packed into four bytes (a million dated ties spend 8 MB, not 50, on their dates); 0 = not known.
    private let storedYear: UInt16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    /// The date in four bytes: the year in the high half, then the month and the day (0 when unknown).
    /// Never 0, since the year is at least 1, so 0 can stand for no date.
    var packed: UInt32 { UInt32(storedYear) << 16 | UInt32(storedMonth) << 8 | UInt32(storedDay) }

    /// The date ``packed`` gave, or nil for 0.
    init?(packed: UInt32) {
        guard packed != 0 else { return nil }
        storedYear = UInt16(truncatingIfNeeded: packed >> 16)
        storedMonth = UInt8(truncatingIfNeeded: packed >> 8)
        storedDay = UInt8(truncatingIfNeeded: packed)
    }

    /// Why a date text is not a date.
    public enum ParseFailure: Error, Equatable, Sendable {
        /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        case malformed
        /// Of the right form but not a day of the calendar (month 13, 31 April, 29 February 2019).
        case impossible
    }

    /// Creates a date after checking it exists in the proleptic Gregorian calendar.
    public init(year: Int, month: Int? = nil, day: Int? = nil) throws(ParseFailure) {
        guard (1...9999).contains(year) else { throw .impossible }
        if let month {
            guard (1...12).contains(month) else { throw .impossible }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { throw .impossible }
            }
        } else if day != nil {
            throw .malformed
        }
        self.storedYear = UInt16(year)
        self.storedMonth = UInt8(month ?? 0)
        self.storedDay = UInt8(day ?? 0)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (surrounding spaces ignored).
    public init(iso text: String) throws(ParseFailure) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { throw .malformed }
        var numbers: [Int] = []
        for (index, part) in parts.enumerated() {
            guard part.utf8.count == widths[index], part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
                let value = Int(part)
            else { throw .malformed }
            numbers.append(value)
        }
        try self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// The ISO 8601 text, at the precision the date was given.
    public var description: String {
        var text = String(year)
        while text.count < 4 { text = "0" + text }
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        if lhs.storedYear != rhs.storedYear { return lhs.storedYear < rhs.storedYear }
        if lhs.storedMonth != rhs.storedMonth { return lhs.storedMonth < rhs.storedMonth }
        return lhs.storedDay < rhs.storedDay
    }

    /// Days since 0001-01-01 in the proleptic Gregorian calendar, taking an unknown month or day as the first.
    /// Differences of day numbers are intervals in days (`2016-03-01` minus `2016-02-01` is 29).
    public var dayNumber: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<(month ?? 1) { days += Self.daysIn(month: m, year: year) }
        return days + (day ?? 1) - 1
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
