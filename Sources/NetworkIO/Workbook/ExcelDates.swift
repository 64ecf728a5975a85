/// Excel's serial dates: a number of days since the workbook's epoch, shown as a date (or time)
/// only by the cell's number format. A cell whose format is a date format is read as the ISO 8601
/// text a CSV saved from Excel would hold in that place, so the ties reader's date parsing applies.
///
/// The 1900 date system counts 1 as 1900-01-01 and, like Lotus 1-2-3, pretends 1900 was a leap
/// year: serial 60 is the nonexistent 1900-02-29, and every serial from 61 on is one day ahead of
/// a plain count. The 1904 date system (`<workbookPr date1904="1"/>`, old Mac workbooks) counts 0
/// as 1904-01-01.
enum ExcelDates {
    /// What a number format shows.
    enum FormatKind: Equatable {
        /// A calendar date (possibly with a time of day).
        case date(showsTime: Bool)
        /// A time of day or a duration only.
        case time
    }

    /// The kind of a built-in number format id: 14–17 and 22 are dates, 18–21 and 45–47 times,
    /// 27–36 and 50–58 the East Asian locales' dates; nil for the others.
    static func builtInKind(_ id: Int) -> FormatKind? {
        switch id {
        case 14...17, 27...36, 50...58: return .date(showsTime: false)
        case 22: return .date(showsTime: true)
        case 18...21, 45...47: return .time
        default: return nil
        }
    }

    /// The kind of a custom format code: a date when, outside quoted text, escapes and brackets,
    /// it uses `d` or `y` (or `m` with neither `h` nor `s`, a month); a time when it uses `h` or `s`
    /// (or an elapsed-time bracket such as `[h]`); nil for number and text formats.
    static func customKind(_ code: String) -> FormatKind? {
        var sawDate = false
        var sawMonthOrMinute = false
        var sawTime = false
        var inQuote = false
        var inBracket = false
        var escaped = false
        var bracket = ""
        // Only the first section (positive numbers) decides.
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if inQuote {
                if character == "\"" { inQuote = false }
                continue
            }
            if inBracket {
                if character == "]" {
                    inBracket = false
                    if ["h", "hh", "m", "mm", "s", "ss"].contains(bracket) { sawTime = true }
                } else {
                    bracket.append(character)
                }
                continue
            }
            switch character {
            case "\"": inQuote = true
            case "\\", "_", "*": escaped = true
            case "[":
                inBracket = true
                bracket = ""
            case ";": break
            case "d", "y": sawDate = true
            case "m": sawMonthOrMinute = true
            case "h", "s": sawTime = true
            default: continue
            }
            if character == ";" { break }
        }
        if sawDate || (sawMonthOrMinute && !sawTime) { return .date(showsTime: sawTime) }
        if sawTime { return .time }
        return nil
    }

    /// The serial `value` as ISO 8601 text: `YYYY-MM-DD` for dates (with `THH:MM:SS` when the format
    /// shows a time and the value has one), `HH:MM:SS` for times. Nil for values no date can stand for
    /// (negative, not finite, past the year 9999), which are then read as plain numbers.
    static func isoText(serial value: Double, kind: FormatKind, uses1904: Bool) -> String? {
        guard value.isFinite, value >= 0, value < 2_958_466 else { return nil }
        var days = Int(value.rounded(.down))
        var seconds = Int(((value - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let time = pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
        if kind == .time { return time }
        let date: String
        if uses1904 {
            date = civilText(daysSinceEpoch: days + daysFrom1970To1904)
        } else if days == 60 {
            date = "1900-02-29"
        } else if days == 0 {
            date = "1900-01-00"
        } else {
            // 1899-12-31 is serial 0 before the phantom leap day, 1899-12-30 after it.
            date = civilText(daysSinceEpoch: days + (days < 60 ? daysFrom1970To18991231 : daysFrom1970To18991230))
        }
        if kind == .date(showsTime: true), seconds > 0 { return date + "T" + time }
        return date
    }

    private static let daysFrom1970To1904 = -24_107
    private static let daysFrom1970To18991231 = -25_568
    private static let daysFrom1970To18991230 = -25_569

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// `YYYY-MM-DD` of the day `days` after 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
    static func civilText(daysSinceEpoch days: Int) -> String {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + pad(month) + "-" + pad(day)
    }
}
