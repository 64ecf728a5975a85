import NetworkModel

/// Reads a network from a folder (`nodes.csv` + `edges.csv`), a single edges
/// file, named files, or an affiliation table.
public enum NetworkLoader {
    /// Loads the network at `path` (a folder or an edges CSV), or from the paths in `options`.
    /// - Throws: ``ImportFailure`` listing every error found (capped), never a partial network.
    public static func load(path: String?, options: ImportOptions = ImportOptions()) throws(ImportFailure)
        -> ImportResult
    {
        throw ImportFailure(diagnostics: [Diagnostic(.error, at: nil, "reading is not implemented yet")])
    }
}
