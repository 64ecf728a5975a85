import OutputEscaping
import ResultRendering

/// Writes networkx's node-link JSON, the form `nx.node_link_graph` reads with its networkx 3.6
/// defaults (`nodes`, `edges`, `source`, `target`, `key`, node key `id`).
///
/// Conventions: `multigraph` is always true (Liaison keeps parallel ties), `key` numbers the
/// parallel ties between the same two nodes from 0; `directed` is the analysis direction; `graph`
/// holds the metric metadata. Every column is a member of its node or edge object: integer and
/// double columns as JSON numbers, the rest as strings; missing values are left out.
/// One node or edge per line, so diffs stay readable.
enum NodeLinkJSONWriter {
    static func write(_ document: ExportDocument) -> String {
        let network = document.network
        var out = "{\n  \"directed\": \(document.directed),\n  \"multigraph\": true,\n  \"graph\": {"
        out += document.metadata.entries.map { "\(JSONEscaping.quoted($0.key)): \(TableRendering.jsonValue($0.value))" }.joined(separator: ", ")
        out += "},\n  \"nodes\": [\n"
        for (position, node) in network.nodes.enumerated() {
            out += "    {\"id\": \(JSONEscaping.quoted(node.id))"
            appendMembers(document.nodeColumns, document.nodeValues[position], to: &out)
            out += position + 1 < network.nodeCount ? "},\n" : "}\n"
        }
        out += "  ],\n  \"edges\": [\n"
        var parallelCount: [Int64: Int] = [:]
        let arcs = document.arcs
        for (position, arc) in arcs.enumerated() {
            let a = Int64(arc.source), b = Int64(arc.target)
            let pair = document.directed ? a << 32 | b : min(a, b) << 32 | max(a, b)
            let key = parallelCount[pair, default: 0]
            parallelCount[pair] = key + 1
            out += "    {\"source\": \(JSONEscaping.quoted(network.nodes[Int(arc.source)].id))"
            out += ", \"target\": \(JSONEscaping.quoted(network.nodes[Int(arc.target)].id)), \"key\": \(key)"
            appendMembers(document.tieColumns, document.tieValues[arc.tie], to: &out)
            out += position + 1 < arcs.count ? "},\n" : "}\n"
        }
        out += "  ]\n}\n"
        return out
    }

    private static func appendMembers(_ columns: [ExportColumn], _ values: [String?], to out: inout String) {
        for (column, value) in zip(columns, values) {
            guard let value else { continue }
            out += ", "
            out += JSONEscaping.quoted(column.name)
            out += ": "
            // Numeric columns hold canonical finite numbers only (see ExportDocument), valid JSON as written.
            out += column.type == .string ? JSONEscaping.quoted(value) : value
        }
    }
}
