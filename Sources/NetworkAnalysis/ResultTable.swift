/// A table of results: named columns, one row per node (or per group, role, …),
/// with typed cells so every output format can print each value faithfully.
public struct ResultTable: Sendable, Equatable {
    /// One value of the table.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case integer(Int)
        case real(Double)
        case flag(Bool)
        /// No value: undefined for this row, or not computed.
        case missing

        /// The value as a number, for sorting; nil for text and missing values.
        public var number: Double? {
            switch self {
            case let .integer(value): return Double(value)
            case let .real(value): return value.isNaN ? nil : value
            case let .flag(value): return value ? 1 : 0
            case .text, .missing: return nil
            }
        }
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The position of a column, or nil.
    /// The column named `name`, else the one column whose name matches ignoring case.
    public func columnIndex(_ name: String) -> Int? {
        if let exact = columns.firstIndex(of: name) { return exact }
        let folded = name.lowercased()
        let matches = columns.indices.filter { columns[$0].lowercased() == folded }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Rows sorted by a column, largest first (text columns A→Z); missing values last; ties keep their order.
    public func sorted(by column: Int, descending: Bool = true) -> ResultTable {
        let order = rows.indices.sorted { a, b in
            let x = rows[a][column], y = rows[b][column]
            switch (x.number, y.number) {
            case let (p?, q?): if p != q { return descending ? p > q : p < q }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil):
                if case let .text(s) = x, case let .text(t) = y, s != t { return descending ? s < t : s > t }
            }
            return a < b
        }
        return ResultTable(columns: columns, rows: order.map { rows[$0] })
    }

    /// The first `count` rows.
    public func prefix(_ count: Int) -> ResultTable {
        ResultTable(columns: columns, rows: Array(rows.prefix(max(0, count))))
    }

    /// Only the rows for which `keep` is true.
    public func filter(_ keep: ([Cell]) -> Bool) -> ResultTable {
        ResultTable(columns: columns, rows: rows.filter(keep))
    }
}
