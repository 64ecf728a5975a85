// NetworkExport: a network and its metrics written for other tools (Gephi, networkx, Kumu, Graphviz).

/// The file formats `liaison export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// GraphML 1.0 (yEd, Gephi, Cytoscape, networkx `read_graphml`).
    case graphml
    /// GEXF 1.3, static mode (Gephi, networkx `read_gexf`).
    case gexf
    /// networkx's node-link JSON (`nx.node_link_graph`, D3).
    case json
    /// Liaison's own `nodes.csv` + `edges.csv`, with metrics as extra node columns.
    case csv
    /// Kumu's `elements.csv` + `connections.csv`.
    case kumu
    /// Graphviz DOT with every attribute.
    case dot
    /// A Kumu-shaped Excel workbook: sheets `Elements` and `Connections`.
    case xlsx

    /// Whether the format is a pair of files written into a folder rather than one file.
    public var isFolder: Bool { self == .csv || self == .kumu }

    /// Whether the format is binary (written only to a named file, never to a terminal).
    public var isBinary: Bool { self == .xlsx }

    /// The format a file name's extension names unambiguously (`.graphml`, `.gexf`, `.json`, `.dot`, `.gv`, `.xlsx`),
    /// or nil (`.csv` is ambiguous between Liaison's and Kumu's tables).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        case "dot", "gv": self = .dot
        case "xlsx": self = .xlsx
        default: return nil
        }
    }
}
