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

    /// Whether the format is a pair of files written into a folder rather than one file.
    public var isFolder: Bool { self == .csv || self == .kumu }

    /// The format a file name's extension names unambiguously (`.graphml`, `.gexf`, `.json`, `.dot`, `.gv`),
    /// or nil (`.csv` is ambiguous between Liaison's and Kumu's tables).
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "json": self = .json
        case "dot", "gv": self = .dot
        default: return nil
        }
    }
}

/// One file of an export: its name inside the output folder (for folder formats) and its text.
public struct ExportFile: Sendable, Equatable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// Writes an ``ExportDocument`` in any ``ExportFormat``.
public enum NetworkExporter {
    /// The files of the export: one for single-file formats, two (nodes and ties) for `csv` and `kumu`.
    /// - Complexity: O(n·c + m·d) for n nodes with c columns and m ties with d columns.
    public static func files(_ document: ExportDocument, as format: ExportFormat) -> [ExportFile] {
        switch format {
        case .graphml: return [ExportFile(name: "network.graphml", text: GraphMLWriter.write(document))]
        case .gexf: return [ExportFile(name: "network.gexf", text: GEXFWriter.write(document))]
        case .json: return [ExportFile(name: "network.json", text: NodeLinkJSONWriter.write(document))]
        case .dot: return [ExportFile(name: "network.dot", text: DOTExportWriter.write(document))]
        case .csv:
            return [
                ExportFile(name: "nodes.csv", text: TableExportWriter.liaisonNodes(document)),
                ExportFile(name: "edges.csv", text: TableExportWriter.liaisonTies(document)),
            ]
        case .kumu:
            return [
                ExportFile(name: "elements.csv", text: TableExportWriter.kumuElements(document)),
                ExportFile(name: "connections.csv", text: TableExportWriter.kumuConnections(document)),
            ]
        }
    }
}
