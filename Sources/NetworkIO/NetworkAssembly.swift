import NetworkModel

/// The network being built from one or more tables, with everything learnt on
/// the way: problems, notes, the files read, and where each node was defined.
struct NetworkAssembly {
    var network = Network()
    var diagnostics = DiagnosticCollector()
    var notes: [String] = []
    var files: [String] = []
    var hasDirectionColumn = false
    /// For nodes read from a nodes table: the line that defined each, by node position.
    var definitionLines: [Int32: Int] = [:]
    /// Node positions by the bytes of their ids, in step with `network`.
    var ids = IdIndex()
    /// The words kind columns may use, and how each word met was read.
    var vocabulary = Vocabulary.builtIn
    var kindWords = KindWordLog()

    /// Adds a node to the network and the id index; reports and returns nil when the network is full.
    mutating func addNode(_ node: Node, at location: @autoclosure () -> SourceLocation) -> Int32? {
        do {
            let position = try network.addNode(node)
            ids.append(node.id)
            return position
        } catch {
            diagnostics.error(location(), "the network cannot hold more nodes", fix: "split the data into smaller networks")
            return nil
        }
    }
}

extension CSVSource {
    /// The text of column `column` in `fields`; empty when the column is absent or the row too short.
    func value(in fields: [CSVField], column: Int?) -> String {
        guard let column, column < fields.count else { return "" }
        return string(fields[column])
    }

    /// Where to report a problem with column `column` of a row: the field, or the row's end when it is missing.
    func location(in fields: [CSVField], column: Int?, rowOffset: Int) -> SourceLocation {
        if let column, column < fields.count { return location(of: fields[column].origin) }
        if let last = fields.last { return location(of: last.end + (last.isQuoted ? 1 : 0)) }
        return location(of: rowOffset)
    }
}

extension TableHeader {
    /// Whether a record is blank: no field holds anything (an empty line, or only delimiters).
    static func isBlank(_ fields: [CSVField]) -> Bool {
        fields.allSatisfy { $0.isEmpty && !$0.isQuoted }
    }

    /// Reports a row with more values than the header names, or fewer fields than named columns.
    /// Empty fields beyond the named columns (trailing delimiters) are accepted.
    func checkShape(
        of fields: [CSVField], rowOffset: Int, source: CSVSource, diagnostics: inout DiagnosticCollector
    ) {
        if fields.count > namedCount,
            let extra = fields[namedCount...].first(where: { !$0.isEmpty || $0.isQuoted })
        {
            diagnostics.error(
                source.location(of: extra.origin),
                "this row has \(fields.count) fields but the header names \(namedCount) columns",
                fix: "quote values that contain the delimiter, or name the extra column in the header")
        } else if fields.count < namedCount {
            let missing = names[fields.count..<namedCount].prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
            let more = namedCount - fields.count > 3 ? ", …" : ""
            diagnostics.error(
                source.location(in: fields, column: nil, rowOffset: rowOffset),
                "this row has \(fields.count) fields but the header names \(namedCount) columns (missing \(missing)\(more))",
                fix: "add the missing fields, leaving a field empty between delimiters (a,,c) when it has no value")
        }
    }
}
