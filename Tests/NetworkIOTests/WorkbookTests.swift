import Foundation
import NetworkIO
import NetworkModel
import Testing

/// `.xlsx` workbooks read through the same readers as CSV: the fixtures are made by
/// scripts/fixtures/workbooks.py (openpyxl, and raw XML for what openpyxl never writes) and
/// scripts/fixtures/libreoffice_workbook.sh (LibreOffice Calc).
@Suite struct WorkbookTests {
    @Test func kumuWorkbookLoadsElementsAndConnections() throws {
        let result = try Fixtures.load("workbooks/kumu.xlsx")
        let network = result.network
        #expect(network.nodeCount == 4)
        #expect(network.tieCount == 4, "Cleo Fund → Ana Ruiz|Delta Network is two ties")
        let ana = try #require(network.node(id: "Ana Ruiz"))
        #expect(ana.kind == NodeKind(rawValue: "Person"))
        #expect(ana.attributes["Tags"] == "mentor|founder")
        #expect(ana.attributes["Description"] == "Coordinator, north hub")
        #expect(ana.attributes["Joined"] == "2017-03-24", "built-in date format 14")
        #expect(ana.attributes["Staff"] == "3")
        #expect(network.node(id: "Cleo Fund")?.attributes["Description"] == "A \"quoted\" funder")
        // Kumu's words are read through the vocabulary: Grant → funds, Member of → member_of.
        let grant = try #require(network.ties.first { $0.kind == .funds })
        #expect(grant.weight == 2.5)
        #expect(grant.direction == .directed)
        #expect(grant.start == (try PartialDate(iso: "2017-06-15")), "custom yyyy-mm-dd format")
        #expect(grant.attributes["Tags"] == "funding|2017")
        #expect(grant.attributes["Active"] == "TRUE")
        let member = try #require(network.ties.first { $0.kind == .memberOf })
        #expect(member.attributes["Active"] == "FALSE")
        #expect(member.weight == 1)
        let names = result.files.map { $0.replacingOccurrences(of: Fixtures.folder + "/", with: "") }
        #expect(names == ["workbooks/kumu.xlsx[Elements]", "workbooks/kumu.xlsx[Connections]"])
    }

    @Test func gapsInRowsAndColumnsAreEmptyFields() throws {
        let network = try Fixtures.load("workbooks/gaps.xlsx").network
        #expect(network.tieCount == 4)
        let weights = network.ties.map(\.weight)
        #expect(weights == [1, 2, 0.3, 1], "an empty weight is 1; 0.30000000000000004 shows as 0.3")
        #expect(network.ties[0].attributes["note"] == "no weight, so 1")
        #expect(network.ties[2].attributes["note"] == "line one\nline two")
    }

    @Test func handmadeWorkbookCoversWhatOpenpyxlNeverWrites() throws {
        let network = try Fixtures.load("workbooks/handmade.xlsx").network
        #expect(Set(network.nodes.map(\.id)) == ["Zoë", "Yann", "Ma<x>"], "character references, CDATA, entities")
        #expect(network.tieCount == 3)
        let first = network.ties[0]
        #expect(network.nodes[Int(first.source)].id == "Zoë", "the phonetic run is not part of the value")
        #expect(first.start == (try PartialDate(iso: "2016-04-02")), "serial 41000 in the 1904 date system")
        #expect(first.attributes["flag"] == "TRUE")
        #expect(first.attributes["note"] == "line\rbreak", "_x000D_ is a carriage return")
        let second = network.ties[1]
        #expect(network.nodes[Int(second.source)].id == "Yann", "a formula's cached string")
        #expect(second.start == (try PartialDate(iso: "1904-01-01")))
        #expect(second.kind == TieKind(rawValue: "advises"))
        #expect(second.attributes["note"] == "#N/A")
        let third = network.ties[2]
        #expect(network.nodes[Int(third.source)].id == "Ma<x>", "a row and cells without r attributes")
        #expect(network.nodes[Int(third.target)].id == "Zoë")
    }

    @Test func problemsNameTheWorkbookSheetRowAndColumn() {
        let problems = Fixtures.problems("workbooks/bad-values.xlsx")
        #expect(problems == [
            "workbooks/bad-values.xlsx[Edges]:3:C: error: weight \"heavy\" is not a number (fix: use a number such as 1 or 0.5, or leave it empty for 1)",
            "workbooks/bad-values.xlsx[Edges]:4:A: warning: tie from \"a\" to \"b\" of kind tie repeats the one on row 2 (fix: delete the repeated row, or tell the ties apart by kind or wave)",
        ])
    }

    @Test func sheetsChosenByName() throws {
        var options = ImportOptions()
        options.nodesSheet = "members"
        options.edgesSheet = "Who works with whom"
        let result = try Fixtures.load("workbooks/explicit-sheets.xlsx", options: options)
        #expect(result.network.nodeCount == 3)
        #expect(result.network.tieCount == 3)
        #expect(result.network.node(id: "p1")?.attributes["team"] == "north")
    }

    @Test func sheetsThatCannotBeFound() {
        #expect(Fixtures.problems("workbooks/explicit-sheets.xlsx") == [
            "error: workbooks/explicit-sheets.xlsx has no sheet of ties among its sheets \"Notes\", \"Members\", \"Who works with whom\" (fix: name the ties sheet Connections, Edges or Ties, or choose it with --edges-sheet NAME)"
        ])
        var options = ImportOptions()
        options.edgesSheet = "Ties"
        #expect(Fixtures.problems("workbooks/kumu.xlsx", options: options) == [
            "error: workbooks/kumu.xlsx has no sheet named \"Ties\" (fix: give --edges-sheet one of its sheets: \"Elements\", \"Connections\")"
        ])
        options = ImportOptions()
        options.nodesSheet = "Members"
        #expect(Fixtures.problems("canonical", options: options) == [
            "error: --nodes-sheet Members names a sheet, but no workbook (.xlsx) was read (fix: give the workbook as PATH (or with --nodes/--edges), or leave --nodes-sheet out)"
        ])
    }

    @Test func workbookNamedAsTheTiesFile() throws {
        var options = ImportOptions()
        options.edgesPath = Fixtures.path("workbooks/kumu.xlsx")
        let result = try NetworkLoader.load(path: nil, options: options)
        #expect(result.network.nodeCount == 4, "nodes made from the Connections sheet's ids")
        #expect(result.network.tieCount == 4)
    }

    @Test func libreOfficeWorkbook() throws {
        let network = try Fixtures.load("workbooks/libreoffice.xlsx").network
        #expect(network.nodeCount == 4)
        #expect(network.tieCount == 4)
        let dated = network.ties.filter { $0.start != nil }
        #expect(dated.count == 3)
        #expect(network.ties[0].start == (try PartialDate(iso: "2017-03-24")), "LibreOffice's date cell")
        #expect(network.ties[1].weight == 2.5)
        #expect(network.ties[3].attributes["note"] == "semi;colon, comma")
    }

    @Test func malformedWorkbooksGetOneErrorEach() {
        let fix = "open it in Excel or LibreOffice and save it again as .xlsx (Excel Workbook), or save each sheet as CSV UTF-8"
        let expected: [(String, String)] = [
            ("truncated", "cannot read workbooks/truncated.xlsx: it is not a readable .xlsx workbook (its zip archive is damaged or incomplete) (fix: \(fix))"),
            ("no-workbook", "cannot read workbooks/no-workbook.xlsx: it is a zip archive but not an .xlsx workbook (it holds no xl/workbook.xml) (fix: unzip it and name the CSV files inside, or save the data from a spreadsheet as .xlsx or CSV UTF-8)"),
            ("missing-sheet", "cannot read workbooks/missing-sheet.xlsx: its sheet \"Links & ties\" is listed but its part xl/worksheets/data.xml is missing from the archive (fix: \(fix))"),
            ("bad-xml", "cannot read workbooks/bad-xml.xlsx: its sheet \"Links & ties\" (xl/worksheets/data.xml) cannot be read: its XML is broken at byte 57: the document ends inside an end tag (fix: \(fix))"),
            ("numbers", "cannot read workbooks/numbers.xlsx: it is an Apple Numbers document, not an Excel workbook (fix: in Numbers choose File > Export To > Excel (.xlsx) or CSV (UTF-8))"),
            ("endless-deflate", "cannot read workbooks/endless-deflate.xlsx: its part xl/worksheets/data.xml cannot be unpacked: it unpacks to more than its stated size (fix: \(fix))"),
            ("ods", "cannot read workbooks/ods.xlsx: it is an OpenDocument file (LibreOffice .ods), not an Excel workbook (fix: in LibreOffice choose File > Save As and save it as Excel 2007-365 (.xlsx) or as CSV (UTF-8))"),
        ]
        for (name, message) in expected {
            #expect(Fixtures.problems("workbooks/\(name).xlsx") == ["error: " + message], "\(name)")
        }
    }

    @Test func emptySheet() throws {
        let data = try XLSXWriter.data([XLSXWriter.Sheet(name: "Edges", rows: [])])
        let path = try Fixtures.temporaryFile(Array(data), name: "empty.xlsx")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let problems = Fixtures.problems(atPath: path)
        #expect(problems == [
            "\(path)[Edges]:1:A: error: the sheet is empty (fix: add a header row, e.g. From,To, and one row per tie)"
        ])
    }

    @Test func sheetLocationsSpellColumnsAsLetters() {
        #expect(SourceLocation.columnLetters(1) == "A")
        #expect(SourceLocation.columnLetters(26) == "Z")
        #expect(SourceLocation.columnLetters(27) == "AA")
        #expect(SourceLocation.columnLetters(703) == "AAA")
        #expect(SourceLocation(file: "k.xlsx", sheet: "Connections", row: 7, column: 3).description == "k.xlsx[Connections]:7:C")
        #expect(SourceLocation(file: "edges.csv", line: 7, column: 3).description == "edges.csv:7:3")
    }
}
