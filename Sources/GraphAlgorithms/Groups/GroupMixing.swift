import GraphCore

/// How the ties of a network run within and between groups: the mixing matrix, Krackhardt and
/// Stern's E-I index per group and for the network, and the share of cross-group ties.
///
/// Only ties with both ends grouped count (ties touching a node labelled −1 are left out).
/// Undirected graphs: each edge is one tie, counted once in the upper triangle plus diagonal and
/// shown symmetric (`counts[s][t] == counts[t][s]`); a self-loop is one tie on the diagonal.
/// Directed graphs: each arc is one tie, rows are the source's group, columns the target's. With
/// `weighted: true` a tie counts its weight instead of 1.
///
/// Reference: D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an
/// experimental simulation", Soc. Psychol. Q. 51(2), 123–140 (1988), doi:10.2307/2786835; the
/// mixing matrix as M. E. J. Newman, "Mixing patterns in networks", Phys. Rev. E 67, 026126 (2003),
/// doi:10.1103/PhysRevE.67.026126 (networkx `attribute_mixing_matrix`, which counts every undirected
/// edge twice instead).
public struct GroupMixing: Sendable, Equatable {
    /// `counts[s][t]`: (weighted) ties between group `s` and group `t` (from `s` to `t` if directed).
    public let counts: [[Double]]
    /// `counts[s][t]` divided by the total of grouped ties `E + I` (undirected: the upper triangle
    /// and diagonal sum to 1; directed: the whole matrix does). NaN everywhere when there is no tie.
    public let shares: [[Double]]
    /// Per group `s`, the E-I index `(E_s − I_s) / (E_s + I_s)` over the ties with at least one end in
    /// `s`: `I_s = counts[s][s]`, `E_s` = the ties between `s` and other groups (in either direction
    /// if directed). NaN for a group without ties.
    public let groupEIIndex: [Double]
    /// Per group `s`, `E_s`: the (weighted) ties between `s` and other groups, in either direction if
    /// directed (arcs out of `s` plus arcs into it), the `E_s` of ``groupEIIndex``.
    public let groupExternalTies: [Double]
    /// `I`: (weighted) ties inside groups (self-loops included).
    public let internalTies: Double
    /// `E`: (weighted) ties between different groups.
    public let externalTies: Double
    /// The largest network E-I index possible with the same group sizes and the same number of grouped
    /// ties in a simple graph: as many ties as possible between groups, self-loops staying inside.
    /// Between-group pairs: `Σ_{s<t} n_s n_t` (directed: `Σ_{s≠t}`). nil when weighted or without ties.
    public let maximumEIIndex: Double?
    /// The smallest network E-I index possible likewise: as many ties as possible inside groups,
    /// within-group pairs `Σ_s n_s(n_s − 1)/2` (directed: `n_s(n_s − 1)`). nil when weighted or without ties.
    public let minimumEIIndex: Double?

    /// The network E-I index `(E − I) / (E + I)`, from −1 (all ties inside groups) to +1 (all between);
    /// NaN without grouped ties.
    public var networkEIIndex: Double { eiIndex(external: externalTies, inside: internalTies) }

    /// The share of grouped ties that join different groups, `E / (E + I)`; NaN without grouped ties.
    public var crossGroupShare: Double {
        let total = externalTies + internalTies
        return total > 0 ? externalTies / total : .nan
    }

    /// Computes the mixing matrix and the E-I indices.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `groups` does not have
    ///   one label in `-1..<groupCount` per node.
    /// - Complexity: O(n + m + groupCount²).
    public static func compute(
        _ graph: Graph, groups: [Int32], groupCount: Int, weighted: Bool = false
    ) throws(AlgorithmError) -> GroupMixing {
        try GroupLabels.validate(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        let ties = GroupedTies(graph, groups: groups, weighted: weighted)
        var counts = [[Double]](repeating: [Double](repeating: 0, count: groupCount), count: groupCount)
        var inside = 0.0, between = 0.0
        ties.forEachTie { sourceLabel, targetLabel, weight in
            let s = Int(sourceLabel), t = Int(targetLabel)
            if s == t { inside += weight } else { between += weight }
            if graph.isDirected || s == t {
                counts[s][t] += weight
            } else {
                counts[min(s, t)][max(s, t)] += weight
            }
        }
        if !graph.isDirected {
            for s in 0..<groupCount { for t in 0..<s { counts[s][t] = counts[t][s] } }
        }
        let total = inside + between
        let shares = counts.map { row in row.map { total > 0 ? $0 / total : .nan } }
        let groupExternal = (0..<groupCount).map { s in
            var external = 0.0
            for t in 0..<groupCount where t != s {
                external += counts[s][t]
                if graph.isDirected { external += counts[t][s] }
            }
            return external
        }
        let groupEI = (0..<groupCount).map { s in eiIndex(external: groupExternal[s], inside: counts[s][s]) }
        let bounds = weighted || ties.count == 0
            ? nil
            : eiBounds(
                sizes: GroupLabels.sizes(groups, groupCount: groupCount), ties: ties.count,
                selfLoops: ties.selfLoops, directed: graph.isDirected)
        return GroupMixing(
            counts: counts, shares: shares, groupEIIndex: groupEI, groupExternalTies: groupExternal,
            internalTies: inside, externalTies: between,
            maximumEIIndex: bounds?.maximum, minimumEIIndex: bounds?.minimum)
    }

    /// The extreme E-I indices for `ties` grouped ties (of which `selfLoops` are loops) over groups of
    /// the given sizes.
    static func eiBounds(sizes: [Int], ties: Int, selfLoops: Int, directed: Bool) -> (maximum: Double, minimum: Double) {
        let grouped = sizes.reduce(0, +)
        let orderedPairs = sizes.reduce(0) { $0 + $1 * ($1 - 1) }
        let crossOrdered = grouped * grouped - sizes.reduce(0) { $0 + $1 * $1 }
        let within = directed ? orderedPairs : orderedPairs / 2
        let between = directed ? crossOrdered : crossOrdered / 2
        let loopless = ties - selfLoops
        let mostBetween = min(loopless, between)
        let mostInside = selfLoops + min(loopless, within)
        let m = Double(ties)
        return (
            maximum: eiIndex(external: Double(mostBetween), inside: m - Double(mostBetween)),
            minimum: eiIndex(external: m - Double(mostInside), inside: Double(mostInside)))
    }
}

/// `(E − I) / (E + I)`, NaN when `E + I = 0`.
func eiIndex(external: Double, inside: Double) -> Double {
    let total = external + inside
    return total > 0 ? (external - inside) / total : .nan
}
