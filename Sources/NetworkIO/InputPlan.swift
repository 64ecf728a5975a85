import Foundation

/// Which files to read: resolved from the path (a folder, an edges file or a workbook) and the options.
///
/// A folder is searched, ignoring case, for `nodes.csv` and `edges.csv` (or `ties.csv`), then for
/// Kumu's `Elements.csv` and `Connections.csv` (what Kumu exports and `liaison export --to kumu`
/// writes). A workbook named as the path supplies both tables: its ties sheet, and its nodes sheet
/// when it has one (``WorkbookSheetChoice``).
struct InputPlan {
    var nodes: String?
    var edges: String?
    var affiliation: String?
    /// Whether the nodes table may be absent: true when `nodes` is the workbook named as the path,
    /// which need not have a nodes sheet (nodes are then made from the ties).
    var nodesAreOptional = false
    /// Readings worth telling the user (a Kumu folder).
    var notes: [String] = []

    static func resolve(path: String?, options: ImportOptions, diagnostics: inout DiagnosticCollector) -> InputPlan {
        var plan = InputPlan(nodes: options.nodesPath, edges: options.edgesPath, affiliation: options.affiliationPath)
        guard let path else {
            if plan.nodes == nil, plan.edges == nil, plan.affiliation == nil {
                diagnostics.error(
                    nil, "no input was given",
                    fix: "name a folder holding nodes.csv and edges.csv, an edges CSV file or an .xlsx workbook")
            }
            return plan
        }
        var isFolder: ObjCBool = false
        // `-` is standard input, read as a single edges file.
        guard path == "-" || FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            diagnostics.error(
                nil, "cannot read \(path): there is no such file or folder", fix: "check the path and its spelling")
            return InputPlan()
        }
        if isFolder.boolValue {
            plan.resolveFolder(path, diagnostics: &diagnostics)
            return plan
        }
        if plan.edges == nil {
            plan.edges = path
            if plan.nodes == nil, FileSignature.of(path: path) == .zip {
                plan.nodes = path
                plan.nodesAreOptional = options.nodesSheet == nil
            }
        }
        return plan
    }

    private mutating func resolveFolder(_ path: String, diagnostics: inout DiagnosticCollector) {
        let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
        if folder.lowercased().hasSuffix(".numbers") {
            diagnostics.error(
                nil, "cannot read \(path): it is an Apple Numbers document, not a folder of CSV files",
                fix: "in Numbers choose File > Export To > CSV (UTF-8) or Excel (.xlsx)")
            return
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        func find(_ name: String) -> String? {
            (entries.first { $0 == name } ?? entries.first { $0.lowercased() == name }).map { folder + "/" + $0 }
        }
        if nodes == nil, edges == nil, find("nodes.csv") == nil, find("edges.csv") == nil, find("ties.csv") == nil,
            let elements = find("elements.csv"), let connections = find("connections.csv")
        {
            nodes = elements
            edges = connections
            let names = [elements, connections].map { ($0 as NSString).lastPathComponent }
            notes.append("\(path): read as a Kumu export (\(names.joined(separator: " and ")))")
            return
        }
        if nodes == nil { nodes = find("nodes.csv") }
        if edges == nil { edges = find("edges.csv") ?? find("ties.csv") }
        if nodes == nil, edges == nil, affiliation == nil {
            diagnostics.error(
                nil, "the folder \(path) holds neither nodes.csv nor edges.csv (nor Kumu's Elements.csv and Connections.csv)",
                fix: "name the files nodes.csv and edges.csv, or give their paths with --nodes and --edges")
        }
    }
}
