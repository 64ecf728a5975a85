import Foundation
import NetworkIO

/// The Kumu workbook (`liaison export --to xlsx`): sheets `Elements` and `Connections` holding the same
/// tables as the Kumu CSV form, as Kumu's spreadsheet import expects them, and as Liaison reads back.
enum WorkbookExportWriter {
    static func kumuWorkbook(_ document: ExportDocument) throws(XLSXWriter.Failure) -> Data {
        try XLSXWriter.data([
            TableExportWriter.kumuElementTable(document).sheet(named: "Elements"),
            TableExportWriter.kumuConnectionTable(document).sheet(named: "Connections"),
        ])
    }
}
