import NetworkAnalysis

/// Key actors: the nodes that stand out by the main centralities, in one sortable table.
enum KeyActorsSection {
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
            <p>\(HTMLText.escaped(shown)) Click a heading to sort by it; definitions are in Methods.</p>
            \(HTMLText.sortableTable(id: "key-actor-table", columns: ["Name", "Kind"] + columns.map(\.0), rows: htmlRows))
            </section>
            """
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
