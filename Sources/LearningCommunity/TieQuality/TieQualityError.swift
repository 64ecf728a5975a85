/// Why tie ratings cannot be aggregated.
public enum TieQualityError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No tie has a value for the attribute; `available` lists the tie attributes that exist.
    case unknownAttribute(name: String, available: [String])
    /// A tie's value is not a finite number.
    case nonNumericValue(attribute: String, source: String, target: String, value: String)

    public var description: String {
        switch self {
        case .unknownAttribute(let name, let available):
            let list = available.isEmpty ? "the ties have no attributes" : "the tie attributes are: "
                + available.joined(separator: ", ")
            return "no tie has a value for the attribute \"\(name)\"; \(list)"
        case .nonNumericValue(let attribute, let source, let target, let value):
            return "the tie \(source) → \(target) has \(attribute) \"\(value)\", which is not a number"
        }
    }
}
