/// A participant in the network: a person, an organization, an initiative, a
/// practice, an event, or anything else the data names.
public struct Node: Hashable, Sendable {
    /// The identifier ties refer to; unique in a ``Network``.
    public var id: String
    /// The name shown to readers; the id when the data gives none.
    public var label: String
    public var kind: NodeKind
    /// Free attributes (city, sector, team, joined, …) by column name, as written in the data.
    public var attributes: [String: String]

    public init(id: String, label: String? = nil, kind: NodeKind = .node, attributes: [String: String] = [:]) {
        self.id = id
        self.label = label ?? id
        self.kind = kind
        self.attributes = attributes
    }
}
