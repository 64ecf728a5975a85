import Foundation
import NetworkModel

/// Reads a network from a folder (`nodes.csv` + `edges.csv`, or Kumu's `Elements.csv` + `Connections.csv`),
/// a single edges file, an `.xlsx` workbook (its nodes and ties sheets), named files, or an affiliation table.
public enum NetworkLoader {
    /// Loads the network at `path` (a folder, an edges CSV or a workbook), or from the paths in `options`.
    ///
    /// Files are read in the order nodes, ties, affiliation table. Headers match
    /// case-insensitively with aliases (Kumu and Gephi exports load unedited); unknown
    /// columns become attributes. Every problem of every file is collected, each with
    /// its file, line, column and a fix.
    /// - Throws: ``ImportFailure`` listing every error found (capped), never a partial network.
    public static func load(path: String?, options: ImportOptions = ImportOptions()) throws(ImportFailure)
        -> ImportResult
    {
        var assembly = NetworkAssembly()
        assembly.vocabulary = options.vocabulary
        if let vocabularyPath = options.vocabularyPath {
            assembly.files.append(vocabularyPath)
            VocabularyFile.read(vocabularyPath, into: &assembly.vocabulary, diagnostics: &assembly.diagnostics)
        }
        if let survey = options.survey {
            let summary = SurveyLoader.load(survey, into: &assembly)
            var result = try finish(assembly, options: options)
            result.survey = summary
            return result
        }
        let plan = InputPlan.resolve(path: path, options: options, diagnostics: &assembly.diagnostics)
        assembly.notes.append(contentsOf: plan.notes)
        var files: [String] = []
        for file in [plan.nodes, plan.edges, plan.affiliation].compactMap({ $0 }) where !files.contains(file) {
            files.append(file)
        }
        guard MemoryBudget.check(files, available: options.availableMemory, diagnostics: &assembly.diagnostics) else {
            let list = assembly.diagnostics.failureList(limit: options.maximumReportedProblems)
            throw ImportFailure(diagnostics: list.diagnostics, suppressedCount: list.suppressed)
        }
        var tables = TableSources(options: options)
        var nodesTable: String?
        if let nodesPath = plan.nodes {
            let source = tables.open(nodesPath, as: .nodes, required: !plan.nodesAreOptional, into: &assembly)
            if let source { NodeTableReader.read(source, into: &assembly) }
            // A nodes file that cannot be opened at all has been reported; its ids are not reported missing too.
            nodesTable = source?.path
        }
        if let edgesPath = plan.edges, let source = tables.open(edgesPath, as: .ties, required: true, into: &assembly) {
            readTies(source, nodesFile: nodesTable, options: options, into: &assembly)
        }
        if let affiliationPath = plan.affiliation,
            let source = tables.open(affiliationPath, as: .affiliation, required: true, into: &assembly)
        {
            readAffiliations(source, options: options, into: &assembly)
        }
        tables.reportUnusedSheetOptions(into: &assembly)
        WeightTotalCheck.check(&assembly)
        return try finish(assembly, options: options)
    }

    /// The result of a finished read: every error thrown, or the network with its warnings and notes.
    private static func finish(_ assembly: NetworkAssembly, options: ImportOptions) throws(ImportFailure) -> ImportResult {
        var assembly = assembly
        let limit = options.maximumReportedProblems
        if assembly.diagnostics.hasErrors {
            let list = assembly.diagnostics.failureList(limit: limit)
            throw ImportFailure(diagnostics: list.diagnostics, suppressedCount: list.suppressed)
        }
        for reading in assembly.kindWords.readings where !reading.recognised {
            let unit = reading.table == .nodes ? "node" : "tie"
            assembly.diagnostics.warning(
                reading.location,
                "\(unit) kind \"\(reading.word)\" is not a kind Liaison knows (\(reading.count) \(unit)\(reading.count == 1 ? "" : "s")): "
                    + "kept as its own kind: metrics count it, but roles and practice diffusion look only for Liaison's kinds",
                fix: "if it means one of Liaison's kinds, say so in a vocabulary file (--vocabulary), e.g. "
                    + "\(reading.word.contains(",") ? "\"\(reading.word)\"" : reading.word),\(reading.table == .nodes ? "organization" : "collaborates_with")")
        }
        let warnings = assembly.diagnostics.warningList(limit: limit)
        return ImportResult(
            network: assembly.network, warnings: warnings.diagnostics, suppressedWarningCount: warnings.suppressed,
            notes: assembly.notes, files: assembly.files, hasDirectionColumn: assembly.hasDirectionColumn,
            kindWords: assembly.kindWords.readings)
    }

    private static func readTies(
        _ source: CSVSource, nodesFile: String?, options: ImportOptions, into assembly: inout NetworkAssembly
    ) {
        var tokenizer = source.tokenizer()
        guard let header = TableHeader.read(from: source, tokenizer: &tokenizer, diagnostics: &assembly.diagnostics)
        else { return }
        let mapping = ColumnMapping(header: header, aliases: TieColumn.aliases)
        var complete = true
        for (field, name, aliases) in [(TieColumn.source, "source", "from or src"), (.target, "target", "to or dst")]
        where mapping[field] == nil {
            assembly.diagnostics.error(
                source.location(of: header.offset), "the ties table has no \(name) column",
                fix: "add a column named \(name) (also read as \(aliases)) holding each tie's \(name) id")
            complete = false
        }
        guard complete else { return }
        var kindColumn = mapping[.kind]
        var directionColumn = mapping[.direction]
        if directionColumn == nil, let column = kindColumn, TableHeader.normalized(header.names[column]) == "type" {
            let decision = TypeColumnReading.decide(source: source, column: column)
            let values = decision.values.joined(separator: ", ")
            switch decision.reading {
            case .direction:
                directionColumn = column
                kindColumn = nil
                assembly.notes.append(
                    "\(source.path): column \(header.names[column]) read as the tie direction (values: \(values))")
            case .kind:
                assembly.notes.append(
                    "\(source.path): column \(header.names[column]) read as the tie kind (values: \(values))")
            }
        }
        assembly.hasDirectionColumn = assembly.hasDirectionColumn || directionColumn != nil
        let sourceName = TableHeader.normalized(header.names[mapping[.source] ?? 0])
        let targetName = TableHeader.normalized(header.names[mapping[.target] ?? 0])
        let settings = TieTableSettings(
            mapping: mapping, directionColumn: directionColumn, kindColumn: kindColumn,
            splitsIdsOnBar: sourceName == "from" || targetName == "to",
            createsNodes: nodesFile != nil && !options.createMissingNodes ? nil : (.node, .node),
            nodesFile: nodesFile, defaultKind: .tie,
            defaultDirection: options.defaultDirection
                ?? unstatedDirection(
                    nodesFile: nodesFile, statesKindOrDirection: kindColumn != nil || directionColumn != nil,
                    directedAnalysis: options.directedAnalysis),
            vocabulary: assembly.vocabulary)
        guard let dateFormat = dateFormat(source, header, mapping, options, &assembly) else { return }
        var reader = TieTableReader(source: source, settings: settings.with(dateFormat: dateFormat))
        reader.read(header: header, tokenizer: &tokenizer, into: &assembly)
    }

    /// The format of the table's non-ISO dates: the one given, or the one every date fits. Reports an
    /// ambiguous column (and returns nil: the table is not read); `.some(nil)` means ISO 8601 only.
    private static func dateFormat(
        _ source: CSVSource, _ header: TableHeader, _ mapping: ColumnMapping<TieColumn>, _ options: ImportOptions,
        _ assembly: inout NetworkAssembly
    ) -> DateFormat?? {
        if let given = options.dateFormat { return .some(given) }
        let columns = [mapping[.start], mapping[.end]].compactMap { $0 }
        switch DateColumnReading.decide(source: source, columns: columns) {
        case .iso, .none: return .some(nil)
        case .format(let format):
            assembly.notes.append("\(source.path): dates read as \(format.pattern) (every date that is not ISO 8601 fits it)")
            return .some(format)
        case .ambiguous(let formats, let example):
            let names = formats.map(\.pattern)
            let column = columns.first ?? 0
            assembly.diagnostics.error(
                source.location(of: header.origins[column]),
                "the dates can be read as \(names.joined(separator: " or ")) (\"\(example)\" is one), which give different days",
                fix: "say which with --date-format, e.g. --date-format \(names[0])")
            return nil
        }
    }

    /// The direction of ties whose row gives none, or nil for the kind's default. For a directed analysis a
    /// plain edge list (no kind, no direction) is read as arcs, and kinds keep their defaults; otherwise a
    /// single edges file without a nodes file is undirected.
    private static func unstatedDirection(
        nodesFile: String?, statesKindOrDirection: Bool, directedAnalysis: Bool
    ) -> TieDirection? {
        if directedAnalysis { return statesKindOrDirection ? nil : .directed }
        return nodesFile == nil ? .undirected : nil
    }

    private static func readAffiliations(
        _ source: CSVSource, options: ImportOptions, into assembly: inout NetworkAssembly
    ) {
        var tokenizer = source.tokenizer()
        guard let header = TableHeader.read(from: source, tokenizer: &tokenizer, diagnostics: &assembly.diagnostics)
        else { return }
        guard header.namedCount >= 2 else {
            assembly.diagnostics.error(
                source.location(of: header.offset), "the affiliation table has fewer than two columns",
                fix: "give each row a member and what it belongs to, e.g. person,initiative[,role,date]")
            return
        }
        let otherFields = TieColumn.aliases.filter { $0.0 != .source && $0.0 != .target }
        var mapping = ColumnMapping(header: header, aliases: otherFields)
        mapping.columns = mapping.columns.filter { $0.value >= 2 }
        mapping.columns[.source] = 0
        mapping.columns[.target] = 1
        let used = Set(mapping.columns.values)
        mapping.attributes = (0..<header.namedCount).filter { !used.contains($0) && !header.names[$0].isEmpty }
            .map { ($0, header.names[$0]) }
        assembly.hasDirectionColumn = assembly.hasDirectionColumn || mapping[.direction] != nil
        let settings = TieTableSettings(
            mapping: mapping, directionColumn: mapping[.direction], kindColumn: mapping[.kind], splitsIdsOnBar: false,
            createsNodes: (options.affiliationSourceKind, options.affiliationTargetKind), nodesFile: nil,
            defaultKind: options.affiliationTieKind, defaultDirection: options.defaultDirection,
            vocabulary: assembly.vocabulary)
        guard let dateFormat = dateFormat(source, header, mapping, options, &assembly) else { return }
        var reader = TieTableReader(source: source, settings: settings.with(dateFormat: dateFormat))
        reader.read(header: header, tokenizer: &tokenizer, into: &assembly)
        assembly.notes.append(
            "\(source.path): read as affiliations: \(header.names[0]) (\(options.affiliationSourceKind)) \(options.affiliationTieKind) \(header.names[1]) (\(options.affiliationTargetKind))"
        )
    }
}
