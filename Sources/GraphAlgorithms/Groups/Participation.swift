import GraphCore

/// Guimerà and Amaral's node roles within a grouping: the participation coefficient and the
/// within-group degree z-score.
///
/// Both read a node's ties through ``DegreeDirection``: for undirected graphs the node's edges
/// (a self-loop is one tie, as one diagonal entry of the adjacency matrix); for directed graphs the
/// out-ties (`.outgoing`, bctpy's row sums), the in-ties (`.incoming`) or both (`.all`, the matrix
/// `W + Wᵀ`, so a reciprocated pair counts twice). With `weighted: true` a tie counts its weight,
/// otherwise 1. Ties to ungrouped nodes (label −1) are left out; ungrouped nodes get NaN.
///
/// Reference: R. Guimerà and L. A. N. Amaral, "Functional cartography of complex metabolic
/// networks", Nature 433, 895–900 (2005), doi:10.1038/nature03288. The conventions follow the Brain
/// Connectivity Toolbox (bctpy 0.6.1 `participation_coef`, `module_degree_zscore`), which the tests
/// compare against.
public enum Participation {
    /// The participation coefficient `P_i = 1 − Σ_s (k_is / k_i)²`, where `k_is` is the (weighted)
    /// number of ties from `i` to grouped nodes of group `s` and `k_i = Σ_s k_is`.
    ///
    /// `P_i = 0` when `k_i = 0` (bctpy's convention); NaN for ungrouped nodes. Only ties between
    /// grouped nodes count, so on a grouping without `-1` the value is bctpy's
    /// `participation_coef(W, ci, degree)`: `degree = "undirected"` (row sums) for undirected graphs
    /// and for `.outgoing`, `degree = "in"` for `.incoming`, and row sums of `W + Wᵀ` for `.all`.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `groups` does not have
    ///   one label in `-1..<groupCount` per node.
    /// - Complexity: O(n + m + groupCount).
    public static func coefficient(
        _ graph: Graph, groups: [Int32], groupCount: Int, weighted: Bool = false,
        direction: DegreeDirection = .outgoing
    ) throws(AlgorithmError) -> [Double] {
        try GroupLabels.validate(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        let tally = NeighborGroupTally(
            graph, groups: groups, groupCount: groupCount, weighted: weighted, direction: direction)
        return coefficient(tally, groups: groups)
    }

    /// The within-group degree z-score `z_i = (κ_i − mean_s κ) / std_s κ`, where `κ_i` is the
    /// (weighted) number of ties from `i` to members of its own group `s`, and the mean and the
    /// population standard deviation (divisor `n_s`) run over the members of `s`.
    ///
    /// `z_i = 0` when every member of the group has the same `κ` (including one-member groups):
    /// bctpy's `module_degree_zscore` turns the 0/0 into 0 and never returns NaN for a grouped
    /// node. NaN for ungrouped nodes. Directions map to bctpy's `flag`: undirected 0, `.outgoing`
    /// 1 (row sums), `.incoming` 2, `.all` 3 (`W + Wᵀ`).
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` as ``coefficient(_:groups:groupCount:weighted:direction:)``.
    /// - Complexity: O(n + m + groupCount).
    public static func withinGroupDegreeZScore(
        _ graph: Graph, groups: [Int32], groupCount: Int, weighted: Bool = false,
        direction: DegreeDirection = .outgoing
    ) throws(AlgorithmError) -> [Double] {
        try GroupLabels.validate(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        let tally = NeighborGroupTally(
            graph, groups: groups, groupCount: groupCount, weighted: weighted, direction: direction)
        return zScore(withinGroup: tally.own, groups: groups, groupCount: groupCount)
    }

    static func coefficient(_ tally: NeighborGroupTally, groups: [Int32]) -> [Double] {
        groups.indices.map { node in
            guard groups[node] >= 0 else { return .nan }
            let k = tally.total[node]
            return k > 0 ? 1 - tally.sumOfSquares[node] / (k * k) : 0
        }
    }

    static func zScore(withinGroup degree: [Double], groups: [Int32], groupCount: Int) -> [Double] {
        var sum = [Double](repeating: 0, count: groupCount)
        var size = [Int](repeating: 0, count: groupCount)
        var first = [Double](repeating: .nan, count: groupCount)
        var allEqual = [Bool](repeating: true, count: groupCount)
        for (node, label) in groups.enumerated() where label >= 0 {
            let s = Int(label)
            if size[s] == 0 { first[s] = degree[node] } else if degree[node] != first[s] { allEqual[s] = false }
            sum[s] += degree[node]
            size[s] += 1
        }
        let mean = (0..<groupCount).map { size[$0] > 0 ? sum[$0] / Double(size[$0]) : 0 }
        var squares = [Double](repeating: 0, count: groupCount)
        for (node, label) in groups.enumerated() where label >= 0 {
            let deviation = degree[node] - mean[Int(label)]
            squares[Int(label)] += deviation * deviation
        }
        return groups.indices.map { node in
            let label = groups[node]
            guard label >= 0 else { return .nan }
            let s = Int(label)
            guard !allEqual[s] else { return 0 }
            let deviation = (squares[s] / Double(size[s])).squareRoot()
            return (degree[node] - mean[s]) / deviation
        }
    }
}
