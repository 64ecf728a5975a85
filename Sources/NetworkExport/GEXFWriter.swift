/// Writes GEXF 1.3 (namespace `http://gexf.net/1.3`), static mode, valid against the official
/// GEXF 1.3 grammar.
///
/// Conventions:
/// - `<attributes class="node">` declares every node column (label included, so a label survives
///   whitespace collapsing of GEXF's `label` token) and `<attributes class="edge">` every tie column
///   but `weight`; types `integer`, `double` or `string`; attribute ids `0`, `1`, … in column order.
/// - Node ids and labels are the network's, escaped; edges have ids `0`, `1`, … by tie (`12r` for the
///   second arc of tie 12) and GEXF's own `weight` (the tie weight); every edge's `type` is the analysis
///   direction (`defaultedgetype`), so every reader loads the file: `--directed` writes two arcs per undirected
///   or mutual tie (``ExportDocument/arcs``). The tie's own direction is the `direction` attribute.
/// - Tie dates are partial ISO dates (`2017`, `2017-03`), which GEXF's time types cannot hold, so the
///   graph is static and `start`/`end` are string attributes rather than spells.
/// - Missing values have no `<attvalue>`.
enum GEXFWriter {
    static func write(_ document: ExportDocument) -> String {
        let network = document.network
        let edgeColumns = document.tieColumns.indices.filter { document.tieColumns[$0].name != "weight" }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>Liaison</creator>\n  </meta>\n"
        out += "  <graph mode=\"static\" defaultedgetype=\"\(document.directed ? "directed" : "undirected")\">\n"
        out += "    <attributes class=\"node\">\n"
        for (index, column) in document.nodeColumns.enumerated() { out += attribute(id: index, column) }
        out += "    </attributes>\n"
        out += "    <attributes class=\"edge\">\n"
        for (id, index) in edgeColumns.enumerated() { out += attribute(id: id, document.tieColumns[index]) }
        out += "    </attributes>\n"
        out += "    <nodes count=\"\(network.nodeCount)\">\n"
        for (position, node) in network.nodes.enumerated() {
            out += "      <node id=\"\(XMLText.attribute(node.id))\" label=\"\(XMLText.attribute(node.label))\">\n"
            out += attributeValues(document.nodeValues[position].enumerated().map { ($0.offset, $0.element) })
            out += "      </node>\n"
        }
        out += "    </nodes>\n"
        let arcs = document.arcs
        let edgeType = document.directed ? "directed" : "undirected"
        out += "    <edges count=\"\(arcs.count)\">\n"
        for arc in arcs {
            let tie = network.ties[arc.tie]
            out += "      <edge id=\"\(arc.tie)\(arc.isReverse ? "r" : "")\" source=\"\(XMLText.attribute(network.nodes[Int(arc.source)].id))\""
            out += " target=\"\(XMLText.attribute(network.nodes[Int(arc.target)].id))\""
            out += " type=\"\(edgeType)\" weight=\"\(tie.weight)\">\n"
            let values = document.tieValues[arc.tie]
            out += attributeValues(edgeColumns.enumerated().map { ($0.offset, values[$0.element]) })
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    private static func attribute(id: Int, _ column: ExportColumn) -> String {
        "      <attribute id=\"\(id)\" title=\"\(XMLText.attribute(column.name))\" type=\"\(column.type.rawValue)\"/>\n"
    }

    private static func attributeValues(_ values: [(Int, String?)]) -> String {
        let present = values.compactMap { pair in pair.1.map { (pair.0, $0) } }
        guard !present.isEmpty else { return "" }
        var out = "        <attvalues>\n"
        for (id, value) in present {
            out += "          <attvalue for=\"\(id)\" value=\"\(XMLText.attribute(value))\"/>\n"
        }
        out += "        </attvalues>\n"
        return out
    }
}
