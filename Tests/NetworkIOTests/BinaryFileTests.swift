import Foundation
import NetworkIO
import Testing

/// A file that is not CSV text gets one error saying what it looks like and how to get CSV from it,
/// judged from its leading bytes before any CSV parsing.
@Suite struct BinaryFileTests {
    static let utf16WithoutMark: [UInt8] = Array("source,target\na,b\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }

    @Test(arguments: [
        ("xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504),
         "it looks like an old Excel .xls workbook (or another Office 97-2003 file), not CSV text (fix: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8)"),
        ("pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj".utf8),
         "it looks like a PDF document, not CSV text (fix: export the table from the program that made the PDF as CSV UTF-8 or .xlsx)"),
        ("png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
         "it looks like a PNG image, not CSV text (fix: name the data file, not a picture of it)"),
        ("gz", [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0, 3, 0x4B, 0x4C],
         "it looks like a gzip-compressed file, not CSV text (fix: decompress it first (gunzip FILE) and name the CSV inside)"),
        ("csv", BinaryFileTests.utf16WithoutMark,
         "it looks like UTF-16 (little-endian) text without a byte-order mark, not CSV text (fix: save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8))"),
        ("xls", Array("<html><body><table><tr><td>source</td></tr></table></body></html>".utf8),
         "it looks like an HTML page (web tools often save these as Excel .xls files), not CSV text (fix: open it in a spreadsheet and save it as CSV UTF-8 or .xlsx, or export CSV from the tool that made it)"),
        ("xml", Array("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">".utf8),
         "it looks like an Excel 2003 XML spreadsheet, not CSV text (fix: open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8)"),
        ("bin", [UInt8](repeating: 1, count: 64) + Array("source,target".utf8),
         "it looks like a binary file, not CSV text (fix: save it as CSV UTF-8 (or as an .xlsx workbook) and name that file)"),
    ] as [(String, [UInt8], String)])
    func oneErrorNamesWhatTheFileLooksLike(extension name: String, bytes: [UInt8], message: String) throws {
        let path = try Fixtures.temporaryFile(bytes, name: "input.\(name)")
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        for options in [ImportOptions(), { var o = ImportOptions(); o.nodesPath = path; o.edgesPath = Fixtures.path("canonical/edges.csv"); return o }()] {
            let problems = Fixtures.problems(atPath: options.nodesPath == nil ? path : nil, options: options)
            #expect(problems == ["error: cannot read \(path): \(message)"])
        }
    }

    @Test func numbersPackageFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-\(UUID().uuidString).numbers")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Fixtures.problems(atPath: folder.path) == [
            "error: cannot read \(folder.path): it is an Apple Numbers document, not a folder of CSV files (fix: in Numbers choose File > Export To > CSV (UTF-8) or Excel (.xlsx))"
        ])
    }

    @Test func textWithByteOrderMarksIsStillRead() throws {
        let result = try Fixtures.load("utf16le.csv")
        #expect(result.network.tieCount > 0)
    }
}
