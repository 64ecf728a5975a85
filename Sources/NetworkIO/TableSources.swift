/// Opens each input table as a ``CSVSource``, whatever the file: CSV text is decoded, a workbook's
/// sheet is turned into CSV text located by row and column, and a file that is neither gets one
/// error saying what it looks like and how to get CSV from it (``FileSignature``).
/// A workbook named for two tables (nodes and ties) is opened, and any problem with it reported, once.
struct TableSources {
    private let options: ImportOptions
    /// Workbooks opened so far by path; nil for one that could not be opened (already reported).
    private var workbooks: [String: XLSXWorkbook?] = [:]

    init(options: ImportOptions) {
        self.options = options
    }

    /// The table at `path` for `role`, or nil after reporting why it cannot be read (or, when not
    /// `required`, because the workbook has no sheet for it).
    mutating func open(
        _ path: String, as role: WorkbookSheetChoice.Role, required: Bool, into assembly: inout NetworkAssembly
    ) -> CSVSource? {
        switch FileSignature.of(path: path) {
        case .zip:
            return openSheet(path, role: role, required: required, into: &assembly)
        case .binary(let looksLike, let fix):
            assembly.files.append(path)
            assembly.diagnostics.register(file: path)
            assembly.diagnostics.error(nil, "cannot read \(path): it looks like \(looksLike), not CSV text", fix: fix)
            return nil
        case .text:
            assembly.files.append(path)
            guard let source = CSVSource.open(path: path, diagnostics: &assembly.diagnostics) else { return nil }
            assembly.notes.append(contentsOf: source.notes)
            return source
        }
    }

    private mutating func openSheet(
        _ path: String, role: WorkbookSheetChoice.Role, required: Bool, into assembly: inout NetworkAssembly
    ) -> CSVSource? {
        let workbook: XLSXWorkbook
        if let opened = workbooks[path] {
            guard let opened else { return nil }
            workbook = opened
        } else {
            do {
                workbook = try XLSXWorkbook.open(path: path)
                workbooks[path] = workbook
            } catch {
                workbooks[path] = .some(nil)
                assembly.files.append(path)
                assembly.diagnostics.register(file: path)
                assembly.diagnostics.error(nil, error.message, fix: error.fix)
                return nil
            }
        }
        let explicit = role == .nodes ? options.nodesSheet : role == .ties ? options.edgesSheet : nil
        do {
            guard let sheet = try WorkbookSheetChoice.sheet(for: role, in: workbook, explicit: explicit, required: required)
            else { return nil }
            let source = try workbook.source(ofSheet: sheet)
            assembly.files.append(source.path)
            assembly.diagnostics.register(file: source.path)
            guard !source.bytes.isEmpty else {
                let example = role == .nodes ? "Label,Type" : "From,To"
                assembly.diagnostics.error(
                    SourceLocation(file: path, sheet: sheet, row: 1, column: 1), "the sheet is empty",
                    fix: "add a header row, e.g. \(example), and one row per \(role == .nodes ? "node" : "tie")")
                return nil
            }
            return source
        } catch {
            assembly.diagnostics.register(file: path)
            assembly.diagnostics.error(nil, error.message, fix: error.fix)
            return nil
        }
    }

    /// Reports `--nodes-sheet`/`--edges-sheet` given when no workbook was read, where they would be silently ignored.
    func reportUnusedSheetOptions(into assembly: inout NetworkAssembly) {
        guard workbooks.isEmpty else { return }
        for (option, value) in [("--nodes-sheet", options.nodesSheet), ("--edges-sheet", options.edgesSheet)] {
            guard let value else { continue }
            assembly.diagnostics.error(
                nil, "\(option) \(value) names a sheet, but no workbook (.xlsx) was read",
                fix: "give the workbook as PATH (or with --nodes/--edges), or leave \(option) out")
        }
    }
}
