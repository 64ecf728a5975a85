@testable import NetworkIO
import Testing

/// Excel serial dates in both date systems, the 1900 leap-year bug, and which number formats are dates.
@Suite struct ExcelDatesTests {
    @Test(arguments: [
        (1.0, "1900-01-01"), (59, "1900-02-28"), (60, "1900-02-29"), (61, "1900-03-01"), (42_818, "2017-03-24"),
        (43_466, "2019-01-01"), (2_958_465, "9999-12-31"), (42_818.75, "2017-03-24"),
    ] as [(Double, String)])
    func serialsOf1900(serial: Double, iso: String) {
        #expect(ExcelDates.isoText(serial: serial, kind: .date(showsTime: false), uses1904: false) == iso)
    }

    @Test func serialsOf1904() {
        #expect(ExcelDates.isoText(serial: 0, kind: .date(showsTime: false), uses1904: true) == "1904-01-01")
        #expect(ExcelDates.isoText(serial: 41_000, kind: .date(showsTime: false), uses1904: true) == "2016-04-02")
        #expect(ExcelDates.isoText(serial: 41_000, kind: .date(showsTime: false), uses1904: false) == "2012-04-01")
    }

    @Test func timesAndOutOfRange() {
        #expect(ExcelDates.isoText(serial: 42_818.75, kind: .date(showsTime: true), uses1904: false) == "2017-03-24T18:00:00")
        #expect(ExcelDates.isoText(serial: 0.5, kind: .time, uses1904: false) == "12:00:00")
        #expect(ExcelDates.isoText(serial: -1, kind: .date(showsTime: false), uses1904: false) == nil)
        #expect(ExcelDates.isoText(serial: .infinity, kind: .date(showsTime: false), uses1904: false) == nil)
        #expect(ExcelDates.isoText(serial: 3_000_000, kind: .date(showsTime: false), uses1904: false) == nil)
    }

    @Test func builtInFormats() {
        for id in [14, 15, 16, 17] { #expect(ExcelDates.builtInKind(id) == .date(showsTime: false), "\(id)") }
        #expect(ExcelDates.builtInKind(22) == .date(showsTime: true))
        for id in [18, 19, 20, 21, 45, 46, 47] { #expect(ExcelDates.builtInKind(id) == .time, "\(id)") }
        for id in [0, 1, 2, 9, 10, 11, 49] { #expect(ExcelDates.builtInKind(id) == nil, "\(id)") }
    }

    @Test(arguments: [
        ("yyyy-mm-dd", ExcelDates.FormatKind?.some(.date(showsTime: false))), ("yyyy\\-mm\\-dd", .date(showsTime: false)),
        ("d-mmm-yy", .date(showsTime: false)), ("[$-409]mmmm d, yyyy;@", .date(showsTime: false)),
        ("mm/dd/yyyy hh:mm", .date(showsTime: true)), ("mmm-yy", .date(showsTime: false)), ("h:mm AM/PM", .time),
        ("[h]:mm:ss", .time), ("mm:ss", .time), ("General", nil), ("0.00", nil), ("#,##0", nil), ("[Red]0.00", nil),
        ("0.00E+00", nil), ("\"day\" 0", nil), ("@", nil),
    ] as [(String, ExcelDates.FormatKind?)])
    func customFormats(code: String, kind: ExcelDates.FormatKind?) {
        #expect(ExcelDates.customKind(code) == kind, "\(code)")
    }
}
