import Foundation
import ZIPFoundation

/// Writes an Excel workbook (`.xlsx`): one sheet per table, each cell an inline string or a number.
/// No cell is ever a formula: text is stored as text whatever it starts with (`=`, `+`, `-`, `@`), so a
/// value from the data cannot run as a formula when the workbook is opened. The archive is built in
/// memory with ZIPFoundation, with a fixed timestamp, so the same tables give the same bytes.
public enum XLSXWriter {
    /// One cell: text, or a number written as its decimal text (`3`, `0.25`, `1e-07`).
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(String)
    }

    /// A sheet: its tab name (at most 31 characters, none of `[]:*?/\`) and its rows, the header first.
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[Cell]]

        public init(name: String, rows: [[Cell]]) {
            self.name = name
            self.rows = rows
        }
    }

    /// The workbook could not be assembled (the zip library refused an entry).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The bytes of a workbook holding `sheets` in order.
    public static func data(_ sheets: [Sheet]) throws(Failure) -> Data {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.rows)))
        }
        do {
            let archive = try Archive(accessMode: .create)
            // 1 January 2000: a fixed time, so the bytes depend on the tables only.
            let stamp = Date(timeIntervalSince1970: 946_684_800)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: stamp,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<min(Int(position) + size, bytes.count))
                }
            }
            guard let data = archive.data else { throw Failure(description: "the archive holds no data") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "the workbook could not be assembled: \(error)")
        }
    }

    // MARK: - Parts

    private static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static func contentTypes(sheetCount: Int) -> String {
        var text = header
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for index in stride(from: 1, through: sheetCount, by: 1) {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return text + "</Types>"
    }

    private static let rootRelationships = header
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    private static func workbook(_ names: [String]) -> String {
        var text = header + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        for (index, name) in names.enumerated() {
            text += "<sheet name=\"\(OOXMLText.escaped(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        return text + "</sheets></workbook>"
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var text = header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheetCount {
            text += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationshipNamespace)/worksheet\" "
                + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return text + "</Relationships>"
    }

    /// The least a stylesheet must hold for Excel to open the workbook without repairing it.
    private static let styles = header
        + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"

    private static func worksheet(_ rows: [[Cell]]) -> String {
        var text = header + "<worksheet xmlns=\"\(mainNamespace)\"><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            let number = rowIndex + 1
            text += "<row r=\"\(number)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = SourceLocation.columnLetters(columnIndex + 1) + String(number)
                switch cell {
                case .number(let value):
                    text += "<c r=\"\(reference)\"><v>\(value)</v></c>"
                case .text(let value):
                    guard !value.isEmpty else { continue }
                    let space = value.first?.isWhitespace == true || value.last?.isWhitespace == true
                        || value.contains("\n") ? " xml:space=\"preserve\"" : ""
                    text += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t\(space)>\(OOXMLText.escaped(value))</t></is></c>"
                }
            }
            text += "</row>"
        }
        return text + "</sheetData></worksheet>"
    }
}
