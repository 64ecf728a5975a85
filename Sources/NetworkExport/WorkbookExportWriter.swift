import Foundation
import NetworkIO

/// The Kumu workbook (`liaison export --to xlsx`): sheets `Elements` and `Connections` holding the same
/// tables as the Kumu CSV form, as Kumu's spreadsheet import expects them, and as Liaison reads back.
enum WorkbookExportWriter {
    static func kumuWorkbook(_ document: ExportDocument, rawCSV: Bool = false) throws(XLSXWriter.Failure) -> Data {
        try XLSXWriter.data([
            TableExportWriter.kumuElementTable(document).sheet(named: "Elements", raw: rawCSV),
            TableExportWriter.kumuConnectionTable(document).sheet(named: "Connections", raw: rawCSV),
        ])
    }
}
