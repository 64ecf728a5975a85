/// Decides how a ties table's date columns are written, before its rows are read.
///
/// The first 1,000 dates are looked at; when all are ISO 8601 the table is read as ISO (a later
/// non-ISO value is reported on its row, with `--date-format` in the fix). Otherwise every date of the
/// columns is looked at, and the one candidate format (``DateFormat/candidates``) that reads them all is
/// taken; when several fit (`3/4/2021`), the user is asked to choose.
enum DateColumnReading {
    /// Dates looked at before an all-ISO table is taken as ISO.
    static let sampleSize = 1_000

    static func decide(source: CSVSource, columns: [Int]) -> DateFormat.Detection {
        guard !columns.isEmpty else { return .iso }
        var tokenizer = source.tokenizer()
        var fields: [CSVField] = []
        var sawHeader = false
        var detector = DateFormat.Detector()
        var seen = 0
        defer { source.releaseAll() }
        while tokenizer.nextRecord(into: &fields) != nil {
            if TableHeader.isBlank(fields) { continue }
            if !sawHeader {
                sawHeader = true
                continue
            }
            for column in columns {
                let value = source.value(in: fields, column: column)
                if value.isEmpty { continue }
                seen += 1
                detector.add(value)
            }
            if detector.hasFailed { return .none }
            if seen >= sampleSize && detector.otherCount == 0 { return .iso }
        }
        return detector.detection
    }
}
