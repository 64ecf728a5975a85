import NetworkModel

/// Whose names de-identification replaces.
public enum AnonymizationScope: String, CaseIterable, Sendable {
    /// People only (nodes of kind `person`).
    case people
    /// People and organizations (kinds `person` and `organization`).
    case all

    /// The node kinds whose ids and labels are replaced.
    public var kinds: Set<NodeKind> {
        switch self {
        case .people: return [.person]
        case .all: return [.person, .organization]
        }
    }
}
