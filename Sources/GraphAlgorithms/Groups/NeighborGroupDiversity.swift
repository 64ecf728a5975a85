import GraphCore

/// How varied the groups of a node's neighbours are, from the shares `p_s = k_is / k_i` of its
/// (weighted) ties that go to grouped neighbours of each group `s` (`k_i = Σ_s k_is`).
///
/// Ties are read as in ``Participation``: undirected edges (a self-loop is one tie to the node's own
/// group), or for directed graphs out-ties, in-ties or both (`W + Wᵀ`) by ``DegreeDirection``; a tie
/// counts its weight with `weighted: true`, else 1; ties to ungrouped neighbours are left out.
///
/// References: C. E. Shannon, "A mathematical theory of communication", Bell Syst. Tech. J. 27,
/// 379–423 (1948), doi:10.1002/j.1538-7305.1948.tb01338.x; P. M. Blau, *Inequality and
/// Heterogeneity* (Free Press, 1977); D. Krackhardt and R. N. Stern, "Informal networks and
/// organizational crises: an experimental simulation", Soc. Psychol. Q. 51(2), 123–140 (1988),
/// doi:10.2307/2786835 (the E-I index).
public struct NeighborGroupDiversity: Sendable, Equatable {
    /// Shannon entropy `H_i = −Σ_s p_s ln p_s` in nats (natural logarithm), over the groups with
    /// `p_s > 0`. NaN when the node has no tie to a grouped neighbour. Computed for ungrouped nodes
    /// too (it does not need the node's own group).
    public let entropy: [Double]
    /// Blau's heterogeneity index `B_i = 1 − Σ_s p_s²`. For a grouped node with ties it equals the
    /// participation coefficient; unlike it, it is NaN (not 0) when the node has no tie to a grouped
    /// neighbour. Computed for ungrouped nodes too.
    public let blau: [Double]
    /// The node E-I index `(E − I) / (E + I)`, with `I = k_{i,g(i)}` the (weighted) ties to the node's
    /// own group (a self-loop included) and `E = k_i − I` those to other groups. −1 for a node tied
    /// only inside its group, +1 only outside; NaN when `E + I = 0` and for ungrouped nodes.
    public let eiIndex: [Double]

    /// Computes the three columns.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `groups` does not have
    ///   one label in `-1..<groupCount` per node.
    /// - Complexity: O(n + m + groupCount).
    public static func compute(
        _ graph: Graph, groups: [Int32], groupCount: Int, weighted: Bool = false,
        direction: DegreeDirection = .outgoing
    ) throws(AlgorithmError) -> NeighborGroupDiversity {
        try GroupLabels.validate(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        let tally = NeighborGroupTally(
            graph, groups: groups, groupCount: groupCount, weighted: weighted, direction: direction)
        return NeighborGroupDiversity(tally, groups: groups)
    }

    init(_ tally: NeighborGroupTally, groups: [Int32]) {
        entropy = tally.entropy
        blau = groups.indices.map { node in
            let k = tally.total[node]
            return k > 0 ? 1 - tally.sumOfSquares[node] / (k * k) : .nan
        }
        eiIndex = groups.indices.map { node in
            let k = tally.total[node]
            guard groups[node] >= 0, k > 0 else { return .nan }
            let inside = tally.own[node], outside = k - inside
            return (outside - inside) / k
        }
    }
}
