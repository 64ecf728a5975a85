/// Why an algorithm refused its input or stopped without a result.
public enum AlgorithmError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter is outside its domain.
    case invalidParameter(name: String, value: String, reason: String)
    /// The algorithm is not defined for this kind of graph (directed, weighted, with self-loops, …).
    case unsupported(String)
    /// A power iteration did not reach its tolerance within the allowed iterations.
    case notConverged(iterations: Int)

    public var description: String {
        switch self {
        case let .invalidParameter(name, value, reason): return "\(name) = \(value) is invalid: \(reason)"
        case let .unsupported(what): return "not supported: \(what)"
        case let .notConverged(iterations): return "did not converge within \(iterations) iterations"
        }
    }
}
