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
    /// The words the kind column may use and the kinds they mean.
    var vocabulary: Vocabulary
    /// How dates that are not ISO 8601 are written (given with `--date-format` or detected), if any.
    var dateFormat: DateFormat?

    /// The same settings with `dateFormat`.
    func with(dateFormat: DateFormat?) -> TieTableSettings {
        var settings = self
        settings.dateFormat = dateFormat
        return settings
    }
}

/// Reads a ties table (or an affiliation table) into the network, one tie per
/// row (or per id pair), checking every value and reporting every problem.
///
/// - Complexity: O(bytes + rows) expected; ids are found from their bytes through ``IdIndex``.
struct TieTableReader {
    private let source: CSVSource
    private var settings: TieTableSettings
    private let columns: Columns
    /// Each word of the kind column met so far: its position in ``kindReadings`` and what it means.
    private var kinds: [String: (reading: Int, kind: TieKind, reversed: Bool)] = [:]
    /// How each word of the kind column was read, with the rows that used it, in the order first met.
    private var kindReadings: [KindWordReading] = []
    private var duplicates = TieDuplicateIndex(expectedCount: 16)
    /// Makes the ties, one copy of each kind, direction and wave for all of them.
    private var templates = TieTemplates()
    /// Row offset of each tie this reader added, by its position minus ``firstTie``.
    private var tieRows: [UInt32] = []
    private var firstTie = 0
    private var missingIds: [String: [Int]] = [:]
    private var missingOrder: [String] = []
    private var createdNodeCount = 0

    /// The column of each field, looked up once rather than per row.
    private struct Columns {
        var source, target, weight, start, end, wave: Int?
    }

    init(source: CSVSource, settings: TieTableSettings) {
        self.source = source
        self.settings = settings
        let mapping = settings.mapping
        columns = Columns(
            source: mapping[.source], target: mapping[.target], weight: mapping[.weight], start: mapping[.start],
            end: mapping[.end], wave: mapping[.wave])
    }

    /// Reads every row after `header` from `tokenizer`.
    mutating func read(header: TableHeader, tokenizer: inout CSVTokenizer, into assembly: inout NetworkAssembly) {
        let declared = WideTableAttributes.columnsToDeclare(settings.mapping.attributes, source: source)
        settings.mapping.attributes = declared.columns
        if let note = declared.note { assembly.notes.append(note) }
        assembly.network.declareAttributes(ties: settings.mapping.attributes.map(\.name))
        let expectedRows = source.lineCountEstimate
        firstTie = assembly.network.tieCount
        assembly.network.reserveTies(firstTie + expectedRows)
        duplicates = TieDuplicateIndex(expectedCount: expectedRows)
        tieRows.reserveCapacity(expectedRows)
        var fields: [CSVField] = []
        var rowCount = 0
        var releasedUpTo = 0
        while let rowOffset = tokenizer.nextRecord(into: &fields) {
            if !tokenizer.problems.isEmpty {
                source.report(tokenizer.problems, into: &assembly.diagnostics)
                tokenizer.problems.removeAll()
            }
            if TableHeader.isBlank(fields) { continue }
            rowCount += 1
            if fields.count != header.namedCount {
                header.checkShape(of: fields, rowOffset: rowOffset, source: source, diagnostics: &assembly.diagnostics)
            }
            readRow(fields, rowOffset: rowOffset, into: &assembly)
            if rowOffset &- releasedUpTo > 1 << 22 {
                source.release(before: rowOffset)
                releasedUpTo = rowOffset
            }
        }
        if rowCount == 0 {
            assembly.diagnostics.error(
                source.location(of: header.offset), "the ties table has a header but no rows",
                fix: "add one row per tie under the header")
        }
        reportMissingIds(into: &assembly)
        for reading in kindReadings { assembly.kindWords.add(reading) }
        if createdNodeCount > 0, let nodesFile = settings.nodesFile {
            assembly.notes.append("\(source.path): created \(createdNodeCount) nodes for ids missing from \(nodesFile)")
        }
    }

    // MARK: - Rows

    private mutating func readRow(_ fields: [CSVField], rowOffset: Int, into assembly: inout NetworkAssembly) {
        let columns = self.columns
        var valid = true
        func fail(_ column: Int?, _ problem: FieldValueParsing.Problem) {
            assembly.diagnostics.error(
                source.location(in: fields, column: column, rowOffset: rowOffset), problem.message, fix: problem.fix)
            valid = false
        }
        let (kind, reversed) = kindOfRow(fields, rowOffset: rowOffset)
        var direction = settings.defaultDirection ?? kind.defaultDirection
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
        if let column = columns.weight {
            let text = source.value(in: fields, column: column)
            if !text.isEmpty {
                switch FieldValueParsing.weight(text, allowsDecimalComma: source.delimiter != UInt8(ascii: ",")) {
                case .success(let value): weight = value
                case .failure(let problem): fail(column, problem)
                }
            }
        }
        let start = date(fields, column: columns.start, role: "start", onFailure: fail)
        let end = date(fields, column: columns.end, role: "end", onFailure: fail)
        if let start, let end, end < start {
            fail(
                columns.start,
                .init(
                    message: "start date \(start) is after end date \(end)",
                    fix: "swap the two dates, or correct the one that is wrong"))
        }
        var wave: String?
        if let column = columns.wave {
            let text = source.value(in: fields, column: column)
            if !text.isEmpty { wave = text }
        }
        var attributes: [String: String] = [:]
        for (column, name) in settings.mapping.attributes {
            let value = source.value(in: fields, column: column)
            if !value.isEmpty { attributes[name] = value }
        }
        if !settings.splitsIdsOnBar {
            let sourcePosition = node(
                fields, columns.source, role: "source", kind: settings.createsNodes?.source, rowOffset, &assembly)
            let targetPosition = node(
                fields, columns.target, role: "target", kind: settings.createsNodes?.target, rowOffset, &assembly)
            guard valid, let sourcePosition, let targetPosition else { return }
            let tie = templates.tie(
                source: reversed ? targetPosition : sourcePosition, target: reversed ? sourcePosition : targetPosition,
                kind: kind, direction: direction, weight: weight,
                start: start, end: end, wave: wave, attributes: attributes)
            add(tie, fields: fields, rowOffset: rowOffset, into: &assembly)
            return
        }
        let pairs = endpointsOnBars(fields, rowOffset: rowOffset, into: &assembly)
        guard valid else { return }
        for (sourcePosition, targetPosition) in pairs {
            let tie = templates.tie(
                source: reversed ? targetPosition : sourcePosition, target: reversed ? sourcePosition : targetPosition,
                kind: kind, direction: direction, weight: weight,
                start: start, end: end, wave: wave, attributes: attributes)
            add(tie, fields: fields, rowOffset: rowOffset, into: &assembly)
        }
    }

    /// The node pairs a row with Kumu's `|`-separated ids joins: every source with every target.
    /// Reports empty ids and records ids the network lacks.
    private mutating func endpointsOnBars(
        _ fields: [CSVField], rowOffset: Int, into assembly: inout NetworkAssembly
    ) -> [(Int32, Int32)] {
        let sourceColumn = columns.source
        let targetColumn = columns.target
        let sources = ids(fields, sourceColumn, role: "source", rowOffset, &assembly)
        let targets = ids(fields, targetColumn, role: "target", rowOffset, &assembly)
        var pairs: [(Int32, Int32)] = []
        let sourcePositions = sources.map { node(id: $0, kind: settings.createsNodes?.source, fields, sourceColumn, rowOffset, &assembly) }
        let targetPositions = targets.map { node(id: $0, kind: settings.createsNodes?.target, fields, targetColumn, rowOffset, &assembly) }
        for case let sourcePosition? in sourcePositions {
            for case let targetPosition? in targetPositions { pairs.append((sourcePosition, targetPosition)) }
        }
        return pairs
    }

    private func reportEmpty(_ fields: [CSVField], _ column: Int?, role: String, _ rowOffset: Int, _ assembly: inout NetworkAssembly) {
        assembly.diagnostics.error(
            source.location(in: fields, column: column, rowOffset: rowOffset), "the tie's \(role) id is empty",
            fix: "fill in the \(role), or delete the row")
    }

    /// The ids in a Kumu `From`/`To` field, split on `|`.
    private func ids(
        _ fields: [CSVField], _ column: Int?, role: String, _ rowOffset: Int, _ assembly: inout NetworkAssembly
    ) -> [String] {
        let text = source.value(in: fields, column: column)
        let ids = text.split(separator: "|").map { String($0).trimmingBlanks() }.filter { !$0.isEmpty }
        if ids.isEmpty { reportEmpty(fields, column, role: role, rowOffset, &assembly) }
        return ids
    }

    /// The position of the node a field names, found from the field's bytes (the fast path).
    private mutating func node(
        _ fields: [CSVField], _ column: Int?, role: String, kind: NodeKind?, _ rowOffset: Int,
        _ assembly: inout NetworkAssembly
    ) -> Int32? {
        guard let column, column < fields.count, !fields[column].isEmpty else {
            reportEmpty(fields, column, role: role, rowOffset, &assembly)
            return nil
        }
        let field = fields[column]
        if !field.hasDoubledQuotes,
            let position = assembly.ids.position(of: UnsafeBufferPointer(rebasing: source.bytes[field.start..<field.end]))
        {
            return position
        }
        return node(id: source.string(field), kind: kind, fields, column, rowOffset, &assembly)
    }

    /// The kind a row's kind word means, and whether the word names the tie from its object's side.
    private mutating func kindOfRow(_ fields: [CSVField], rowOffset: Int) -> (TieKind, reversed: Bool) {
        guard let column = settings.kindColumn else { return (settings.defaultKind, false) }
        let text = source.value(in: fields, column: column)
        if text.isEmpty { return (settings.defaultKind, false) }
        if let known = kinds[text] {
            kindReadings[known.reading].count += 1
            return (known.kind, known.reversed)
        }
        let meaning = settings.vocabulary.tieMeaning(of: text)
        let kind = meaning?.kind ?? TieKind(rawValue: text)
        let reversed = meaning?.reversed ?? false
        kinds[text] = (kindReadings.count, kind, reversed)
        kindReadings.append(
            KindWordReading(
                table: .ties, location: source.location(in: fields, column: column, rowOffset: rowOffset), word: text, kind: kind.rawValue, reversed: reversed,
                recognised: meaning != nil || kind == .tie || TieKind.wellKnown.contains(kind), count: 1))
        return (kind, reversed)
    }

    private func date(
        _ fields: [CSVField], column: Int?, role: String, onFailure: (Int?, FieldValueParsing.Problem) -> Void
    ) -> PartialDate? {
        let text = source.value(in: fields, column: column)
        guard !text.isEmpty else { return nil }
        switch FieldValueParsing.date(text, role: role, format: settings.dateFormat) {
        case .success(let value): return value
        case .failure(let problem):
            onFailure(column, problem)
            return nil
        }
    }

    /// The position of the node with `id`, creating it when allowed; records a missing id otherwise.
    private mutating func node(
        id: String, kind: NodeKind?, _ fields: [CSVField], _ column: Int?, _ rowOffset: Int,
        _ assembly: inout NetworkAssembly
    ) -> Int32? {
        guard !id.isEmpty else { return nil }
        if let position = assembly.ids.position(of: id) { return position }
        guard let kind else {
            let offset = column.flatMap { $0 < fields.count ? fields[$0].origin : nil } ?? rowOffset
            if missingIds[id] == nil { missingOrder.append(id) }
            missingIds[id, default: []].append(offset)
            return nil
        }
        createdNodeCount += 1
        return assembly.addNode(Node(id: id, kind: kind), at: source.location(of: rowOffset))
    }

    private mutating func add(_ tie: Tie, fields: [CSVField], rowOffset: Int, into assembly: inout NetworkAssembly) {
        let source = self.source
        let sourceColumn = columns.source
        func location() -> SourceLocation { source.location(in: fields, column: sourceColumn, rowOffset: rowOffset) }
        if tie.isSelfLoop {
            assembly.diagnostics.warning(
                location(), "tie joins \"\(assembly.network.nodes[Int(tie.source)].id)\" to itself",
                fix: "check the two ids, or delete the row if the self-tie is not meant")
        }
        let position = assembly.network.tieCount
        if let earlier = duplicates.earlierTie(
            matching: tie, position: Int32(truncatingIfNeeded: position), in: assembly.network.ties)
        {
            let nodes = assembly.network.nodes
            let earlierRow = Int(tieRows[Int(earlier) - firstTie])
            assembly.diagnostics.warning(
                location(),
                "tie from \"\(nodes[Int(tie.source)].id)\" to \"\(nodes[Int(tie.target)].id)\" of kind \(tie.kind) repeats the one on \(source.lineNoun) \(source.line(of: earlierRow))",
                fix: "delete the repeated row, or tell the ties apart by kind or wave")
        }
        do {
            try assembly.network.addTie(tie)
            tieRows.append(UInt32(truncatingIfNeeded: rowOffset))
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
                message += " (also named on \(source.lineNoun)\(offsets.count > 2 ? "s" : "") \(lines.joined(separator: ", "))\(more))"
            }
            assembly.diagnostics.error(
                source.location(of: first), message,
                fix: "add a row for \"\(id)\" to \(nodesFile), correct the id, or create missing nodes (--create-missing)")
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
