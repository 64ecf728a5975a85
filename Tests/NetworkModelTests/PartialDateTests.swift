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
}
