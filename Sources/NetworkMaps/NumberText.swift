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
        var scale = 1.0
        for _ in 0..<max(0, min(decimals, 9)) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return (value < 0 ? "-" : "") + String(Int64(abs(value).rounded())) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = units % Int64(scale)
        var digits = max(0, min(decimals, 9))
        while digits > 0 && fraction % 10 == 0 && fraction != 0 {
            fraction /= 10
            digits -= 1
        }
        let sign = value < 0 && units != 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        var fractionText = String(fraction)
        while fractionText.count < digits { fractionText = "0" + fractionText }
        return sign + String(whole) + "." + fractionText
    }
}
