import OutputEscaping

/// Writes Graphviz DOT with every column as a node or edge attribute.
///
/// Every id, attribute name and value is a double-quoted string escaped by ``DOTEscaping`` (quotes
/// and backslashes escaped, line breaks as `\n`, other control characters as spaces), so no data
/// can end a string, open a statement or be read as a Graphviz escape. `label` is the node's label
/// (Graphviz shows it); every other column is written under the name ``dataPrefix`` + its name
/// (`data_city`, `data_weight`), so no column of the data can become a Graphviz attribute: a column
/// named `URL`, `href`, `image`, `shapefile` or `fontpath` would otherwise make Graphviz link to,
/// read or embed files when the export is drawn. The graph is a `digraph` when the analysis
/// is directed (undirected ties get `dir="none"`, mutual ones `dir="both"`) and a `graph` otherwise
/// (directed ties get `dir="forward"`, mutual ones `dir="both"`).
enum DOTExportWriter {
    /// The prefix of every data attribute: Graphviz ignores attributes it does not know.
    static let dataPrefix = "data_"

    static func write(_ document: ExportDocument) -> String {
        let network = document.network
        var out = document.directed ? "digraph \"network\" {\n" : "graph \"network\" {\n"
        for (position, node) in network.nodes.enumerated() {
            out += "  \(DOTEscaping.quoted(node.id))"
            appendAttributes(document.nodeColumns, document.nodeValues[position], extra: [], to: &out)
            out += ";\n"
        }
        let arrow = document.directed ? " -> " : " -- "
        for (index, tie) in network.ties.enumerated() {
            out += "  \(DOTEscaping.quoted(network.nodes[Int(tie.source)].id))"
            out += arrow
            out += DOTEscaping.quoted(network.nodes[Int(tie.target)].id)
            var extra: [(String, String)] = []
            switch (document.directed, tie.direction) {
            case (true, .undirected): extra = [("dir", "none")]
            case (false, .directed): extra = [("dir", "forward")]
            case (_, .mutual): extra = [("dir", "both")]
            default: break
            }
            appendAttributes(document.tieColumns, document.tieValues[index], extra: extra, to: &out)
            out += ";\n"
        }
        out += "}\n"
        return out
    }

    private static func appendAttributes(
        _ columns: [ExportColumn], _ values: [String?], extra: [(String, String)], to out: inout String
    ) {
        let pairs = zip(columns, values).compactMap { column, value in
            value.map { (column.name == "label" && !column.isMetric ? "label" : dataPrefix + column.name, $0) }
        } + extra
        guard !pairs.isEmpty else { return }
        out += " ["
        out += pairs.map { "\(DOTEscaping.quoted($0.0))=\(DOTEscaping.quoted($0.1))" }.joined(separator: ", ")
        out += "]"
    }
}
