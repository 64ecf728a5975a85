import Foundation
import ZIPFoundation

/// An Excel workbook (`.xlsx`, Office Open XML): a zip archive (read with ZIPFoundation) of XML parts.
/// Opening reads the list of sheets; each sheet is read on demand into a ``CSVSource`` holding the
/// CSV text the spreadsheet would save, so the table readers, their column aliases and their
/// diagnostics apply unchanged, with every problem located at the sheet's row and column.
/// The shared strings and styles are read once, when the first sheet is.
final class XLSXWorkbook {
    /// The path as the user named it.
    let path: String
    /// The sheets in tab order, and the date system.
    let manifest: WorkbookManifest
    private let archive: Archive
    /// The archive file's bytes, mapped: entries are unpacked from them (``ZipEntryReader``).
    private let file: FileBytes
    private var cellContext: SheetReader?

    /// The sheets' names in tab order.
    var sheetNames: [String] { manifest.sheets.map(\.name) }

    private init(path: String, archive: Archive, file: FileBytes, manifest: WorkbookManifest) {
        self.path = path
        self.archive = archive
        self.file = file
        self.manifest = manifest
    }

    /// Opens the workbook at `path` and reads its list of sheets.
    /// - Throws: a ``WorkbookProblem`` when the file is not a zip archive, holds no workbook part, or that part is broken.
    static func open(path: String) throws(WorkbookProblem) -> XLSXWorkbook {
        let archive: Archive
        let file: FileBytes
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            file = try FileBytes(mapping: path)
        } catch {
            throw .damaged(path, "it is not a readable .xlsx workbook (its zip archive is damaged or incomplete)")
        }
        guard let workbookPart = workbookPartPath(archive, file) else { throw notAWorkbook(path, archive) }
        let workbook = try part(workbookPart, of: archive, file, path: path)
        let relationshipsPath = relationshipsPath(of: workbookPart)
        let relationships = archive[relationshipsPath] == nil ? nil : try part(relationshipsPath, of: archive, file, path: path)
        let manifest: WorkbookManifest
        do {
            manifest = try workbook.withUnsafeBufferPointer { workbookBytes throws(XMLScanner.Malformed) in
                if let relationships {
                    return try relationships.withUnsafeBufferPointer { relationshipBytes throws(XMLScanner.Malformed) in
                        try WorkbookManifest.read(workbook: workbookBytes, relationships: relationshipBytes)
                    }
                }
                return try WorkbookManifest.read(workbook: workbookBytes, relationships: nil)
            }
        } catch {
            throw .damaged(path, "its part \(workbookPart) is not well-formed XML (\(error.reason))")
        }
        guard !manifest.sheets.isEmpty else { throw .damaged(path, "the workbook lists no sheets") }
        return XLSXWorkbook(path: path, archive: archive, file: file, manifest: manifest)
    }

    /// The sheet named `name` (exactly as ``sheetNames`` gives it) as CSV text located by row and column.
    /// - Throws: a ``WorkbookProblem`` when its part is missing or broken.
    func source(ofSheet name: String) throws(WorkbookProblem) -> CSVSource {
        guard let sheet = manifest.sheets.first(where: { $0.name == name }) else {
            throw WorkbookProblem(
                message: "\(path) has no sheet named \"\(name)\"", fix: "name one of its sheets: \(quotedSheetNames)")
        }
        let reader = try cellReader()
        guard archive[sheet.part] != nil else {
            throw .damaged(path, "its sheet \"\(name)\" is listed but its part \(sheet.part) is missing from the archive")
        }
        let bytes = try Self.part(sheet.part, of: archive, file, path: path)
        var origin = SheetOrigin(workbook: path, sheet: name)
        let text: [UInt8]
        do {
            text = try bytes.withUnsafeBufferPointer { buffer throws(SheetReader.Failure) in
                try reader.read(buffer, origin: &origin)
            }
        } catch {
            throw .damaged(path, "its sheet \"\(name)\" (\(sheet.part)) cannot be read: \(error.reason)")
        }
        return CSVSource(sheetText: text, origin: origin)
    }

    /// The sheet names quoted and listed, for messages.
    var quotedSheetNames: String { sheetNames.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// The shared strings and styles every sheet's cells refer to, read on first use.
    private func cellReader() throws(WorkbookProblem) -> SheetReader {
        if let cellContext { return cellContext }
        var strings: [String] = []
        if archive["xl/sharedStrings.xml"] != nil {
            let bytes = try Self.part("xl/sharedStrings.xml", of: archive, file, path: path)
            do {
                strings = try bytes.withUnsafeBufferPointer { buffer throws(XMLScanner.Malformed) in
                    try SharedStrings.read(buffer)
                }
            } catch {
                throw .damaged(path, "its shared strings (xl/sharedStrings.xml) are not well-formed XML (\(error.reason))")
            }
        }
        var styles = WorkbookStyles()
        if archive["xl/styles.xml"] != nil {
            let bytes = try Self.part("xl/styles.xml", of: archive, file, path: path)
            do {
                styles = try bytes.withUnsafeBufferPointer { buffer throws(XMLScanner.Malformed) in
                    try WorkbookStyles.read(buffer)
                }
            } catch {
                throw .damaged(path, "its styles (xl/styles.xml) are not well-formed XML (\(error.reason))")
            }
        }
        let reader = SheetReader(sharedStrings: strings, styles: styles, uses1904: manifest.uses1904)
        cellContext = reader
        return reader
    }

    // MARK: - Archive

    /// The path of the workbook part: `xl/workbook.xml`, or wherever the package's relationships point.
    private static func workbookPartPath(_ archive: Archive, _ file: FileBytes) -> String? {
        if archive["xl/workbook.xml"] != nil { return "xl/workbook.xml" }
        guard let entry = archive["_rels/.rels"], let rels = try? ZipEntryReader.bytes(of: entry, in: file.bytes)
        else { return nil }
        return rels.withUnsafeBufferPointer { bytes -> String? in
            var scanner = XMLScanner(bytes)
            while let event = try? scanner.next() {
                guard case .start(let name, let attributes, _) = event, scanner.name(name, is: "Relationship"),
                    let type = scanner.attributeText("Type", in: attributes), type.hasSuffix("/officeDocument"),
                    let target = scanner.attributeText("Target", in: attributes)
                else { continue }
                let path = target.hasPrefix("/") ? String(target.dropFirst()) : target
                return archive[path] != nil && path.lowercased().hasSuffix(".xml") ? path : nil
            }
            return nil
        }
    }

    /// `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`.
    private static func relationshipsPath(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "_rels/\(part).rels" }
        return "\(part[..<slash])/_rels/\(part[part.index(after: slash)...]).rels"
    }

    /// The problem of a zip archive that holds no workbook part, naming what it does hold.
    private static func notAWorkbook(_ path: String, _ archive: Archive) -> WorkbookProblem {
        let names = archive.prefix(200).map(\.path)
        if names.contains("word/document.xml") {
            return WorkbookProblem(
                message: "cannot read \(path): it is a Word document, not a workbook",
                fix: "put the table in a spreadsheet and save it as .xlsx or CSV UTF-8")
        }
        if names.contains("content.xml"), names.contains("mimetype") {
            return WorkbookProblem(
                message: "cannot read \(path): it is an OpenDocument file (LibreOffice .ods), not an Excel workbook",
                fix: "in LibreOffice choose File > Save As and save it as Excel 2007-365 (.xlsx) or as CSV (UTF-8)")
        }
        if names.contains(where: { $0.hasPrefix("Index/") || $0 == "Index.zip" }) {
            return WorkbookProblem(
                message: "cannot read \(path): it is an Apple Numbers document, not an Excel workbook",
                fix: "in Numbers choose File > Export To > Excel (.xlsx) or CSV (UTF-8)")
        }
        return WorkbookProblem(
            message: "cannot read \(path): it is a zip archive but not an .xlsx workbook (it holds no xl/workbook.xml)",
            fix: "unzip it and name the CSV files inside, or save the data from a spreadsheet as .xlsx or CSV UTF-8")
    }

    /// The bytes of the part at `partPath`.
    private static func part(
        _ partPath: String, of archive: Archive, _ file: FileBytes, path: String
    ) throws(WorkbookProblem) -> [UInt8] {
        guard let entry = archive[partPath] else {
            throw .damaged(path, "its part \(partPath) is missing from the archive")
        }
        do {
            return try ZipEntryReader.bytes(of: entry, in: file.bytes)
        } catch {
            throw .damaged(path, "its part \(partPath) cannot be unpacked: \(error.reason)")
        }
    }
}
