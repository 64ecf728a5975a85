/// Makes ties that share the memory of their kind, direction and wave: every
/// tie made with the same three (and no attributes) refers to one copy of them,
/// so a tie costs its 32 bytes whatever its kind or wave. Importers and
/// generators that make many ties use it in place of ``Tie/init(source:target:kind:direction:weight:start:end:wave:attributes:)``,
/// which shares them only for the well-known kinds without a wave.
///
/// - Complexity: O(1) expected per tie (one comparison while consecutive ties agree, a hash lookup otherwise).
public struct TieTemplates: Sendable {
    private struct Key: Hashable {
        let kind: TieKind
        let direction: TieDirection
        let wave: String?
    }

    /// A tie of each kind, direction and wave met, to copy from.
    private var templates: [Key: Tie] = [:]
    /// The template used last, tried before the dictionary.
    private var last: Tie?

    public init() {}

    /// A tie equal to `Tie(source:target:kind:direction:weight:start:end:wave:attributes:)` with the same
    /// arguments, sharing its kind, direction and wave with the ties made before it that have the same three.
    public mutating func tie(
        source: Int32, target: Int32, kind: TieKind = .tie, direction: TieDirection? = nil, weight: Double = 1,
        start: PartialDate? = nil, end: PartialDate? = nil, wave: String? = nil, attributes: [String: String] = [:]
    ) -> Tie {
        let direction = direction ?? kind.defaultDirection
        guard attributes.isEmpty else {
            return Tie(
                source: source, target: target, kind: kind, direction: direction, weight: weight, start: start,
                end: end, wave: wave, attributes: attributes)
        }
        var tie: Tie
        if let last, last.direction == direction, last.kind == kind, last.wave == wave {
            tie = last
        } else {
            let key = Key(kind: kind, direction: direction, wave: wave)
            if let known = templates[key] {
                tie = known
            } else {
                tie = Tie(source: 0, target: 0, kind: kind, direction: direction, wave: wave)
                templates[key] = tie
            }
            last = tie
        }
        tie.source = source
        tie.target = target
        tie.weight = weight
        tie.start = start
        tie.end = end
        return tie
    }
}
