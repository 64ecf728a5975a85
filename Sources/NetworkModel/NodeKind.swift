/// What a node stands for: a person, an organization, an initiative, a shared
/// practice, an event, or any other kind the data names.
///
/// Kinds are open-ended: the data may name any kind, and it is kept as written
/// (lower-cased, trimmed). The well-known kinds have static members.
public struct NodeKind: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public let rawValue: String

    /// Creates a kind from the data's word, lower-cased and trimmed.
    public init(rawValue: String) {
        self.rawValue = rawValue.trimmingWhitespace().lowercased()
    }

    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public var description: String { rawValue }

    public static func < (lhs: NodeKind, rhs: NodeKind) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let person: NodeKind = "person"
    public static let organization: NodeKind = "organization"
    public static let initiative: NodeKind = "initiative"
    public static let practice: NodeKind = "practice"
    public static let event: NodeKind = "event"
    /// The kind of a node created from an id alone (an edges file without a nodes file).
    public static let node: NodeKind = "node"

    /// The kinds Liaison knows by name, in the order reports list them.
    public static let wellKnown: [NodeKind] = [.person, .organization, .initiative, .practice, .event]
}
