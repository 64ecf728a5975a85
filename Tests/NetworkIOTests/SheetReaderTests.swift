import Foundation
@testable import NetworkIO
import Testing

/// The sheet XML to CSV text step on its own: gaps, missing references, and the damage it refuses.
@Suite struct SheetReaderTests {
    func csv(_ xml: String, strings: [String] = []) throws -> (text: String, rows: [Int32]) {
        let reader = SheetReader(sharedStrings: strings, styles: WorkbookStyles(), uses1904: false)
        var origin = SheetOrigin(workbook: "w.xlsx", sheet: "S")
        let bytes = Array(xml.utf8)
        let text = try bytes.withUnsafeBufferPointer { buffer throws(SheetReader.Failure) in
            try reader.read(buffer, origin: &origin)
        }
        return (String(decoding: text, as: UTF8.self), origin.recordRows)
    }

    func failure(_ xml: String, strings: [String] = []) -> String? {
        do {
            _ = try csv(xml, strings: strings)
            return nil
        } catch {
            return (error as? SheetReader.Failure)?.reason
        }
    }

    @Test func gapsAndPaddingAndRowNumbers() throws {
        let sheet = """
            <worksheet><sheetData>
            <row r="2"><c r="B2" t="inlineStr"><is><t>id</t></is></c><c r="D2" t="inlineStr"><is><t>x</t></is></c></row>
            <row r="5"><c r="C5"><v>3</v></c></row>
            <row r="6"/>
            <row><c t="inlineStr"><is><t>a,b</t></is></c><c><v>1</v></c></row>
            </sheetData></worksheet>
            """
        let result = try csv(sheet)
        #expect(result.text == ",id,,x\n,,3,\n\"a,b\",1,,\n")
        #expect(result.rows == [2, 5, 7])
    }

    @Test func damageIsRefused() {
        #expect(failure("<worksheet><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>")
            == "a cell lies beyond column XFD, the last a sheet can have")
        #expect(failure("<worksheet><sheetData><row><c t=\"s\"><v>7</v></c></row></sheetData></worksheet>", strings: ["a"])
            == "a cell refers to shared string 7, but the workbook holds 1")
        #expect(failure("<worksheet><sheetData><row><c><v>1</v></c></row></sheetData><") != nil)
    }

    @Test func numbersAsExcelShowsThem() {
        #expect(SheetReader.displayedNumber("0.30000000000000004") == "0.3")
        #expect(SheetReader.displayedNumber("2.5") == "2.5")
        #expect(SheetReader.displayedNumber("12345678901234567890") == "1.23456789012346e+19")
        #expect(SheetReader.displayedNumber("100") == "100")
    }
}
