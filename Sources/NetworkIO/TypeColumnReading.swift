/// Decides what a ties table's `Type` column means: Kumu writes the tie kind
/// there, Gephi writes the direction (`Directed`/`Undirected`). When every
/// value is a direction word the column is read as the direction, else as the kind.
enum TypeColumnReading {
    case direction
    case kind

    private static let directionWords: Set<String> = ["directed", "undirected", "mutual"]

    /// Looks at the values in `column` (skipping the header row) and returns the reading
    /// with up to five distinct values seen, for the note that tells the user.
    static func decide(source: CSVSource, column: Int) -> (reading: TypeColumnReading, values: [String]) {
        var tokenizer = source.tokenizer()
        var fields: [CSVField] = []
        var sawHeader = false
        var sample: [String] = []
        var sawValue = false
        while tokenizer.nextRecord(into: &fields) != nil {
            if TableHeader.isBlank(fields) { continue }
            if !sawHeader {
                sawHeader = true
                continue
            }
            let value = source.value(in: fields, column: column)
            if value.isEmpty { continue }
            sawValue = true
            if sample.count < 5, !sample.contains(value) { sample.append(value) }
            if !directionWords.contains(value.lowercased()) {
                source.releaseAll()
                return (.kind, sample)
            }
        }
        source.releaseAll()
        return (sawValue ? .direction : .kind, sample)
    }
}
