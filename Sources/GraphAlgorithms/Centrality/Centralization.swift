import GraphCore

/// Freeman centralisation of a graph, normalised as igraph's `centralization_degree` and
/// `centralization_betweenness` (R igraph `centr_degree`, `centr_betw`).
///
/// Definition: `C = Σ_v (max_u c_u − c_v) / T`, where `T` is the largest value of the numerator
/// over all graphs with the same number of nodes (reached by the star). NaN when `T = 0` (too few
/// nodes) or there are no nodes.
///
/// Reference: L. C. Freeman, "Centrality in social networks conceptual clarification", Social
/// Networks 1(3), 215–239 (1978), doi:10.1016/0378-8733(78)90021-7.
public enum Centralization {
    /// `Σ (max − c_v) / theoreticalMax` for arbitrary scores; NaN when `theoreticalMax` is not
    /// positive or there are no scores.
    /// - Complexity: O(n).
    public static func freeman(_ scores: [Double], theoreticalMax: Double) -> Double {
        guard let top = scores.max(), theoreticalMax > 0 else { return .nan }
        var total = 0.0
        for score in scores { total += top - score }
        return total / theoreticalMax
    }

    /// Degree centralisation with igraph's defaults (`mode = "all"`, `loops = TRUE`): scores are
    /// ``DegreeCentrality/degrees(_:direction:)`` (in + out for directed graphs, self-loops counting
    /// twice) and `T = n(n − 1)` undirected, `2(n − 1)²` directed.
    /// - Complexity: as ``DegreeCentrality/degrees(_:direction:)``.
    public static func degree(_ graph: Graph) -> Double {
        let n = Double(graph.nodeCount)
        let theoreticalMax = graph.isDirected ? 2 * (n - 1) * (n - 1) : n * (n - 1)
        return freeman(DegreeCentrality.degrees(graph).map(Double.init), theoreticalMax: theoreticalMax)
    }

    /// Betweenness centralisation, igraph's `centralization_betweenness(directed = TRUE)`:
    /// `T = (n − 1)²(n − 2)` for directed and `(n − 1)²(n − 2)/2` for undirected graphs.
    /// - Parameters:
    ///   - betweenness: the **unnormalised** betweenness of every node on igraph's scale, which is
    ///     networkx's `betweenness_centrality(G, normalized=False)` (unordered pairs for undirected
    ///     graphs). For networkx's normalised values pass `normalized: true`: they are rescaled by
    ///     `(n − 1)(n − 2)` (directed) or `(n − 1)(n − 2)/2` (undirected) first.
    ///   - directed: whether the scores were computed on directed paths.
    /// - Complexity: O(n).
    public static func betweenness(_ betweenness: [Double], directed: Bool, normalized: Bool = false) -> Double {
        let n = Double(betweenness.count)
        let pairs = directed ? (n - 1) * (n - 2) : (n - 1) * (n - 2) / 2
        let scores = normalized ? betweenness.map { $0 * pairs } : betweenness
        return freeman(scores, theoreticalMax: (n - 1) * pairs)
    }
}
