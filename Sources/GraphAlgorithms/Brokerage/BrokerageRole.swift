/// The brokerage roles of Gould & Fernandez (1989), named by the groups of the open two-path
/// `a → b → c` (`a` not tied to `c`) that broker `b` mediates; `A`, `B`, `C` are distinct groups.
public enum BrokerageRole: Int, CaseIterable, Sendable {
    /// `w_I`: `A → A → A`, all three in the broker's group.
    case coordinator
    /// `w_O` (itinerant broker, consultant): `A → B → A`, both ends in one group the broker is not in.
    case itinerant
    /// `b_IO`: `A → A → B`, from the broker's group out to another.
    case representative
    /// `b_OI`: `A → B → B`, from another group into the broker's.
    case gatekeeper
    /// `b_O`: `A → B → C`, three different groups.
    case liaison
    /// `t`: any open two-path through the broker (the sum of the five roles).
    case total

    /// The column name R `sna::brokerage` uses (`w_I`, `w_O`, `b_IO`, `b_OI`, `b_O`, `t`).
    public var snaName: String {
        switch self {
        case .coordinator: return "w_I"
        case .itinerant: return "w_O"
        case .representative: return "b_IO"
        case .gatekeeper: return "b_OI"
        case .liaison: return "b_O"
        case .total: return "t"
        }
    }

    /// The role of the two-path `source → broker → target` from the three nodes' groups.
    static func of(source: Int32, broker: Int32, target: Int32) -> BrokerageRole {
        if source == target { return source == broker ? .coordinator : .itinerant }
        if source == broker { return .representative }
        if broker == target { return .gatekeeper }
        return .liaison
    }
}

/// One value per brokerage role (a count, an expectation, a standard deviation or a z-score).
public struct BrokerageScores: Sendable, Equatable {
    public var coordinator: Double
    public var itinerant: Double
    public var representative: Double
    public var gatekeeper: Double
    public var liaison: Double
    public var total: Double

    /// All six values equal to `value`.
    public init(repeating value: Double) {
        self.init(
            coordinator: value, itinerant: value, representative: value, gatekeeper: value, liaison: value,
            total: value)
    }

    public init(
        coordinator: Double, itinerant: Double, representative: Double, gatekeeper: Double, liaison: Double,
        total: Double
    ) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
        self.total = total
    }

    /// The value for `role`.
    public subscript(role: BrokerageRole) -> Double {
        get {
            switch role {
            case .coordinator: return coordinator
            case .itinerant: return itinerant
            case .representative: return representative
            case .gatekeeper: return gatekeeper
            case .liaison: return liaison
            case .total: return total
            }
        }
        set {
            switch role {
            case .coordinator: coordinator = newValue
            case .itinerant: itinerant = newValue
            case .representative: representative = newValue
            case .gatekeeper: gatekeeper = newValue
            case .liaison: liaison = newValue
            case .total: total = newValue
            }
        }
    }

    /// The six values in the order of ``BrokerageRole/allCases``.
    public var values: [Double] { BrokerageRole.allCases.map { self[$0] } }

    /// `(observed − expected) / sd` per role (IEEE division: 0/0 is NaN, as in R).
    static func zScores(_ observed: Self, _ expected: Self, _ sd: Self) -> Self {
        var z = Self(repeating: 0)
        for role in BrokerageRole.allCases {
            z[role] = (observed[role] - expected[role]) / sd[role]
        }
        return z
    }
}
