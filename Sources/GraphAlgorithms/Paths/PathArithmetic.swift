import GraphCore

/// The arithmetic in which a graph's weighted shortest paths are counted (betweenness) under an
/// ``EdgeLength``: exact integer lengths (inverted strengths scaled by each component's `L_c`, bridges
/// neutral, see ``ExactLengthScales``) or floating point, component by component. Floating-point lengths
/// recognise two paths as equally short only when their sums agree to the last bit, as networkx does, so
/// ties between shortest paths can be missed. (Distances, closeness and harmonic only add lengths:
/// floating point merely rounds them.)
public struct PathArithmetic: Sendable, Equatable {
    /// The arithmetic over the whole graph.
    public enum Kind: String, Sendable {
        /// Every step has length 1 (unweighted, or every weight is 1).
        case hops
        /// Every component with ties uses exact integer lengths.
        case exactIntegers = "exact_integers"
        /// Some components use exact integer lengths, the others floating point.
        case mixed
        /// Every component with ties uses floating-point lengths.
        case floatingPoint = "floating_point"
        /// The weights are the lengths, summed as given.
        case weightsAsLengths = "weights_as_lengths"
    }

    public let kind: Kind
    /// Components with at least one tie.
    public let componentsWithTies: Int
    /// Of those, the components whose lengths are floating point, and their nodes.
    public let floatingComponents: Int
    public let floatingNodes: Int
    /// Of the floating components, those with a strength that is neither a whole number nor a decimal of up to
    /// six places (the rest have strengths whose least common multiple would let a path length pass 2⁵³).
    public let fractionalComponents: Int

    /// The arithmetic ``Betweenness`` counts shortest paths in for `graph` under `length`.
    /// - Complexity: O(n + m + k log k) for k distinct weights.
    public static func of(_ graph: Graph, length: EdgeLength) -> PathArithmetic {
        let allOne = graph.outWeights.allSatisfy { $0 == 1 }
        guard length != .hops, !allOne else { return PathArithmetic(kind: .hops) }
        guard length == .inverseWeight else { return PathArithmetic(kind: .weightsAsLengths) }
        let exact = ExactLengthScales(graph, neutralBridges: true)
        var withTies = 0, floating = 0, nodes = 0, fractional = 0
        for c in exact.scales.indices where exact.hasArcs[c] {
            withTies += 1
            if exact.scales[c] == nil {
                floating += 1
                nodes += exact.sizes[c]
                if !exact.integral[c] { fractional += 1 }
            }
        }
        let kind: Kind = floating == 0 ? .exactIntegers : floating == withTies ? .floatingPoint : .mixed
        return PathArithmetic(
            kind: kind, componentsWithTies: withTies, floatingComponents: floating, floatingNodes: nodes,
            fractionalComponents: fractional)
    }

    init(
        kind: Kind, componentsWithTies: Int = 0, floatingComponents: Int = 0, floatingNodes: Int = 0,
        fractionalComponents: Int = 0
    ) {
        self.kind = kind
        self.componentsWithTies = componentsWithTies
        self.floatingComponents = floatingComponents
        self.floatingNodes = floatingNodes
        self.fractionalComponents = fractionalComponents
    }

    /// A sentence for readers when some lengths are floating point, else nil.
    public var note: String? {
        guard floatingComponents > 0 else { return nil }
        let scope = kind == .floatingPoint
            ? (componentsWithTies == 1 ? "the network" : "all \(componentsWithTies) components")
            : "\(floatingComponents) of \(componentsWithTies) components (\(floatingNodes) nodes)"
        let large = floatingComponents - fractionalComponents
        var reasons: [String] = []
        if fractionalComponents > 0 { reasons.append("strengths that are not decimals of up to six places") }
        if large > 0 { reasons.append("whole strengths whose least common multiple is too large for exact lengths") }
        return "shortest paths are counted with floating-point lengths 1/weight in \(scope) "
            + "(\(reasons.joined(separator: "; "))): equally short paths there count as equal only when their "
            + "sums agree to the last bit, as in networkx, so betweenness may miss ties"
    }
}
