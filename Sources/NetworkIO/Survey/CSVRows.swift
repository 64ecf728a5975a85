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

    /// Reads `path`; reports syntax and encoding problems, empty or repeated column names, rows with more
    /// values than the header names, and a file with no rows; returns nil when the file has no header row.
    static func read(_ path: String, diagnostics: inout DiagnosticCollector) -> CSVRows? {
        guard let source = CSVSource.open(path: path, diagnostics: &diagnostics) else { return nil }
        var tokenizer = source.tokenizer()
        guard let header = TableHeader.read(from: source, tokenizer: &tokenizer, diagnostics: &diagnostics) else {
            return nil
        }
        var fields: [CSVField] = []
        var rows: [[String]] = []
        var origins: [[Int]] = []
        var rowOffsets: [Int] = []
        let width = header.namedCount
        while let offset = tokenizer.nextRecord(into: &fields) {
            source.report(tokenizer.problems, into: &diagnostics)
            tokenizer.problems.removeAll()
            if TableHeader.isBlank(fields) { continue }
            if fields.count > width {
                header.checkShape(of: fields, rowOffset: offset, source: source, diagnostics: &diagnostics)
            }
            let values = fields.prefix(width).map { source.string($0) }
            rows.append(values + Array(repeating: "", count: max(0, width - values.count)))
            origins.append(fields.map(\.origin))
            rowOffsets.append(offset)
        }
        if rows.isEmpty {
            diagnostics.error(
                source.location(of: header.offset), "the table has a header but no rows",
                fix: "add one row under the header for each entry")
        }
        return CSVRows(
            source: source, header: Array(header.names.prefix(width)), rows: rows, origins: origins,
            rowOffsets: rowOffsets, headerOrigins: header.origins)
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
