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

    /// Which way ``bound(_:significantDigits:rounding:)`` rounds: up for an upper bound ("within x"), down for a
    /// lower bound ("at least x"), so the printed bound never claims more than the computed one.
    public enum BoundDirection: Sendable {
        case up, down
    }

    /// A bound for a sentence: `value` to `significantDigits` significant digits (at least 1), rounded in
    /// `direction`, trailing zeros trimmed: `0.0100001` → `"0.01001"` up, `0.9` → `"0.9"` down, `6000.0` →
    /// `"6000"`. Differences below 10⁻¹² relative are taken as floating-point noise (`0.01 × 1000` is not
    /// rounded up to 11). Zero, infinities and NaN are written as Swift writes them.
    /// - Complexity: O(digits).
    public static func bound(_ value: Double, significantDigits: Int = 4, rounding direction: BoundDirection) -> String {
        guard value.isFinite, value != 0 else { return value == 0 ? "0" : "\(value)" }
        let digits = max(1, significantDigits)
        var exponent = 0, magnitude = abs(value)
        while magnitude >= 10 { magnitude /= 10; exponent += 1 }
        while magnitude < 1 { magnitude *= 10; exponent -= 1 }
        let decimals = max(0, digits - 1 - exponent)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = value * scale
        let noise = abs(scaled) * 1e-12
        let rounded = direction == .up ? (scaled - noise).rounded(.up) : (scaled + noise).rounded(.down)
        return fixed(rounded / scale, decimals: decimals, trimmingZeros: true)
    }
}
