/// Chooses which attribute columns of a table to declare on the network.
///
/// `Network.declareAttributes` checks each new name against the names it holds,
/// so declaring k names costs O(k²). Up to ``declareAllLimit`` columns every
/// name is declared, in header order, so that even empty columns survive a round
/// trip. Wider tables (a spreadsheet with 100,000 columns) are scanned once more
/// and only the columns that hold a value somewhere are declared; the empty ones
/// carry no data and are named in a note.
enum WideTableAttributes {
    static let declareAllLimit = 5_000

    /// The attribute columns to declare, and a note when some empty ones were left out.
    static func columnsToDeclare(
        _ attributes: [(column: Int, name: String)], source: CSVSource
    ) -> (columns: [(column: Int, name: String)], note: String?) {
        guard attributes.count > declareAllLimit else { return (attributes, nil) }
        let used = columnsWithValues(source)
        let kept = attributes.filter { $0.column < used.count && used[$0.column] }
        let dropped = attributes.count - kept.count
        let note = dropped == 0 ? nil : "\(source.path): \(dropped) of \(attributes.count) attribute columns hold no value and were not kept"
        return (kept, note)
    }

    /// Whether each column holds a non-empty value in some row after the header.
    private static func columnsWithValues(_ source: CSVSource) -> [Bool] {
        var tokenizer = source.tokenizer()
        var fields: [CSVField] = []
        var used: [Bool] = []
        var sawHeader = false
        while tokenizer.nextRecord(into: &fields) != nil {
            if TableHeader.isBlank(fields) { continue }
            if !sawHeader {
                sawHeader = true
                used = Array(repeating: false, count: fields.count)
                continue
            }
            for (column, field) in fields.enumerated() where column < used.count && !field.isEmpty {
                used[column] = true
            }
        }
        source.releaseAll()
        return used
    }
}
