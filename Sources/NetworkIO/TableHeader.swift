/// The header row of a table: the column names as written, where each starts,
/// and which trailing columns are unnamed (left by trailing delimiters, ignored).
struct TableHeader {
    /// Column names as written, without surrounding spaces.
    var names: [String]
    /// Byte offset of each header field, for locating problems.
    var origins: [Int]
    /// Number of columns before the unnamed trailing ones.
    var namedCount: Int
    /// Byte offset where the header row starts.
    var offset: Int

    /// Reads the first non-blank record as the header; reports empty and repeated names.
    /// Returns nil (after reporting) when the file has no header row.
    static func read(
        from source: CSVSource, tokenizer: inout CSVTokenizer, diagnostics: inout DiagnosticCollector
    ) -> TableHeader? {
        var fields: [CSVField] = []
        while let offset = tokenizer.nextRecord(into: &fields) {
            source.report(tokenizer.problems, into: &diagnostics)
            tokenizer.problems.removeAll()
            if fields.allSatisfy({ $0.isEmpty && !$0.isQuoted }) { continue }
            var header = TableHeader(
                names: fields.map { source.string($0) }, origins: fields.map(\.origin), namedCount: fields.count,
                offset: offset)
            header.trimTrailingUnnamed()
            header.reportProblems(source: source, diagnostics: &diagnostics)
            return header
        }
        diagnostics.error(
            source.location(of: source.bodyStart), "the file has no header row",
            fix: "add a header row, e.g. source,target, and one row per tie")
        return nil
    }

    private mutating func trimTrailingUnnamed() {
        while namedCount > 0, names[namedCount - 1].isEmpty { namedCount -= 1 }
    }

    private func reportProblems(source: CSVSource, diagnostics: inout DiagnosticCollector) {
        var firstColumn: [String: Int] = [:]
        firstColumn.reserveCapacity(namedCount)
        for column in 0..<namedCount {
            let name = names[column]
            if name.isEmpty {
                diagnostics.error(
                    source.location(of: origins[column]), "column \(column + 1) has no name in the header",
                    fix: "name the column, or delete it if it holds nothing")
                continue
            }
            if let first = firstColumn[name] {
                diagnostics.error(
                    source.location(of: origins[column]),
                    "column \"\(name)\" appears twice in the header (columns \(first + 1) and \(column + 1))",
                    fix: "rename or remove one of the two columns")
            } else {
                firstColumn[name] = column
            }
        }
    }

    /// A header name in the form aliases are written: lower case, spaces and hyphens as `_`.
    static func normalized(_ name: String) -> String {
        String(name.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}

/// Which column holds which field of a table, found by header aliases, and
/// which columns are kept as free attributes.
struct ColumnMapping<Field: Hashable> {
    /// The column of each field the header provides.
    var columns: [Field: Int]
    /// Columns kept as attributes, with their names as written, in header order.
    var attributes: [(column: Int, name: String)]

    subscript(field: Field) -> Int? { columns[field] }

    /// Maps `header` using `aliases` (each field's accepted names in order of preference, already normalised).
    /// A column may serve several fields (Kumu's `Label` is both id and label); columns no field uses are attributes.
    init(header: TableHeader, aliases: [(Field, [String])]) {
        var byName: [String: Int] = [:]
        for column in 0..<header.namedCount where !header.names[column].isEmpty {
            let key = TableHeader.normalized(header.names[column])
            if byName[key] == nil { byName[key] = column }
        }
        var columns: [Field: Int] = [:]
        for (field, names) in aliases {
            if let column = names.lazy.compactMap({ byName[$0] }).first { columns[field] = column }
        }
        let used = Set(columns.values)
        attributes = (0..<header.namedCount).filter { !used.contains($0) && !header.names[$0].isEmpty }
            .map { ($0, header.names[$0]) }
        self.columns = columns
    }
}
