/// Why a workbook, or a sheet of it, cannot be read: one message naming the file, and the fix.
struct WorkbookProblem: Error, Equatable {
    var message: String
    var fix: String

    /// The usual fix for a damaged workbook.
    static let resaveFix =
        "open it in Excel or LibreOffice and save it again as .xlsx (Excel Workbook), or save each sheet as CSV UTF-8"

    /// The workbook's archive or one of its parts is damaged.
    static func damaged(_ path: String, _ reason: String) -> WorkbookProblem {
        WorkbookProblem(message: "cannot read \(path): \(reason)", fix: resaveFix)
    }
}
