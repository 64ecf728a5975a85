import OutputEscaping

/// Writes a ``DOTDocument`` as DOT text, one statement per line.
///
/// Every id, attribute name and text value goes through `DOTEscaping.quoted` unless
/// it is a plain identifier (`[A-Za-z_][A-Za-z0-9_]*`), so no data can end a string,
/// start a statement, or be read as a Graphviz escape (`\N`, `\G`). HTML-like values
/// are written as given between `<` and `>` (see ``DOTValue/html(_:)``).
public enum DOTWriter {
    /// The document as DOT text.
    /// - Complexity: O(*n*) in the total length of names and values.
    public static func write(_ document: DOTDocument) -> String {
        var out = ""
        out.reserveCapacity(64 * (document.nodeCount + document.edges.count) + 1024)
        out += document.isDirected ? "digraph " : "graph "
        out += identifier(document.name)
        out += " {\n"
        if !document.graphAttributes.isEmpty {
            out += "  graph"
            appendAttributes(document.graphAttributes, to: &out)
            out += ";\n"
        }
        if !document.nodeDefaults.isEmpty {
            out += "  node"
            appendAttributes(document.nodeDefaults, to: &out)
            out += ";\n"
        }
        if !document.edgeDefaults.isEmpty {
            out += "  edge"
            appendAttributes(document.edgeDefaults, to: &out)
            out += ";\n"
        }
        for cluster in document.clusters {
            out += "  subgraph "
            out += identifier("cluster_" + cluster.id)
            out += " {\n"
            for (name, value) in cluster.attributes {
                out += "    "
                out += identifier(name)
                out += "="
                appendValue(value, to: &out)
                out += ";\n"
            }
            for node in cluster.nodes { appendNode(node, indent: "    ", to: &out) }
            out += "  }\n"
        }
        for node in document.nodes { appendNode(node, indent: "  ", to: &out) }
        let arrow = document.isDirected ? " -> " : " -- "
        for edge in document.edges {
            out += "  "
            out += identifier(edge.from)
            out += arrow
            out += identifier(edge.to)
            appendAttributes(edge.attributes, to: &out)
            out += ";\n"
        }
        out += "}\n"
        return out
    }

    /// `text` bare when it is a plain DOT identifier that is not a keyword, quoted and escaped otherwise.
    static func identifier(_ text: String) -> String {
        isPlainIdentifier(text) ? text : DOTEscaping.quoted(text)
    }

    private static func appendNode(_ node: DOTNode, indent: String, to out: inout String) {
        out += indent
        out += identifier(node.id)
        appendAttributes(node.attributes, to: &out)
        out += ";\n"
    }

    private static func appendAttributes(_ attributes: DOTAttributes, to out: inout String) {
        guard !attributes.isEmpty else { return }
        out += " ["
        var first = true
        for (name, value) in attributes {
            if !first { out += ", " }
            first = false
            out += identifier(name)
            out += "="
            if case .text(let text) = value, tooltipAttributes.contains(name) {
                out += DOTEscaping.quotedTooltip(text)
            } else {
                appendValue(value, to: &out)
            }
        }
        out += "]"
    }

    private static func appendValue(_ value: DOTValue, to out: inout String) {
        switch value {
        case .text(let text): out += DOTEscaping.quoted(text)
        case .number(let number): out += NumberText.decimal(number)
        case .html(let markup):
            out += "<"
            out += markup
            out += ">"
        }
    }

    private static let keywords: Set<String> = ["graph", "digraph", "subgraph", "node", "edge", "strict"]

    /// Attributes whose text Graphviz unescapes once and then expands (`\N`, `\G`, …) again when it
    /// writes SVG: their backslashes are escaped twice (``DOTEscaping/quotedTooltip(_:)``).
    static let tooltipAttributes: Set<String> = ["tooltip", "edgetooltip", "headtooltip", "tailtooltip", "labeltooltip"]

    private static func isPlainIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else {
            return false
        }
        for byte in text.utf8 {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isLetter || isDigit || byte == UInt8(ascii: "_") else { return false }
        }
        return !keywords.contains(text.lowercased())
    }
}
