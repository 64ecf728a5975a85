/// One typed value of a result's metadata (how the numbers were made: graph, weights, method, seed…).
/// Output formats encode it (JSON: a string, number, boolean, array or null); nothing is pre-encoded.
public enum MetadataValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A whole number that may exceed `Int` (a seed).
    case unsigned(UInt64)
    /// A real number; NaN and infinities are written as JSON `null`.
    case real(Double)
    case flag(Bool)
    case texts([String])
    /// No value (JSON `null`).
    case none

    /// The value as a reader sees it in a note: words without quotes, numbers at full precision.
    public var plainText: String {
        switch self {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .unsigned(let value): return String(value)
        case .real(let value): return value.isFinite ? ResultMetadata.shortestText(value) : "null"
        case .flag(let value): return value ? "true" : "false"
        case .texts(let values): return values.joined(separator: ", ")
        case .none: return "null"
        }
    }
}

/// The metadata of a result: `key: value` entries in the order they are written.
public struct ResultMetadata: Sendable, Equatable, ExpressibleByArrayLiteral {
    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: MetadataValue

        public init(_ key: String, _ value: MetadataValue) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public init(arrayLiteral elements: (String, MetadataValue)...) {
        entries = elements.map { Entry($0.0, $0.1) }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// Adds `value` under `key`, after every entry present.
    public mutating func append(_ key: String, _ value: MetadataValue) { entries.append(Entry(key, value)) }

    /// These entries followed by `other`'s.
    public static func + (lhs: ResultMetadata, rhs: ResultMetadata) -> ResultMetadata {
        ResultMetadata(lhs.entries + rhs.entries)
    }

    /// The value under `key`, or nil.
    public subscript(key: String) -> MetadataValue? { entries.first { $0.key == key }?.value }

    /// The shortest text that reads back to `value` (integral values without a fraction), as JSON writes numbers.
    static func shortestText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
