/// The pieces of plain-language role sentences: "more than 95% of people", "3 cities", "borderline".
///
/// A program officer reads these without training; the technical figures stay in the `evidence` column.
enum PlainWords {
    /// "2 cities", "1 city": a count with its noun, pluralised the simple English way.
    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(value == 1 ? noun : plural(noun))"
    }

    /// The plural of a grouping's name: city → cities, sector → sectors, community → communities.
    static func plural(_ noun: String) -> String {
        let lower = noun.lowercased()
        if lower == "person" { return "people" }
        if lower.hasSuffix("y"), let last = lower.dropLast().last, !"aeiou".contains(last) {
            return String(noun.dropLast()) + "ies"
        }
        if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
            return noun + "es"
        }
        return noun + "s"
    }

    /// The whole percent of `values` strictly below `value`, rounded down so that a sentence built on it
    /// never overstates; nil when it is not worth saying (below half, or fewer than 5 values to compare with).
    static func percentBelow(_ value: Double, among values: [Double]) -> Int? {
        let comparable = values.filter(\.isFinite)
        guard comparable.count >= 5, value.isFinite else { return nil }
        let share = Double(comparable.count { $0 < value }) / Double(comparable.count)
        return share >= 0.5 ? Int((share * 100).rounded(.down)) : nil
    }

    /// Whether a score clears its threshold by less than a quarter of the threshold (a borderline case).
    static func isBorderline(_ score: Double, threshold: Double) -> Bool {
        threshold > 0 && score >= threshold && score < threshold * 1.25
    }

    /// The evidence's mark of a borderline case.
    static let borderlineEvidence = "; borderline: within a quarter of the threshold"
    /// The plain sentence's mark of a borderline case.
    static let borderlinePlain = " This is a borderline case: close to the threshold."
}
