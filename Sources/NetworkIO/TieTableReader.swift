import NetworkModel

/// The fields of a ties table: `source,target,kind,direction,weight,start,end,wave,<attributes…>`.
enum TieColumn: Hashable {
    case source, target, kind, direction, weight, start, end, wave

    /// Header names read as each field, in order of preference.
    static let aliases: [(TieColumn, [String])] = [
        (.source, ["source", "from", "src"]),
        (.target, ["target", "to", "dst"]),
        (.kind, ["kind", "type", "category"]),
        (.direction, ["direction", "directed"]),
        (.weight, ["weight", "strength", "value"]),
        (.start, ["start", "start_date", "since", "date"]),
        (.end, ["end", "end_date", "until"]),
        (.wave, ["wave", "round"]),
    ]
}

/// How a ties table is to be read: which column is which, what to do with
/// ids the network lacks, and the direction of ties whose row does not say.
struct TieTableSettings {
    var mapping: ColumnMapping<TieColumn>
    /// The column whose words give each tie's direction (a direction column, or Gephi's `Type`).
    var directionColumn: Int?
    /// The column whose words give each tie's kind.
    var kindColumn: Int?
    /// Kumu's `From`/`To` hold several ids separated by `|`, one tie per pair.
    var splitsIdsOnBar: Bool
    /// Nodes to create for unknown ids (their kinds), or nil to report unknown ids as errors.
    var createsNodes: (source: NodeKind, target: NodeKind)?
    /// The file that should have listed unknown ids, named in the error.
    var nodesFile: String?
    /// The kind of ties whose row names none.
    var defaultKind: TieKind
    /// Direction of ties whose row does not give one; nil means the kind's default.
    var defaultDirection: TieDirection?
}

/// Reads a ties table (or an affiliation table) into the network, one tie per
/// row (or per id pair), checking every value and reporting every problem.
///
/// - Complexity: O(rows) expected; ids are found through the network's hash index.
struct TieTableReader {
    private let source: CSVSource
    private let settings: TieTableSettings
    private var kinds: [String: (kind: TieKind, number: Int32)] = [:]
    private var waves: [String: Int32] = [:]
    private var seenTies: [TieIdentity: Int] = [:]
    private var missingIds: [String: [Int]] = [:]
    private var missingOrder: [String] = []
    private var createdNodeCount = 0

    /// What makes two ties the same: endpoints (ordered only when directed), kind and wave.
    private struct TieIdentity: Hashable {
        var first: Int32
        var second: Int32
        var kind: Int32
        var wave: Int32
    }

    init(source: CSVSource, settings: TieTableSettings) {
        self.source = source
        self.settings = settings
    }

    /// Reads every row after `header` from `tokenizer`.
    mutating func read(header: TableHeader, tokenizer: inout CSVTokenizer, into assembly: inout NetworkAssembly) {
        let attributeNames = settings.mapping.attributes.map(\.name)
        assembly.network.declareAttributes(ties: attributeNames)
        var fields: [CSVField] = []
        var rowCount = 0
        while let rowOffset = tokenizer.nextRecord(into: &fields) {
            if !tokenizer.problems.isEmpty {
                source.report(tokenizer.problems, into: &assembly.diagnostics)
                tokenizer.problems.removeAll()
            }
            if fields.count == 1, fields[0].isEmpty, !fields[0].isQuoted { continue }
            if TableHeader.isBlank(fields) { continue }
            rowCount += 1
            if fields.count != header.namedCount {
                header.checkShape(of: fields, rowOffset: rowOffset, source: source, diagnostics: &assembly.diagnostics)
            }
            readRow(fields, rowOffset: rowOffset, into: &assembly)
        }
        if rowCount == 0 {
            assembly.diagnostics.error(
                source.location(of: header.offset), "the ties table has a header but no rows",
                fix: "add one row per tie under the header")
        }
        reportMissingIds(into: &assembly)
        if createdNodeCount > 0, let nodesFile = settings.nodesFile {
            assembly.notes.append("\(source.path): created \(createdNodeCount) nodes for ids missing from \(nodesFile)")
        }
    }

    // MARK: - Rows

    private mutating func readRow(_ fields: [CSVField], rowOffset: Int, into assembly: inout NetworkAssembly) {
        let mapping = settings.mapping
        var valid = true
        func fail(_ column: Int?, _ problem: FieldValueParsing.Problem) {
            assembly.diagnostics.error(
                source.location(in: fields, column: column, rowOffset: rowOffset), problem.message, fix: problem.fix)
            valid = false
        }
        let sourceText = source.value(in: fields, column: mapping[.source])
        let targetText = source.value(in: fields, column: mapping[.target])
        if sourceText.isEmpty {
            fail(mapping[.source], .init(message: "the tie's source id is empty", fix: "fill in the source, or delete the row"))
        }
        if targetText.isEmpty {
            fail(mapping[.target], .init(message: "the tie's target id is empty", fix: "fill in the target, or delete the row"))
        }
        let kind = kindOfRow(fields)
        var direction = settings.defaultDirection ?? kind.kind.defaultDirection
        if let column = settings.directionColumn {
            let text = source.value(in: fields, column: column)
            if !text.isEmpty {
                switch FieldValueParsing.direction(text) {
                case .success(let value): direction = value
                case .failure(let problem): fail(column, problem)
                }
            }
        }
        var weight = 1.0
        if let column = mapping[.weight] {
            let text = source.value(in: fields, column: column)
            if !text.isEmpty {
                switch FieldValueParsing.weight(text, allowsDecimalComma: source.delimiter != UInt8(ascii: ",")) {
                case .success(let value): weight = value
                case .failure(let problem): fail(column, problem)
                }
            }
        }
        let start = date(fields, column: mapping[.start], role: "start", onFailure: fail)
        let end = date(fields, column: mapping[.end], role: "end", onFailure: fail)
        if let start, let end, end < start {
            fail(
                mapping[.start],
                .init(
                    message: "start date \(start) is after end date \(end)",
                    fix: "swap the two dates, or correct the one that is wrong"))
        }
        let waveText = source.value(in: fields, column: mapping[.wave])
        var attributes: [String: String] = [:]
        for (column, name) in mapping.attributes {
            let value = source.value(in: fields, column: column)
            if !value.isEmpty { attributes[name] = value }
        }
        let sources = settings.splitsIdsOnBar ? Self.splitOnBar(sourceText) : [sourceText]
        let targets = settings.splitsIdsOnBar ? Self.splitOnBar(targetText) : [targetText]
        for sourceId in sources {
            for targetId in targets {
                let sourcePosition = node(sourceId, kind: settings.createsNodes?.source, fields, mapping[.source], rowOffset, &assembly)
                let targetPosition = node(targetId, kind: settings.createsNodes?.target, fields, mapping[.target], rowOffset, &assembly)
                guard valid, let sourcePosition, let targetPosition else { continue }
                let tie = Tie(
                    source: sourcePosition, target: targetPosition, kind: kind.kind, direction: direction,
                    weight: weight, start: start, end: end, wave: waveText.isEmpty ? nil : waveText,
                    attributes: attributes)
                add(tie, kindNumber: kind.number, fields: fields, rowOffset: rowOffset, into: &assembly)
            }
        }
    }

    private mutating func kindOfRow(_ fields: [CSVField]) -> (kind: TieKind, number: Int32) {
        let text = source.value(in: fields, column: settings.kindColumn)
        if let known = kinds[text] { return known }
        let kind = text.isEmpty ? settings.defaultKind : TieKind(rawValue: text)
        let entry = (kind, Int32(kinds.count))
        kinds[text] = entry
        return entry
    }

    private func date(
        _ fields: [CSVField], column: Int?, role: String, onFailure: (Int?, FieldValueParsing.Problem) -> Void
    ) -> PartialDate? {
        let text = source.value(in: fields, column: column)
        guard !text.isEmpty else { return nil }
        switch FieldValueParsing.date(text, role: role) {
        case .success(let value): return value
        case .failure(let problem):
            onFailure(column, problem)
            return nil
        }
    }

    private static func splitOnBar(_ text: String) -> [String] {
        guard text.contains("|") else { return [text] }
        return text.split(separator: "|").map { String($0).trimmingBlanks() }.filter { !$0.isEmpty }
    }

    /// The position of the node with `id`, creating it when allowed; records a missing id otherwise.
    private mutating func node(
        _ id: String, kind: NodeKind?, _ fields: [CSVField], _ column: Int?, _ rowOffset: Int,
        _ assembly: inout NetworkAssembly
    ) -> Int32? {
        guard !id.isEmpty else { return nil }
        if let position = assembly.network.index(of: id) { return position }
        guard let kind else {
            let offset = column.flatMap { $0 < fields.count ? fields[$0].origin : nil } ?? rowOffset
            if missingIds[id] == nil { missingOrder.append(id) }
            missingIds[id, default: []].append(offset)
            return nil
        }
        do {
            createdNodeCount += 1
            return try assembly.network.addNode(Node(id: id, kind: kind))
        } catch {
            assembly.diagnostics.error(
                source.location(of: rowOffset), "the network cannot hold more nodes",
                fix: "split the data into smaller networks")
            return nil
        }
    }

    private mutating func add(
        _ tie: Tie, kindNumber: Int32, fields: [CSVField], rowOffset: Int, into assembly: inout NetworkAssembly
    ) {
        let source = self.source
        let sourceColumn = settings.mapping[.source]
        func location() -> SourceLocation { source.location(in: fields, column: sourceColumn, rowOffset: rowOffset) }
        if tie.isSelfLoop {
            assembly.diagnostics.warning(
                location(), "tie joins \"\(assembly.network.nodes[Int(tie.source)].id)\" to itself",
                fix: "check the two ids, or delete the row if the self-tie is not meant")
        }
        var wave: Int32 = -1
        if let text = tie.wave {
            if let known = waves[text] {
                wave = known
            } else {
                wave = Int32(waves.count)
                waves[text] = wave
            }
        }
        let ordered = tie.direction == .directed || tie.source <= tie.target
        let identity = TieIdentity(
            first: ordered ? tie.source : tie.target, second: ordered ? tie.target : tie.source, kind: kindNumber,
            wave: wave)
        if let earlier = seenTies.updateValue(rowOffset, forKey: identity) {
            seenTies[identity] = earlier
            let nodes = assembly.network.nodes
            assembly.diagnostics.warning(
                location(),
                "tie from \"\(nodes[Int(tie.source)].id)\" to \"\(nodes[Int(tie.target)].id)\" of kind \(tie.kind) repeats the one on line \(source.line(of: earlier))",
                fix: "delete the repeated row, or tell the ties apart by kind or wave")
        }
        do {
            try assembly.network.addTie(tie)
        } catch {
            assembly.diagnostics.error(location(), "the tie cannot be added: \(error)", fix: "check its ids and weight")
        }
    }

    private func reportMissingIds(into assembly: inout NetworkAssembly) {
        let nodesFile = settings.nodesFile ?? "the nodes file"
        for id in missingOrder {
            guard let offsets = missingIds[id], let first = offsets.first else { continue }
            var message = "node \"\(id)\" is not in \(nodesFile)"
            if offsets.count > 1 {
                let lines = offsets.dropFirst().prefix(5).map { String(source.line(of: $0)) }
                let more = offsets.count > 6 ? " and \(offsets.count - 6) more" : ""
                message += " (also named on line\(offsets.count > 2 ? "s" : "") \(lines.joined(separator: ", "))\(more))"
            }
            assembly.diagnostics.error(
                source.location(of: first), message,
                fix: "add a row for \"\(id)\" to \(nodesFile), correct the id, or create missing nodes (--create-missing-nodes)")
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[first...last])
    }
}
