import GraphCore

/// Every per-node column over a grouping, computed together: one pass over the ties for the
/// group tallies, one parallel pass over the two-step neighbourhoods.
///
/// The columns and their conventions are those of ``Participation`` (participation coefficient,
/// within-group degree z-score), ``GroupRole``, ``NeighborGroupDiversity`` (entropy in nats, Blau
/// index, node E-I index) and ``GroupReach`` (groups reached in one and two steps, two-step reach).
/// Ties follow `direction` (undirected edges; directed out-, in- or all ties); `weighted` applies to
/// the tally columns, not to the reach columns. Ungrouped nodes (label −1) get NaN for
/// participation, z-score and E-I and a nil role; ties touching them are left out of group counts.
///
/// Reference: R. Guimerà and L. A. N. Amaral, "Functional cartography of complex metabolic
/// networks", Nature 433, 895–900 (2005), doi:10.1038/nature03288 (and the references of each type).
public struct GroupProfile: Sendable, Equatable {
    /// Participation coefficient `1 − Σ_s (k_is/k_i)²` (0 when `k_i = 0`).
    public let participation: [Double]
    /// Within-group degree z-score (0 when the group's degrees are all equal).
    public let withinGroupZScore: [Double]
    /// Guimerà–Amaral role R1–R7.
    public let role: [GroupRole?]
    /// Shannon entropy of the neighbour-group shares, natural logarithm.
    public let entropy: [Double]
    /// Blau index `1 − Σ_s p_s²` of the neighbour-group shares.
    public let blau: [Double]
    /// Node E-I index `(E − I)/(E + I)`.
    public let eiIndex: [Double]
    /// Distinct groups among the nodes at distance 1.
    public let groupsInOneStep: [Int]
    /// Distinct groups among the nodes at distance ≤ 2.
    public let groupsInTwoSteps: [Int]
    /// Share of the other `n − 1` nodes at distance ≤ 2.
    public let twoStepReach: [Double]

    /// Computes every column.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `groups` does not have
    ///   one label in `-1..<groupCount` per node or `threads < 1`.
    /// - Complexity: O(n + m + groupCount) for the tallies plus ``GroupReach``'s
    ///   O(Σ_i Σ_{j ∈ N(i)} d(j)) for the two-step columns.
    public static func compute(
        _ graph: Graph, groups: [Int32], groupCount: Int, weighted: Bool = false,
        direction: DegreeDirection = .outgoing, thresholds: GroupRoleThresholds = GroupRoleThresholds(),
        threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> GroupProfile {
        try GroupLabels.validate(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        try ParallelWork.validate(threads: threads)
        let tally = NeighborGroupTally(
            graph, groups: groups, groupCount: groupCount, weighted: weighted, direction: direction)
        let participation = Participation.coefficient(tally, groups: groups)
        let z = Participation.zScore(withinGroup: tally.own, groups: groups, groupCount: groupCount)
        let diversity = NeighborGroupDiversity(tally, groups: groups)
        let reach = GroupReach(graph, groups: groups, groupCount: groupCount, direction: direction, threads: threads)
        return GroupProfile(
            participation: participation, withinGroupZScore: z,
            role: zip(z, participation).map { GroupRole.classify(z: $0, participation: $1, thresholds: thresholds) },
            entropy: diversity.entropy, blau: diversity.blau, eiIndex: diversity.eiIndex,
            groupsInOneStep: reach.groupsInOneStep, groupsInTwoSteps: reach.groupsInTwoSteps,
            twoStepReach: reach.twoStepReach)
    }
}
