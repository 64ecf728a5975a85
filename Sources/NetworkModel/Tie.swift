/// A relation between two nodes of a ``Network``.
///
/// Endpoints are node positions in the network (`Int32`, as in the graph core).
/// Parallel ties (the same endpoints more than once) are kept; analyses aggregate
/// them on request.
///
/// A tie takes 32 bytes: its endpoints, its weight, its two dates packed in four
/// bytes each, and one reference to its kind, direction, wave and attributes
/// (held once for the ties that agree on all four). Ties made through
/// ``TieTemplates``, or copied from another tie and given new endpoints, weight or
/// dates, spend no memory of their own on them, so a million ties take 32 MB;
/// attributes, when a tie has any, are stored beside it.
public struct Tie: Hashable, Sendable {
    /// Position of the source node in ``Network/nodes``.
    public var source: Int32
    /// Position of the target node in ``Network/nodes``.
    public var target: Int32
    /// Strength of the tie; 1 unless the data says otherwise. Finite and not negative.
    public var weight: Double
    /// ``start`` packed by ``PartialDate/packed``; 0 when not known.
    private var packedStart: UInt32
    /// ``end`` packed by ``PartialDate/packed``; 0 when not known.
    private var packedEnd: UInt32
    /// Kind, direction, wave and attributes, shared between ties that agree on all four.
    private var facets: TieFacets

    public init(
        source: Int32, target: Int32, kind: TieKind = .tie, direction: TieDirection? = nil, weight: Double = 1,
        start: PartialDate? = nil, end: PartialDate? = nil, wave: String? = nil, attributes: [String: String] = [:]
    ) {
        self.source = source
        self.target = target
        self.weight = weight
        self.packedStart = start?.packed ?? 0
        self.packedEnd = end?.packed ?? 0
        self.facets = TieFacets.make(
            kind: kind, direction: direction ?? kind.defaultDirection, wave: wave, attributes: attributes)
    }

    /// What the tie means (`tie` when the data names no kind).
    public var kind: TieKind {
        get { facets.kind }
        set { facets = TieFacets.make(kind: newValue, direction: direction, wave: wave, attributes: attributes) }
    }

    /// Whether the tie points from its source to its target; the kind's default unless the data says.
    public var direction: TieDirection {
        get { facets.direction }
        set { facets = TieFacets.make(kind: kind, direction: newValue, wave: wave, attributes: attributes) }
    }

    /// When the tie began, if known.
    public var start: PartialDate? {
        get { PartialDate(packed: packedStart) }
        set { packedStart = newValue?.packed ?? 0 }
    }

    /// When the tie ended, if known.
    public var end: PartialDate? {
        get { PartialDate(packed: packedEnd) }
        set { packedEnd = newValue?.packed ?? 0 }
    }

    /// The survey wave the tie was observed in, if the data has waves.
    public var wave: String? {
        get { facets.wave }
        set { facets = TieFacets.make(kind: kind, direction: direction, wave: newValue, attributes: attributes) }
    }

    /// Free attributes by column name, as written in the data.
    public var attributes: [String: String] {
        get { facets.attributes }
        set { facets = TieFacets.make(kind: kind, direction: direction, wave: wave, attributes: newValue) }
    }

    /// Whether the tie joins a node to itself.
    public var isSelfLoop: Bool { source == target }

    public static func == (lhs: Tie, rhs: Tie) -> Bool {
        lhs.source == rhs.source && lhs.target == rhs.target && lhs.weight == rhs.weight
            && lhs.packedStart == rhs.packedStart && lhs.packedEnd == rhs.packedEnd && lhs.facets == rhs.facets
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(target)
        hasher.combine(weight)
        hasher.combine(packedStart)
        hasher.combine(packedEnd)
        hasher.combine(facets)
    }
}

/// A tie's kind, direction, wave and attributes, held once for all the ties that
/// agree on them. Immutable, so sharing is safe; ``Tie``'s setters make a new one.
final class TieFacets: Hashable, Sendable {
    let kind: TieKind
    let direction: TieDirection
    let wave: String?
    let attributes: [String: String]

    private init(kind: TieKind, direction: TieDirection, wave: String?, attributes: [String: String]) {
        self.kind = kind
        self.direction = direction
        self.wave = wave
        self.attributes = attributes
    }

    /// Facets with these values: a shared instance for a well-known kind (or `tie`) without wave or
    /// attributes, a new one otherwise.
    static func make(kind: TieKind, direction: TieDirection, wave: String?, attributes: [String: String]) -> TieFacets {
        if wave == nil, attributes.isEmpty, let index = commonKindIndex(kind) {
            return common[index * TieDirection.allCases.count + direction.facetIndex]
        }
        return TieFacets(kind: kind, direction: direction, wave: wave, attributes: attributes)
    }

    /// `tie` first, then the well-known kinds.
    private static let commonKinds: [TieKind] = [.tie] + TieKind.wellKnown

    /// Every common kind with every direction, without wave or attributes.
    private static let common: [TieFacets] = commonKinds.flatMap { kind in
        TieDirection.allCases.map { TieFacets(kind: kind, direction: $0, wave: nil, attributes: [:]) }
    }

    private static func commonKindIndex(_ kind: TieKind) -> Int? {
        // Compares the raw words: `tie` and the ten well-known kinds are short, most of them stored inline.
        commonKinds.firstIndex(of: kind)
    }

    static func == (lhs: TieFacets, rhs: TieFacets) -> Bool {
        lhs === rhs
            || (lhs.kind == rhs.kind && lhs.direction == rhs.direction && lhs.wave == rhs.wave
                && lhs.attributes == rhs.attributes)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(direction)
        hasher.combine(wave)
        hasher.combine(attributes)
    }
}

extension TieDirection {
    /// The direction's place in ``allCases``, without searching.
    fileprivate var facetIndex: Int {
        switch self {
        case .directed: return 0
        case .undirected: return 1
        case .mutual: return 2
        }
    }
}
