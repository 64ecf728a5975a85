import Foundation

/// What a file is, judged from its leading bytes before any CSV parsing, so that a workbook is read as
/// one and a file that is not text (an old `.xls`, a PDF, an image, a compressed file, UTF-16 text
/// without a byte-order mark) is refused with one message saying what it looks like and how to get
/// CSV from it, instead of a screen of invalid-UTF-8 errors.
enum FileSignature: Equatable {
    /// A zip archive: an `.xlsx` workbook, or something else zipped (told apart by ``XLSXWorkbook``).
    case zip
    /// Something that is not CSV text: what it looks like, and the fix.
    case binary(looksLike: String, fix: String)
    /// Text (or too short to tell): read as CSV.
    case text

    /// How many leading bytes are looked at.
    static let sniffLength = 4096

    /// The kind of the file at `path` (text when it cannot be read; the CSV reader then says why).
    static func of(path: String) -> FileSignature {
        // Only a regular file is sniffed here: reading the first bytes of a pipe or a FIFO would take them from
        // the reader (and could wait for a writer); such input is checked as it is read.
        guard let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType,
            type == .typeRegular, let handle = FileHandle(forReadingAtPath: path)
        else { return .text }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: sniffLength)) ?? Data()
        return data.withUnsafeBytes { raw in of(bytes: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[...])) }
    }

    private static let csvFix = "save it as CSV UTF-8 (or as an .xlsx workbook) and name that file"

    /// The kind of a file whose first bytes are `bytes`.
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> FileSignature {
        func starts(_ signature: [UInt8]) -> Bool {
            bytes.count >= signature.count && Swift.zip(bytes, signature).allSatisfy { $0 == $1 }
        }
        if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return .binary(
                looksLike: "an old Excel .xls workbook (or another Office 97-2003 file)",
                fix: "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8")
        }
        if starts(Array("%PDF".utf8)) {
            return .binary(looksLike: "a PDF document", fix: "export the table from the program that made the PDF as CSV UTF-8 or .xlsx")
        }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .binary(looksLike: "a PNG image", fix: "name the data file, not a picture of it") }
        if starts([0xFF, 0xD8, 0xFF]) { return .binary(looksLike: "a JPEG image", fix: "name the data file, not a picture of it") }
        if starts(Array("GIF8".utf8)) { return .binary(looksLike: "a GIF image", fix: "name the data file, not a picture of it") }
        if starts([0x1F, 0x8B]) {
            return .binary(looksLike: "a gzip-compressed file", fix: "decompress it first (gunzip FILE) and name the CSV inside")
        }
        if starts([0x42, 0x5A, 0x68]) {
            return .binary(looksLike: "a bzip2-compressed file", fix: "decompress it first (bunzip2 FILE) and name the CSV inside")
        }
        if starts([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]) {
            return .binary(looksLike: "a 7-Zip archive", fix: "extract it first and name the CSV inside")
        }
        if starts([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) {
            return .binary(looksLike: "an xz-compressed file", fix: "decompress it first (unxz FILE) and name the CSV inside")
        }
        if starts(Array("SQLite format 3".utf8)) {
            return .binary(looksLike: "an SQLite database", fix: "export the tables as CSV UTF-8 (sqlite3 -csv -header)")
        }
        if let markup = markupKind(bytes) { return markup }
        if starts([0xEF, 0xBB, 0xBF]) || starts([0xFF, 0xFE]) || starts([0xFE, 0xFF]) { return .text }
        if let unit = utf16WithoutByteOrderMark(bytes) {
            return .binary(
                looksLike: "UTF-16 (\(unit)) text without a byte-order mark",
                fix: "save it as CSV UTF-8 (in Excel: File > Save As > CSV UTF-8)")
        }
        let controls = bytes.filter { $0 < 0x20 && $0 != 9 && $0 != 10 && $0 != 13 && $0 != 12 && $0 != 0x1A }.count
        if bytes.count >= 16, controls * 10 > bytes.count {
            return .binary(looksLike: "a binary file", fix: csvFix)
        }
        return .text
    }

    /// An HTML page (what many web tools save as an "Excel" `.xls`), an Excel 2003 XML spreadsheet, or other XML
    /// (`<?xml`): text whose first character (after a UTF-8 byte-order mark and blank space) is `<`.
    private static func markupKind(_ bytes: UnsafeBufferPointer<UInt8>) -> FileSignature? {
        var start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while start < bytes.count, [32, 9, 10, 13].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return nil }
        let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self).lowercased()
        if head.contains("urn:schemas-microsoft-com:office:spreadsheet") || head.contains("progid=\"excel.sheet\"") {
            return .binary(
                looksLike: "an Excel 2003 XML spreadsheet",
                fix: "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV UTF-8")
        }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<table")
            || head.contains("<html")
        {
            return .binary(
                looksLike: "an HTML page (web tools often save these as Excel .xls files)",
                fix: "open it in a spreadsheet and save it as CSV UTF-8 or .xlsx, or export CSV from the tool that made it")
        }
        guard head.hasPrefix("<?xml") else { return nil }  // A CSV may start with "<" ("<5 years,…").
        return .binary(looksLike: "an XML document", fix: "export the table as CSV UTF-8 or .xlsx")
    }

    /// `little-endian` or `big-endian` when most of the even (or odd) bytes are NUL and the others are not:
    /// ASCII text stored as UTF-16; nil otherwise.
    private static func utf16WithoutByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let pairs = bytes.count / 2
        guard pairs >= 4 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for index in 0..<pairs {
            if bytes[2 * index] == 0 { evenZeros += 1 }
            if bytes[2 * index + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs * 7, evenZeros * 10 <= pairs { return "little-endian" }
        if evenZeros * 10 >= pairs * 7, oddZeros * 10 <= pairs { return "big-endian" }
        return nil
    }
}
