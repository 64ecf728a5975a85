import Foundation
import NetworkIO
import Testing

/// Cells that a writer neutralised for spreadsheets (`'=…`) read back as the value, so Liaison's CSV
/// exports load as the network they came from; other leading quotes stay.
@Suite struct SpreadsheetQuoteReadingTests {
    @Test func neutralisedCellsReadBackAsTheirValues() throws {
        let text = "source,target,weight,note\n'=cmd,\"'@SUM(1)\",1,'+x\n''=two,'-0.5,2,'-0.5\n'plain,b,3,''\n"
        let path = try Fixtures.temporaryFile(Array(text.utf8))
        let network = try NetworkLoader.load(path: path).network
        let ids = Set(network.nodes.map(\.id))
        #expect(ids == ["=cmd", "@SUM(1)", "'=two", "'-0.5", "'plain", "b"])
        #expect(network.ties.map { $0.attributes["note"] ?? "" } == ["+x", "'-0.5", "''"])
    }
}
