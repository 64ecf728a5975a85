import OutputEscaping

/// Short decimal text for numbers in DOT attributes and labels.
enum NumberText {
    /// The largest magnitude written; DOT numbers have no exponent, so larger values are clamped.
    static let largestMagnitude = 1e15

    /// `value` rounded to at most `decimals` places (0 to 9), without trailing zeros
    /// (`1.5`, `2`, `0.125`, `-3.1`); `0` for values that are not finite; magnitudes
    /// above ``largestMagnitude`` are clamped to it.
    static func decimal(_ value: Double, decimals: Int = 3) -> String {
        guard value.isFinite else { return "0" }
        let value = min(max(value, -largestMagnitude), largestMagnitude)
        let scaled = (abs(value) * pow10(max(0, min(decimals, 9)))).rounded()
        guard scaled < 9e15 else { return (value < 0 ? "-" : "") + String(Int64(abs(value).rounded())) }
        return DecimalText.fixed(value, decimals: max(0, min(decimals, 9)), trimmingZeros: true)
    }

    private static func pow10(_ exponent: Int) -> Double {
        var scale = 1.0
        for _ in 0..<exponent { scale *= 10 }
        return scale
    }
}
