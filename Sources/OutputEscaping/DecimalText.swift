/// The one fixed-decimal number formatter of every output (terminal tables, notes, maps, the HTML report):
/// locale-free, so the same number gives the same bytes everywhere.
public enum DecimalText {
    /// `value` rounded half away from zero to `decimals` places (`decimals` ≥ 0): `0.1235` → `"0.124"` for 3.
    /// Trailing zeros are kept (`"2.500"`) unless `trimmingZeros` (`"2.5"`, `"2"`). A result that rounds to
    /// zero has no minus sign. Magnitudes too large for exact scaling (≥ 9e15 once scaled) are written as
    /// Swift writes the Double.
    /// - Complexity: O(digits).
    public static func fixed(_ value: Double, decimals: Int, trimmingZeros: Bool = false) -> String {
        let decimals = max(0, decimals)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return "\(value)" }
        let whole = Int64(scaled)
        var digits = String(whole)
        while digits.count <= decimals { digits = "0" + digits }
        let split = digits.index(digits.endIndex, offsetBy: -decimals)
        let sign = value < 0 && whole != 0 ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        var fraction = String(digits[split...])
        if trimmingZeros {
            while fraction.last == "0" { fraction.removeLast() }
            if fraction.isEmpty { return sign + digits[..<split] }
        }
        return sign + digits[..<split] + "." + fraction
    }
}
