/// Writes GraphML 1.0 (namespace `http://graphml.graphdrawing.org/xmlns`), valid against the
/// official schema.
///
/// Conventions:
/// - One `<key>` per column, `for="node"` or `for="edge"`, `attr.type` `int`, `double` or
///   `string`, `attr.name` the column name made an NMTOKEN (the schema's type for it: characters other
///   than letters, digits, `.`, `-`, `_`, `:` become `_`, and `_2`, `_3`, … keep the names of one
///   domain distinct). Key ids are `n0…` for node columns and
///   `e0…` for tie columns.
/// - Node ids are the network's ids when every id is an NMTOKEN (what the schema requires), and
///   `n0`, `n1`, … in network order otherwise; then the original ids are carried in a node key named `id`.
/// - `edgedefault` is the analysis direction and every edge has it, so networkx, igraph, Gephi and
///   Cytoscape all load the file: undirected analysis, one undirected edge per tie; `--directed`, one arc
///   per directed tie and two arcs per undirected or mutual tie (``ExportDocument/arcs``). Each edge's
///   `direction` data keeps the tie's own direction. Edge ids are `e0`, `e1`, … by tie (`e12r` for the
///   second arc of tie 12).
/// - Missing values (no attribute, a metric left out of the analysis) have no `<data>` element.
enum GraphMLWriter {
    static func write(_ document: ExportDocument) -> String {
        let network = document.network
        let useOwnIds = network.nodes.allSatisfy { XMLText.isNameToken($0.id) }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
        out += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        if !useOwnIds {
            out += "  <key id=\"nid\" for=\"node\" attr.name=\"id\" attr.type=\"string\"/>\n"
        }
        var nodeNames = UniqueNames(reserved: useOwnIds ? [] : ["id"])
        for (index, column) in document.nodeColumns.enumerated() {
            out += key(id: "n\(index)", for: "node", name: nodeNames.claim(XMLText.nameToken(column.name)), column.type)
        }
        var tieNames = UniqueNames(reserved: [])
        for (index, column) in document.tieColumns.enumerated() {
            out += key(id: "e\(index)", for: "edge", name: tieNames.claim(XMLText.nameToken(column.name)), column.type)
        }
        out += "  <graph id=\"G\" edgedefault=\"\(document.directed ? "directed" : "undirected")\">\n"
        for (position, node) in network.nodes.enumerated() {
            let id = useOwnIds ? node.id : "n\(position)"
            out += "    <node id=\"\(XMLText.attribute(id))\">\n"
            if !useOwnIds { out += data("nid", node.id) }
            for (index, value) in document.nodeValues[position].enumerated() {
                if let value { out += data("n\(index)", value) }
            }
            out += "    </node>\n"
        }
        for arc in document.arcs {
            let source = useOwnIds ? network.nodes[Int(arc.source)].id : "n\(arc.source)"
            let target = useOwnIds ? network.nodes[Int(arc.target)].id : "n\(arc.target)"
            let id = "e\(arc.tie)" + (arc.isReverse ? "r" : "")
            out += "    <edge id=\"\(id)\" source=\"\(XMLText.attribute(source))\" target=\"\(XMLText.attribute(target))\">\n"
            for (column, value) in document.tieValues[arc.tie].enumerated() {
                if let value { out += data("e\(column)", value) }
            }
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func key(id: String, for domain: String, name: String, _ valueType: ExportValueType) -> String {
        let type: String
        switch valueType {
        case .integer: type = "int"
        case .double: type = "double"
        case .string: type = "string"
        }
        return "  <key id=\"\(id)\" for=\"\(domain)\" attr.name=\"\(name)\" attr.type=\"\(type)\"/>\n"
    }

    private static func data(_ key: String, _ value: String) -> String {
        "      <data key=\"\(key)\">\(XMLText.content(value))</data>\n"
    }
}
