/// A small CSV file (a survey export, a roster, a list of reviewed matches) read whole into rows of text,
/// each cell keeping where it was for located diagnostics.
///
/// - Complexity: O(bytes); holds every cell as a `String`, so it is meant for files of survey size
///   (thousands of rows), not for million-tie ties tables (those stream through ``TieTableReader``).
struct CSVRows {
    let source: CSVSource
    /// The first non-blank record.
    let header: [String]
    /// Every later non-blank record, padded with empty cells to the header's width.
    let rows: [[String]]
    private let origins: [[Int]]
    private let rowOffsets: [Int]
    private let headerOrigins: [Int]

    var path: String { source.path }

    /// Reads `path`; reports syntax and encoding problems, and returns nil when the file has no header row.
    static func read(_ path: String, diagnostics: inout DiagnosticCollector) -> CSVRows? {
        guard let source = CSVSource.open(path: path, diagnostics: &diagnostics) else { return nil }
        var tokenizer = source.tokenizer()
        var fields: [CSVField] = []
        var header: [String]?
        var headerOrigins: [Int] = []
        var rows: [[String]] = []
        var origins: [[Int]] = []
        var rowOffsets: [Int] = []
        while let offset = tokenizer.nextRecord(into: &fields) {
            source.report(tokenizer.problems, into: &diagnostics)
            tokenizer.problems.removeAll()
            if TableHeader.isBlank(fields) { continue }
            let values = fields.map { source.string($0) }
            if header == nil {
                var names = values
                while let last = names.last, last.isEmpty { names.removeLast() }
                header = names
                headerOrigins = fields.map(\.origin)
                continue
            }
            let width = max(header?.count ?? 0, values.count)
            rows.append(values + Array(repeating: "", count: width - values.count))
            origins.append(fields.map(\.origin))
            rowOffsets.append(offset)
        }
        guard let header else {
            diagnostics.error(
                source.location(of: source.bodyStart), "the file has no header row",
                fix: "add a header row naming the columns")
            return nil
        }
        return CSVRows(
            source: source, header: header, rows: rows, origins: origins, rowOffsets: rowOffsets,
            headerOrigins: headerOrigins)
    }

    /// Where cell `column` of row `row` is (the row's start when the row is shorter).
    func location(row: Int, column: Int) -> SourceLocation {
        if column < origins[row].count { return source.location(of: origins[row][column]) }
        return source.location(of: rowOffsets[row])
    }

    /// Where header cell `column` is.
    func headerLocation(_ column: Int) -> SourceLocation {
        source.location(of: column < headerOrigins.count ? headerOrigins[column] : source.bodyStart)
    }

    /// The column whose header, normalised, is one of `names` (in order of preference).
    func column(named names: [String]) -> Int? {
        let normalized = header.map(TableHeader.normalized)
        for name in names {
            if let column = normalized.firstIndex(of: name) { return column }
        }
        return nil
    }
}
