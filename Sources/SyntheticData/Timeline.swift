import NetworkModel

/// The calendar of a generated network: every day from 1 January of the first
/// year to 31 December of the last, addressed by a day number from 0, with the
/// survey wave each day belongs to.
///
/// Waves: with three or more years the first wave spans the first two years
/// (`2016-17`) and every later year is a wave of its own (`2018`, `2019`), as a
/// network that is surveyed once at launch and then yearly; with fewer years
/// each year is a wave.
struct Timeline: Sendable {
    let firstYear: Int
    let lastYear: Int
    private let dayDates: [PartialDate]
    private let monthDates: [PartialDate]
    private let monthOfDay: [Int32]
    private let waveOfYear: [String]

    /// Why a timeline cannot be built.
    struct InvalidYears: Error {}

    init(firstYear: Int, lastYear: Int) throws(InvalidYears) {
        guard firstYear >= 1, lastYear <= 9999, firstYear <= lastYear else { throw InvalidYears() }
        self.firstYear = firstYear
        self.lastYear = lastYear
        var days: [PartialDate] = []
        var months: [PartialDate] = []
        var monthIndex: [Int32] = []
        for year in firstYear...lastYear {
            for month in 1...12 {
                do {
                    months.append(try PartialDate(year: year, month: month))
                    for day in 1...Self.daysIn(month: month, year: year) {
                        days.append(try PartialDate(year: year, month: month, day: day))
                        monthIndex.append(Int32(months.count - 1))
                    }
                } catch {
                    throw InvalidYears()
                }
            }
        }
        dayDates = days
        monthDates = months
        monthOfDay = monthIndex
        let splitFirstWave = lastYear - firstYear >= 2
        waveOfYear = (firstYear...lastYear).map { year in
            guard splitFirstWave, year <= firstYear + 1 else { return String(year) }
            let next = String(firstYear + 1)
            return "\(firstYear)-\(next.suffix(2))"
        }
    }

    /// Number of days; valid day numbers are `0..<dayCount`.
    var dayCount: Int { dayDates.count }
    /// The last valid day number.
    var lastDay: Int { dayDates.count - 1 }

    /// The day number clamped into the timeline.
    func clamp(_ day: Int) -> Int { min(max(day, 0), lastDay) }

    /// The date of a day, to the day.
    func date(_ day: Int) -> PartialDate { dayDates[clamp(day)] }

    /// The date of a day, to the month.
    func monthDate(_ day: Int) -> PartialDate { monthDates[Int(monthOfDay[clamp(day)])] }

    /// The calendar year of a day.
    func year(_ day: Int) -> Int { dayDates[clamp(day)].year }

    /// The survey wave of a day.
    func wave(_ day: Int) -> String { waveOfYear[year(day) - firstYear] }

    /// The wave labels in order, each with its first and last date.
    var waves: [(label: String, first: PartialDate, last: PartialDate)] {
        var result: [(label: String, first: PartialDate, last: PartialDate)] = []
        for (day, date) in dayDates.enumerated() {
            let label = wave(day)
            if let last = result.last, last.label == label {
                result[result.count - 1].last = date
            } else {
                result.append((label, date, date))
            }
        }
        return result
    }

    /// The first day of the given year of the timeline (offset 0 = first year), clamped.
    func firstDay(ofYearOffset offset: Int) -> Int {
        var day = 0
        for year in firstYear..<min(firstYear + max(offset, 0), lastYear + 1) {
            day += Self.isLeap(year) ? 366 : 365
        }
        return clamp(day)
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
