/// Sets of key players after Borgatti (2006): the nodes whose removal fragments the network most
/// (KPP-NEG) and the nodes that reach the most others (KPP-POS).
///
/// Both problems treat the graph as **undirected and unweighted**: a directed arc in either
/// direction is one edge (networkx's `to_undirected`), weights are ignored and self-loops play no
/// role. Scores are computed by ``fragmentation(_:removing:measure:)`` and
/// ``reach(_:from:steps:measure:)``; the sets are found by ``fragmentationSet(_:size:measure:seed:restarts:threads:)``
/// and ``reachSet(_:size:steps:measure:seed:restarts:threads:)``.
///
/// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
/// Computational and Mathematical Organization Theory 12(1), 21–34 (2006),
/// doi:10.1007/s10588-006-7084-x.
public enum KeyPlayers {}

/// How the fragmentation of the graph left after removing a set is measured (KPP-NEG).
public enum FragmentationMeasure: String, Sendable, CaseIterable {
    /// `F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1))` over the component sizes `s_k` of the remaining
    /// graph: the share of ordered pairs of remaining nodes that cannot reach each other.
    case components
    /// `DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n − 1))` over ordered pairs of remaining nodes, with
    /// `1/d = 0` for unreachable pairs: fragmentation weighted by how far apart nodes end up.
    case distanceWeighted
}

/// How much of the rest of the graph a set reaches (KPP-POS).
public enum ReachMeasure: String, Sendable, CaseIterable {
    /// m-reach: the share of the nodes outside the set within `steps` edges of some member.
    case withinSteps
    /// Distance-weighted reach: `Σ_{j∉S} (1/d_Sj) / (n − k)` with `d_Sj` the distance from the
    /// nearest member and `1/d = 0` when `j` cannot be reached.
    case distanceWeighted
}

/// A set of key players found by the swap search, with its score.
public struct KeyPlayerSet: Sendable, Equatable {
    /// The members, sorted.
    public let members: [Int]
    /// The score of the set (fragmentation of the graph without it, or its reach); NaN where the
    /// measure is undefined (fewer than two nodes left for fragmentation, none left for reach).
    public let score: Double
    /// The score of the empty set: for fragmentation the intact graph's, for reach 0.
    public let emptySetScore: Double
    /// For every member (parallel to ``members``), how much the score drops when that member
    /// alone leaves the set (is put back into the graph, or stops reaching): `score(S) − score(S ∖ {s})`.
    public let marginalContributions: [Double]
}
