import GraphCore

/// Harmonic centrality (harmonic closeness).
public enum Harmonic {
    /// Harmonic centrality of every node, as networkx `harmonic_centrality(G)`.
    ///
    /// **Definition.** `H(u) = Σ_{v ≠ u} 1 / d(v, u)`, where an unreachable `v` contributes 0
    /// (`1/∞`). **Not normalised** (networkx's convention; divide by `n − 1` for igraph's or
    /// NetworKit's normalised value). Isolates and single-node graphs get 0.
    ///
    /// **Conventions.** Directed graphs use *incoming* distances `d(v, u)`, as networkx. Self-loops
    /// and parallel ties do not change distances. With a weighted `length` (see ``EdgeLength``)
    /// distances are sums of lengths; with integer strengths under ``EdgeLength/inverseWeight`` the
    /// exact integer lengths `L / w` are used and the result multiplied by `L`.
    ///
    /// **Method.** Hops: bit-parallel multi-source BFS (256 nodes per pass) with integer counts
    /// per level, `H = Σ_ℓ count_ℓ / ℓ`, one rounding per level (agrees with networkx to about
    /// 1e-15 relative). Weighted: one Dijkstra per node on the reversed arcs. Parallel over
    /// nodes; identical output for every `threads`.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - length: how weights become path lengths (default hops).
    ///   - threads: worker threads (default: active processors); must be ≥ 1.
    ///   - progress: called with the finished fraction (0…1) from worker threads.
    /// - Returns: one value per node.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for `threads < 1` or a
    ///   weight ≤ 0 under a weighted `length`.
    /// - Complexity: hops O(n m · depth / 256 + n²/256) time; weighted O(n (m + n) log n); O(n)
    ///   memory per thread.
    ///
    /// References: M. Marchiori, V. Latora, "Harmony in the small-world", Physica A 285(3–4),
    /// 2000, https://doi.org/10.1016/S0378-4371(00)00311-3; P. Boldi, S. Vigna, "Axioms for
    /// centrality", Internet Mathematics 10(3–4), 2014, https://doi.org/10.1080/15427951.2013.865686.
    public static func centrality(
        _ graph: Graph,
        length: EdgeLength = .hops,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> [Double] {
        let sweep = try IncomingSweep(graph, length: length, threads: threads, progress: progress)
        return sweep.harmonic()
    }
}
