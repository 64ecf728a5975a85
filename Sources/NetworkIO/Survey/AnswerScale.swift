/// Turns a survey answer into a number: a number as written, or a label's place on a scale.
///
/// With a scale given (`--scale "Never,Yearly,Monthly,Weekly"`), the k-th label (counting from 0) is k, so
/// the first label means no tie. Without one, these labels are known (case ignored): never, none, no,
/// not at all → 0; yes, checked, selected, x, ✓ → 1; and the frequency words rarely, yearly, annually → 1,
/// sometimes, quarterly → 2, often, monthly → 3, weekly → 4, daily → 5.
/// An answer that is neither is reported where it stands, with the fix.
public struct AnswerScale: Sendable, Equatable {
    private var labels: [String: Double]
    /// The labels of a given scale, in order; empty for the built-in labels.
    public let given: [String]

    /// The built-in labels.
    public static let builtIn = AnswerScale(
        labels: [
            "never": 0, "none": 0, "no": 0, "not at all": 0, "yes": 1, "checked": 1, "selected": 1, "x": 1, "✓": 1,
            "rarely": 1, "yearly": 1, "annually": 1, "sometimes": 2, "quarterly": 2, "often": 3, "monthly": 3,
            "weekly": 4, "daily": 5,
        ], given: [])

    private init(labels: [String: Double], given: [String]) {
        self.labels = labels
        self.given = given
    }

    /// A scale from its labels in order: the first is 0.
    public init(labels ordered: [String]) {
        var labels: [String: Double] = [:]
        for (index, label) in ordered.enumerated() {
            labels[Self.key(label)] = Double(index)
        }
        self.init(labels: labels, given: ordered)
    }

    private static func key(_ label: String) -> String {
        label.trimmingBlanks().lowercased()
    }

    /// The number an answer stands for, or nil when it is neither a number nor a label of the scale.
    /// An empty answer is 0 (no tie).
    ///
    /// A number is an answer only from 0 to ``largestAnswer`` and when it is what it says: text such as `1e-400`,
    /// which a `Double` rounds to 0, or a subnormal, is not an answer.
    public func value(of answer: String) -> Double? {
        let text = answer.trimmingBlanks()
        if text.isEmpty { return 0 }
        if let number = Double(text) {
            guard number.isFinite, number >= 0, number <= Self.largestAnswer, number == 0 || number.isNormal else {
                return nil
            }
            // "0" and "0.0" are zero; "1e-400" only rounds to it.
            let mantissa = text.lowercased().split(separator: "e").first ?? ""
            if number == 0, mantissa.contains(where: { ("1"..."9").contains($0) }) { return nil }
            return number
        }
        return labels[Self.key(text)]
    }

    /// The largest number read as an answer: far above any rating or frequency scale, far below overflow.
    public static let largestAnswer = 1e9
}
