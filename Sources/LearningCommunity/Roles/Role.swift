/// A role a node plays in a learning community, as `liaison roles` reports it.
///
/// The roles come in four families; a node may hold several roles, from any families.
public enum Role: String, CaseIterable, Sendable, Comparable {
    // Grantmaker roles, after GEO's guidance on funders in learning communities.
    /// A funder that connects participants who were not otherwise connected.
    case catalyst
    /// A funder whose grants make up a large share of the network's funding ties.
    case sponsor
    /// A funder (or other organization) that convenes many of the network's events.
    case organizer
    /// A funder that takes part in the community's activities itself.
    case peer
    // Learning liaisons.
    /// A person whose memberships and activity span teams, initiatives and places.
    case learningLiaison = "learning_liaison"
    // Structural positions.
    /// Far more ties than is usual in the network.
    case hub
    /// On far more shortest paths than is usual in the network.
    case broker
    /// An articulation point: its removal cuts others off the largest component.
    case bridge
    /// Outside the network's core, hanging on by few ties.
    case peripheral
    /// No ties at all.
    case isolate
    // Key players (Borgatti 2006).
    /// Member of the set whose removal fragments the network most (KPP-NEG).
    case keyPlayerFragmentation = "key_player_fragmentation"
    /// Member of the set that reaches most of the network in few steps (KPP-POS).
    case keyPlayerReach = "key_player_reach"

    /// The family the role belongs to, for grouping in reports.
    public var family: RoleFamily {
        switch self {
        case .catalyst, .sponsor, .organizer, .peer: return .grantmaker
        case .learningLiaison: return .liaison
        case .hub, .broker, .bridge, .peripheral, .isolate: return .structural
        case .keyPlayerFragmentation, .keyPlayerReach: return .keyPlayer
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// The families of `Role`.
public enum RoleFamily: String, Sendable {
    case grantmaker, liaison, structural
    case keyPlayer = "key_player"
}

/// One node's role, with the evidence behind it.
public struct RoleAssignment: Sendable, Equatable {
    /// The node's position in the network.
    public var node: Int32
    public var role: Role
    /// The number the role rests on (introductions made, share of grants, z-score, ...).
    public var score: Double
    /// The evidence in plain language: the ties, scores and thresholds behind the assignment.
    public var evidence: String
    /// Positions in `Network.ties` of the ties that are the evidence, where ties are.
    public var evidenceTies: [Int]
    /// The same evidence as a sentence a program officer reads without training ("Dana Okafor belongs to
    /// organizations in 2 cities, …"), with its figures in everyday words.
    public var plain: String
    /// Whether the score clears its threshold by less than a quarter of the threshold.
    public var borderline: Bool

    public init(
        node: Int32, role: Role, score: Double, evidence: String, evidenceTies: [Int] = [], plain: String = "",
        borderline: Bool = false
    ) {
        self.node = node
        self.role = role
        self.score = score
        self.evidence = evidence + (borderline ? PlainWords.borderlineEvidence : "")
        self.evidenceTies = evidenceTies
        self.plain = plain.isEmpty ? evidence : plain + (borderline ? PlainWords.borderlinePlain : "")
        self.borderline = borderline
    }
}

extension Role {
    /// The roles a map labels by default (the report's map, `liaison map`): the grantmaker roles that shape
    /// the community (catalyst, sponsor, organizer), learning liaisons and bridges.
    public static let labelledOnMaps: Set<Role> = [.catalyst, .sponsor, .organizer, .learningLiaison, .bridge]
}
