import NetworkModel
import Testing

@Suite struct PartialDateTests {
    @Test(arguments: ["2017", "2017-03", "2017-03-24", "2016-02-29"])
    func parsesAndPrintsIsoDates(text: String) throws {
        #expect(try PartialDate(iso: text).description == text)
    }

    @Test(arguments: ["17", "2017-3", "2017/03/24", "2017-03-24T10:00", "", "abcd", "2017--03"])
    func refusesMalformedDates(text: String) {
        #expect(throws: PartialDate.ParseFailure.malformed) { try PartialDate(iso: text) }
    }

    @Test(arguments: ["2017-13", "2017-00", "2017-04-31", "2019-02-29", "0000"])
    func refusesImpossibleDates(text: String) {
        #expect(throws: PartialDate.ParseFailure.impossible) { try PartialDate(iso: text) }
    }

    @Test func ordersByPrecision() throws {
        let dates = try ["2017-01-01", "2016", "2017", "2017-01"].map { try PartialDate(iso: $0) }
        #expect(dates.sorted().map(\.description) == ["2016", "2017", "2017-01", "2017-01-01"])
    }

    @Test func dayNumbersCountCalendarDays() throws {
        let day = { (text: String) throws -> Int in try PartialDate(iso: text).dayNumber }
        #expect(try day("0001-01-01") == 0)
        #expect(try day("2016-03-01") - day("2016-02-01") == 29)
        #expect(try day("2017-03-01") - day("2017-02-01") == 28)
        #expect(try day("2019-01-01") - day("2016-01-01") == 365 * 3 + 1)
        #expect(try day("2016-11") == day("2016-11-01"))
        #expect(try day("2016") == day("2016-01-01"))
        // 1 January 1970 is day 719162 of the proleptic Gregorian calendar counted from 1 January 1.
        #expect(try day("1970-01-01") == 719_162)
    }
}
