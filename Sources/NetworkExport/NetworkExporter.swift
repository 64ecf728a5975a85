import Foundation
import NetworkIO

/// One file of an export: its name inside the output folder (for folder formats) and its bytes.
public struct ExportFile: Sendable, Equatable {
    public var name: String
    public var data: Data

    /// The bytes as UTF-8 text (every format but `xlsx` is text).
    public var text: String { String(decoding: data, as: UTF8.self) }

    public init(name: String, text: String) {
        self.name = name
        self.data = Data(text.utf8)
    }

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// An export that could not be assembled (the workbook's archive was refused by the zip library).
public struct ExportFailure: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// Writes an ``ExportDocument`` in any ``ExportFormat``.
public enum NetworkExporter {
    /// The files of the export: one for single-file formats, two (nodes and ties) for `csv` and `kumu`.
    /// CSV cells that a spreadsheet would read as formulas get a `'` in front unless `rawCSV`.
    /// - Complexity: O(n·c + m·d) for n nodes with c columns and m ties with d columns.
    /// - Throws: ``ExportFailure`` only when the `xlsx` workbook's archive cannot be assembled.
    public static func files(
        _ document: ExportDocument, as format: ExportFormat, rawCSV: Bool = false
    ) throws(ExportFailure) -> [ExportFile] {
        switch format {
        case .graphml: return [ExportFile(name: "network.graphml", text: GraphMLWriter.write(document))]
        case .gexf: return [ExportFile(name: "network.gexf", text: GEXFWriter.write(document))]
        case .json: return [ExportFile(name: "network.json", text: NodeLinkJSONWriter.write(document))]
        case .dot: return [ExportFile(name: "network.dot", text: DOTExportWriter.write(document))]
        case .csv:
            return [
                ExportFile(name: "nodes.csv", text: TableExportWriter.liaisonNodes(document, rawCSV: rawCSV)),
                ExportFile(name: "edges.csv", text: TableExportWriter.liaisonTies(document, rawCSV: rawCSV)),
            ]
        case .kumu:
            return [
                ExportFile(name: "elements.csv", text: TableExportWriter.kumuElements(document, rawCSV: rawCSV)),
                ExportFile(name: "connections.csv", text: TableExportWriter.kumuConnections(document, rawCSV: rawCSV)),
            ]
        case .xlsx:
            do {
                return [ExportFile(name: "network.xlsx", data: try WorkbookExportWriter.kumuWorkbook(document, rawCSV: rawCSV))]
            } catch {
                throw ExportFailure(description: error.description)
            }
        }
    }
}
