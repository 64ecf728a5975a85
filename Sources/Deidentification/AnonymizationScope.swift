import NetworkModel

/// Whose names de-identification replaces.
public enum AnonymizationScope: String, CaseIterable, Sendable {
    /// People: nodes of kind `person`, and nodes of any kind Liaison does not recognise (the plain `node`
    /// of a single edges file, or a word no vocabulary reads), since those may be people.
    case people
    /// People as above, and organizations.
    case all

    /// Whether nodes of `kind` get pseudonyms. Only the kinds known not to be people (initiatives,
    /// practices, events, and organizations under ``people``) keep their names: when in doubt, replace.
    public func replaces(_ kind: NodeKind) -> Bool {
        switch kind {
        case .person: return true
        case .organization: return self == .all
        case .initiative, .practice, .event: return false
        default: return true
        }
    }
}
