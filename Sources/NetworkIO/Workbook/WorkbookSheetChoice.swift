/// Which sheet of a workbook holds which table: the sheet named with `--nodes-sheet`/`--edges-sheet`,
/// else the first whose name says what it holds (Kumu's `Elements` and `Connections`; `nodes`,
/// `actors`, `people`; `edges`, `ties`, `links`, `relationships`; any case), else the only sheet.
enum WorkbookSheetChoice {
    /// The table a sheet is wanted for.
    enum Role {
        case nodes, ties, affiliation
    }

    /// Sheet names (lower case, trimmed) read as a nodes table.
    static let nodeSheetNames = ["nodes", "elements", "actors", "people", "vertices"]
    /// Sheet names (lower case, trimmed) read as a ties table.
    static let tieSheetNames = ["edges", "ties", "connections", "links", "relationships"]

    /// The sheet to read for `role`: nil when none fits and the table is optional (a workbook's nodes).
    /// - Parameters:
    ///   - explicit: the name the user gave (matched exactly, then ignoring case).
    ///   - required: whether the table must be found (false only for the nodes of a workbook given as PATH).
    static func sheet(
        for role: Role, in workbook: XLSXWorkbook, explicit: String?, required: Bool
    ) throws(WorkbookProblem) -> String? {
        let names = workbook.sheetNames
        let option = role == .nodes ? "--nodes-sheet" : "--edges-sheet"
        if let explicit {
            if names.contains(explicit) { return explicit }
            let wanted = normalized(explicit)
            if let match = names.first(where: { normalized($0) == wanted }) { return match }
            throw WorkbookProblem(
                message: "\(workbook.path) has no sheet named \"\(explicit)\"",
                fix: "give \(option) one of its sheets: \(workbook.quotedSheetNames)")
        }
        switch role {
        case .nodes:
            if let match = firstNamed(nodeSheetNames, in: names) { return match }
            if required, names.count == 1 { return names[0] }
        case .ties:
            if let match = firstNamed(tieSheetNames, in: names) { return match }
            if names.count == 1 { return names[0] }
            let others = names.filter { !nodeSheetNames.contains(normalized($0)) }
            if others.count == 1, names.count == 2 { return others[0] }
        case .affiliation:
            return names.first
        }
        guard required else { return nil }
        let what = role == .nodes ? "nodes" : "ties"
        let examples = role == .nodes ? "Elements or Nodes" : "Connections, Edges or Ties"
        throw WorkbookProblem(
            message: "\(workbook.path) has no sheet of \(what) among its sheets \(workbook.quotedSheetNames)",
            fix: "name the \(what) sheet \(examples), or choose it with \(option) NAME")
    }

    private static func firstNamed(_ wanted: [String], in names: [String]) -> String? {
        for name in wanted {
            if let match = names.first(where: { normalized($0) == name }) { return match }
        }
        return nil
    }

    private static func normalized(_ name: String) -> String {
        name.lowercased().trimmingBlanks()
    }
}
