import NetworkIO
import NetworkModel

/// Writes the node and tie tables as CSV (RFC 4180, through NetworkIO's ``CSVWriter``), in the
/// columns Liaison's own reader understands, so `liaison inspect` on an export reads the same network.
/// Cells a spreadsheet would read as formulas are neutralised unless `rawCSV` (see docs/EXPORT.md).
///
/// - Liaison form: `nodes.csv` is `id,label,kind,<attributes…>,<metrics…>`, `edges.csv` is
///   `source,target,kind,direction,weight,start,end,wave,<attributes…>` (NetworkIO's
///   ``NetworkWriter`` layout). Read back, the metric columns become node attributes.
/// - Kumu form: `elements.csv` is `ID,Label,Type[,Description][,Tags],<attributes…>,<metrics…>` and
///   `connections.csv` is `From,To,Type,Direction,Strength,Start,End,Wave,<attributes…>`, with From/To
///   naming element IDs. A node attribute named `description` or `tags` (any case) fills Kumu's
///   `Description` or `Tags` column; tags separated by `;` or `,` are joined with Kumu's `|`.
///   Kumu splits From/To on `|`, so ids holding `|` cannot survive the Kumu form.
/// - Kumu workbook form (`--to xlsx`): the same two tables as the sheets `Elements` and `Connections`
///   (``WorkbookExportWriter``).
enum TableExportWriter {
    static func liaisonNodes(_ document: ExportDocument, rawCSV: Bool = false) -> String {
        liaisonNodeTable(document).csv(raw: rawCSV)
    }

    static func liaisonTies(_ document: ExportDocument, rawCSV: Bool = false) -> String {
        liaisonTieTable(document).csv(raw: rawCSV)
    }

    static func kumuElements(_ document: ExportDocument, rawCSV: Bool = false) -> String {
        kumuElementTable(document).csv(raw: rawCSV)
    }

    static func kumuConnections(_ document: ExportDocument, rawCSV: Bool = false) -> String {
        kumuConnectionTable(document).csv(raw: rawCSV)
    }

    static func liaisonNodeTable(_ document: ExportDocument) -> ExportTable {
        var table = ExportTable(header: ["id"] + document.nodeColumns.map(\.name))
        table.numeric = [false] + document.nodeColumns.map { $0.type != .string }
        for (position, node) in document.network.nodes.enumerated() {
            table.rows.append([node.id] + document.nodeValues[position].map { $0 ?? "" })
        }
        return table
    }

    static func liaisonTieTable(_ document: ExportDocument) -> ExportTable {
        tieTable(document, header: ["source", "target"], fixedNames: nil)
    }

    /// Kumu's elements: `ID,Label,Type[,Description][,Tags],<attributes…>,<metrics…>`.
    static func kumuElementTable(_ document: ExportDocument) -> ExportTable {
        let kumuNames = ["label": "Label", "kind": "Type", "description": "Description", "tags": "Tags"]
        // Label and Type first, then Kumu's Description and Tags, then everything else in column order.
        let special = ["label", "kind", "description", "tags"].compactMap { name in
            document.nodeColumns.indices.first { document.nodeColumns[$0].name.lowercased() == name && !document.nodeColumns[$0].isMetric }
        }
        let order = special + document.nodeColumns.indices.filter { !special.contains($0) }
        var table = ExportTable(header: ["ID"] + order.map { index in
            let name = document.nodeColumns[index].name
            return special.contains(index) ? kumuNames[name.lowercased()] ?? name : name
        })
        table.numeric = [false] + order.map { document.nodeColumns[$0].type != .string }
        let tagsColumn = special.first { document.nodeColumns[$0].name.lowercased() == "tags" }
        for (position, node) in document.network.nodes.enumerated() {
            let values = document.nodeValues[position]
            table.rows.append([node.id] + order.map { index in
                let value = values[index] ?? ""
                return index == tagsColumn ? kumuTags(value) : value
            })
        }
        return table
    }

    /// Kumu's connections: `From,To,Type,Direction,Strength,Start,End,Wave,<attributes…>`.
    static func kumuConnectionTable(_ document: ExportDocument) -> ExportTable {
        tieTable(document, header: ["From", "To"], fixedNames: ["Type", "Direction", "Strength", "Start", "End", "Wave"])
    }

    /// The ties with the given endpoint header; the six fixed columns renamed to `fixedNames` when given.
    private static func tieTable(_ document: ExportDocument, header: [String], fixedNames: [String]?) -> ExportTable {
        let network = document.network
        let weightColumn = document.tieColumnIndex("weight")
        var names = document.tieColumns.map(\.name)
        if let fixedNames { for (index, name) in fixedNames.enumerated() { names[index] = name } }
        var table = ExportTable(header: header + names)
        table.numeric = header.map { _ in false } + document.tieColumns.enumerated().map { index, column in
            index == weightColumn || column.type != .string
        }
        for (index, tie) in network.ties.enumerated() {
            var row = [network.nodes[Int(tie.source)].id, network.nodes[Int(tie.target)].id]
            for (column, value) in document.tieValues[index].enumerated() {
                row.append(column == weightColumn ? NetworkWriter.formatWeight(tie.weight) : value ?? "")
            }
            table.rows.append(row)
        }
        return table
    }

    /// Tags as Kumu writes several values in one cell: separated by `|`.
    static func kumuTags(_ value: String) -> String {
        guard !value.contains("|") else { return value }
        let parts = value.split(whereSeparator: { $0 == ";" || $0 == "," })
            .map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        return parts.joined(separator: "|")
    }
}

extension String {
    fileprivate func trimmingCharacters(in blank: Character) -> String {
        var text = Substring(self)
        while text.first == blank { text.removeFirst() }
        while text.last == blank { text.removeLast() }
        return String(text)
    }
}
