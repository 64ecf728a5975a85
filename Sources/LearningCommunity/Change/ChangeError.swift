/// Why two points of a network cannot be compared.
public enum ChangeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The wave is not one the ties name; `available` lists the waves in order.
    case unknownWave(String, available: [String])
    /// A parameter is out of range (e.g. a negative top count).
    case invalidParameter(name: String, value: String, reason: String)

    public var description: String {
        switch self {
        case .unknownWave(let wave, let available):
            let list = available.isEmpty ? "the ties have no wave column" : "the waves are: " + available.joined(separator: ", ")
            return "no tie belongs to wave \"\(wave)\"; \(list)"
        case .invalidParameter(let name, let value, let reason):
            return "\(name) = \(value): \(reason)"
        }
    }
}
