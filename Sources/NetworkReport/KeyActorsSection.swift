import NetworkAnalysis

/// Key actors: one ranked list per question (who connects: betweenness; who bridges groups: participation;
/// who is central: degree, with eigenvector beside it), then every metric in one sortable table, folded.
enum KeyActorsSection {
    /// Names per ranked list.
    static let listLength = 10

    /// The metric columns shown, with the sort direction a reader expects (constraint: low is brokerage).
    static let shownMetrics = ["degree", "betweenness", "closeness", "eigenvector", "pagerank", "core", "constraint"]

    static func html(_ analysis: ReportAnalysis) -> String {
        let table = analysis.metrics.table
        let columns = shownMetrics.compactMap { name in table.columnIndex(name).map { (name, $0) } }
        let rows = chosenRows(analysis, columns: columns)
        let htmlRows = rows.map { row -> [(html: String, sortKey: String)] in
            var cells: [(html: String, sortKey: String)] = [
                (HTMLText.escaped(HTMLText.cell(row[1])), HTMLText.cell(row[1])),
                (HTMLText.escaped(HTMLText.cell(row[2])), HTMLText.cell(row[2])),
            ]
            for (name, index) in columns {
                let value = row[index]
                let decimals = name == "degree" || name == "core" ? 0 : 4
                cells.append((HTMLText.escaped(HTMLText.cell(value, decimals: decimals)), sortKey(value)))
            }
            return cells
        }
        let shown = rows.count == table.rows.count
            ? "Every node of the measured graph."
            : "The \(rows.count) nodes that rank in the top \(analysis.options.keyActorRows) by at least one metric."
        return """
            <section id="key-actors"><h2>Key actors</h2>
            <div class="ranked-lists">\(rankedLists(analysis))</div>
            <details class="all-metrics"><summary>Every metric, in one table</summary>
            <p>\(HTMLText.escaped(shown)) Click a heading to sort by it; definitions are in Methods.</p>
            \(HTMLText.sortableTable(id: "key-actor-table", columns: ["Name", "Kind"] + columns.map(\.0), rows: htmlRows))
            </details>
            </section>
            """
    }

    /// The three questions, each a ranked list of names (a click opens the node's card) with the figure.
    static func rankedLists(_ analysis: ReportAnalysis) -> String {
        let groupNoun = analysis.crossPollination?.grouping.name ?? "community"
        let degree = analysis.column("degree") ?? []
        let eigenvector = analysis.column("eigenvector")
        let questions: [(id: String, title: String, meaning: String, values: [Double], extra: [Double]?, extraName: String)] = [
            ("rank-connectors", "Who connects", "Most shortest paths run through them (betweenness).",
             analysis.column("betweenness") ?? [], nil, ""),
            ("rank-bridges", "Who bridges groups",
             "Their ties spread most evenly over the \(groupNoun) groups (participation coefficient).",
             analysis.participation, degree, "ties"),
            ("rank-central", "Who is central", "Most ties (degree), with eigenvector centrality beside.",
             degree, eigenvector, "eigenvector"),
        ]
        var out = ""
        for question in questions {
            let top = analysis.ranked(question.values, limit: listLength)
            out += "<div class=\"ranked\" id=\"\(question.id)\"><h3>\(HTMLText.escaped(question.title))</h3>"
            out += HTMLText.paragraph(question.meaning)
            guard !top.isEmpty else {
                out += "<p class=\"none\">No node stands out.</p></div>"
                continue
            }
            out += "<ol>"
            for position in top {
                let node = analysis.network.nodes[Int(position)]
                let value = question.values[Int(position)]
                var figure = HTMLText.number(value, decimals: value == value.rounded() ? 0 : 3)
                if let extra = question.extra, extra.indices.contains(Int(position)) {
                    let other = extra[Int(position)]
                    figure += " · " + question.extraName + " "
                        + HTMLText.number(other, decimals: other == other.rounded() ? 0 : 3)
                }
                out += "<li><a href=\"#card=\(HTMLText.escaped(urlFragment(node.id)))\" data-node=\"\(HTMLText.escaped(node.id))\">"
                    + "\(HTMLText.escaped(node.label))</a> <span class=\"kind\">\(HTMLText.escaped(node.kind.rawValue))</span> "
                    + "<span class=\"figure\">\(figure)</span></li>"
            }
            out += "</ol></div>"
        }
        return out
    }

    /// `text` percent-encoded for an address fragment (everything but letters, digits and `-._~`).
    static func urlFragment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let isPlain = (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if isPlain {
                out.append(Character(UnicodeScalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// Every row on small networks; otherwise the union of each metric's top rows, by betweenness.
    static func chosenRows(_ analysis: ReportAnalysis, columns: [(String, Int)]) -> [[ResultTable.Cell]] {
        let table = analysis.metrics.table
        let byBetweenness = table.columnIndex("betweenness").map { table.sorted(by: $0) } ?? table
        if table.rows.count <= analysis.options.allNodesUpTo { return byBetweenness.rows }
        var keep = Set<String>()
        for (name, index) in columns {
            let sorted = table.sorted(by: index, descending: name != "constraint")
            for row in sorted.rows.prefix(analysis.options.keyActorRows) { keep.insert(HTMLText.cell(row[0])) }
        }
        return byBetweenness.rows.filter { keep.contains(HTMLText.cell($0[0])) }
    }

    /// A sort key: the number with full precision, or empty for a missing value.
    static func sortKey(_ cell: ResultTable.Cell) -> String {
        guard let number = cell.number, number.isFinite else { return "" }
        return "\(number)"
    }
}
