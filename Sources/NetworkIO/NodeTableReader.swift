import NetworkModel

/// The fields of a nodes table: `id,label,kind,<attributes…>`.
enum NodeColumn: Hashable {
    case id, label, kind

    /// Header names read as each field, in order of preference (Kumu's `Label` is the id when there is no ID).
    static let aliases: [(NodeColumn, [String])] = [
        (.id, ["id", "key", "name", "label"]),
        (.label, ["label", "name", "title"]),
        (.kind, ["kind", "type", "category"]),
    ]
}

/// Reads a nodes table into the network: one node per row, ids unique.
/// A repeated id with the same data is a warning; with different data, an error.
enum NodeTableReader {
    static func read(_ source: CSVSource, into assembly: inout NetworkAssembly) {
        var tokenizer = source.tokenizer()
        guard let header = TableHeader.read(from: source, tokenizer: &tokenizer, diagnostics: &assembly.diagnostics)
        else { return }
        var mapping = ColumnMapping(header: header, aliases: NodeColumn.aliases)
        guard let idColumn = mapping[.id] else {
            assembly.diagnostics.error(
                source.location(of: header.offset), "the nodes table has no id column",
                fix: "add a column named id (also read as key, name or label) holding each node's identifier")
            return
        }
        let declared = WideTableAttributes.columnsToDeclare(mapping.attributes, source: source)
        mapping.attributes = declared.columns
        if let note = declared.note { assembly.notes.append(note) }
        assembly.network.declareAttributes(nodes: mapping.attributes.map(\.name))
        var fields: [CSVField] = []
        var rowCount = 0
        while let rowOffset = tokenizer.nextRecord(into: &fields) {
            if !tokenizer.problems.isEmpty {
                source.report(tokenizer.problems, into: &assembly.diagnostics)
                tokenizer.problems.removeAll()
            }
            if TableHeader.isBlank(fields) { continue }
            rowCount += 1
            header.checkShape(of: fields, rowOffset: rowOffset, source: source, diagnostics: &assembly.diagnostics)
            readRow(fields, rowOffset: rowOffset, idColumn: idColumn, mapping: mapping, source: source, into: &assembly)
        }
        if rowCount == 0 {
            assembly.diagnostics.error(
                source.location(of: header.offset), "the nodes table has a header but no rows",
                fix: "add one row per node, or leave the nodes file out to create nodes from the ties")
        }
    }

    private static func readRow(
        _ fields: [CSVField], rowOffset: Int, idColumn: Int, mapping: ColumnMapping<NodeColumn>, source: CSVSource,
        into assembly: inout NetworkAssembly
    ) {
        let id = source.value(in: fields, column: idColumn)
        guard !id.isEmpty else {
            assembly.diagnostics.error(
                source.location(in: fields, column: idColumn, rowOffset: rowOffset), "the node's id is empty",
                fix: "give every node an id, or delete the row")
            return
        }
        let label = source.value(in: fields, column: mapping[.label])
        let kindText = source.value(in: fields, column: mapping[.kind])
        var attributes: [String: String] = [:]
        for (column, name) in mapping.attributes {
            let value = source.value(in: fields, column: column)
            if !value.isEmpty { attributes[name] = value }
        }
        var kind = NodeKind.node
        if !kindText.isEmpty {
            let meaning = assembly.vocabulary.nodeMeaning(of: kindText)
            kind = meaning?.kind ?? NodeKind(rawValue: kindText)
            if meaning?.funder == true, attributes[Vocabulary.funderAttribute] == nil {
                attributes[Vocabulary.funderAttribute] = Vocabulary.funderValue
                assembly.network.declareAttributes(nodes: [Vocabulary.funderAttribute])
            }
            assembly.kindWords.add(
                KindWordReading(
                    table: .nodes, location: source.location(in: fields, column: mapping[.kind], rowOffset: rowOffset),
                    word: kindText, kind: kind.rawValue, funder: meaning?.funder ?? false,
                    recognised: meaning != nil || kind == .node || NodeKind.wellKnown.contains(kind), count: 1))
        }
        let node = Node(id: id, label: label.isEmpty ? nil : label, kind: kind, attributes: attributes)
        let line = source.line(of: rowOffset)
        if let existing = assembly.ids.position(of: id) {
            let location = source.location(in: fields, column: idColumn, rowOffset: rowOffset)
            let previous = assembly.definitionLines[existing].map { "on \(source.lineNoun) \($0)" } ?? "by a tie"
            if assembly.network.nodes[Int(existing)] == node {
                assembly.diagnostics.warning(
                    location, "node \"\(id)\" is listed again with the same data as \(previous)",
                    fix: "delete the repeated row")
            } else {
                assembly.diagnostics.error(
                    location, "node \"\(id)\" is already defined \(previous) with different data",
                    fix: "keep one row per node id, merging the two rows, or give one node another id")
            }
            return
        }
        if let position = assembly.addNode(node, at: source.location(of: rowOffset)) {
            assembly.definitionLines[position] = line
        }
    }
}
