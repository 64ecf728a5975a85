// libFuzzer entry for the workbook reader's XML: the same arbitrary bytes read as a sheet part (with a few
// shared strings and a date style), as the shared-string table, as the styles and as the workbook part, and
// the sheet's CSV text then tokenized and located as the table readers would. Nothing may trap; every
// location must name a row and column of at least 1. Compiled into the NetworkIO module by scripts/fuzz.sh.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbookXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    _ = try? SharedStrings.read(input)
    let styles = (try? WorkbookStyles.read(input)) ?? WorkbookStyles()
    _ = try? WorkbookManifest.read(workbook: input, relationships: input)
    for uses1904 in [false, true] {
        let reader = SheetReader(sharedStrings: ["a", "b", "_x000D_"], styles: styles, uses1904: uses1904)
        var origin = SheetOrigin(workbook: "fuzz.xlsx", sheet: "Sheet1")
        guard let text = try? reader.read(input, origin: &origin) else { continue }
        precondition(origin.recordStarts.count == origin.recordRows.count, "records and rows out of step")
        let source = CSVSource(sheetText: text, origin: origin)
        var tokenizer = source.tokenizer()
        var fields: [CSVField] = []
        while tokenizer.nextRecord(into: &fields) != nil {
            for field in fields {
                _ = source.string(field)
                let location = source.location(of: field.origin)
                precondition(location.line >= 0 && location.column >= 1, "location before the start")
            }
        }
    }
    return 0
}
