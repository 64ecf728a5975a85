/// A relation between two nodes of a ``Network``.
///
/// Endpoints are node positions in the network (`Int32`, as in the graph core),
/// which keeps a million ties in well under 100 MB. Parallel ties (the same
/// endpoints more than once) are kept; analyses aggregate them on request.
public struct Tie: Hashable, Sendable {
    /// Position of the source node in ``Network/nodes``.
    public var source: Int32
    /// Position of the target node in ``Network/nodes``.
    public var target: Int32
    public var kind: TieKind
    public var direction: TieDirection
    /// Strength of the tie; 1 unless the data says otherwise. Finite and not negative.
    public var weight: Double
    /// When the tie began, if known.
    public var start: PartialDate?
    /// When the tie ended, if known.
    public var end: PartialDate?
    /// The survey wave the tie was observed in, if the data has waves.
    public var wave: String?
    /// Free attributes by column name, as written in the data.
    public var attributes: [String: String]

    public init(
        source: Int32, target: Int32, kind: TieKind = .tie, direction: TieDirection? = nil, weight: Double = 1,
        start: PartialDate? = nil, end: PartialDate? = nil, wave: String? = nil, attributes: [String: String] = [:]
    ) {
        self.source = source
        self.target = target
        self.kind = kind
        self.direction = direction ?? kind.defaultDirection
        self.weight = weight
        self.start = start
        self.end = end
        self.wave = wave
        self.attributes = attributes
    }

    /// Whether the tie joins a node to itself.
    public var isSelfLoop: Bool { source == target }
}
