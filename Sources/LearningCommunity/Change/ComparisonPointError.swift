/// Why a `--from`/`--to` value names no point of a comparison (``ComparisonPoint``): a problem with the
/// request, so `liaison compare` exits 64.
public enum ComparisonPointError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The value is not an existing path, a wave the ties name or an ISO date; `waves` lists the waves.
    case notAPoint(String, waves: [String])
    /// The value names a wave (`wave:W`) that no tie belongs to.
    case unknownWave(String, ChangeError)

    /// The value, then why: `VALUE is not an existing path, …` or `VALUE: no tie belongs to wave …`.
    public var description: String {
        switch self {
        case let .notAPoint(value, waves):
            let list = waves.isEmpty ? "the ties have no wave column" : "the waves are: " + waves.joined(separator: ", ")
            return "\(value) is not an existing path, a wave or a date; \(list) "
                + "(fix: name a wave, a date such as 2017-06, or a dataset folder)"
        case let .unknownWave(value, error):
            return "\(value): \(error.description)"
        }
    }
}
