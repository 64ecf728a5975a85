import GraphCore

/// Closeness centrality with the Wasserman–Faust correction for disconnected graphs.
public enum Closeness {
    /// Closeness of every node, as networkx `closeness_centrality(G, wf_improved=True)`.
    ///
    /// **Definition.** For node `u` let `R(u)` be the nodes that can reach `u` (`u` included),
    /// `r = |R(u)|` and `D = Σ_{v ∈ R(u)} d(v, u)`. Then
    /// `C(u) = (r − 1) / D · (r − 1) / (n − 1)`, and `C(u) = 0` when `D = 0` (an isolate, or no
    /// node reaches `u`) or `n ≤ 1`. The second factor is Wasserman and Faust's scaling, which
    /// makes values of nodes in small components comparable with the rest.
    ///
    /// **Conventions.** Directed graphs use *incoming* distances `d(v, u)` (networkx reverses the
    /// graph; NetworKit uses outgoing, igraph `mode="in"` matches). Self-loops and parallel ties
    /// do not change distances. With a weighted `length` (see ``EdgeLength``) distances are sums
    /// of lengths; with integer strengths under ``EdgeLength/inverseWeight`` the exact integer
    /// lengths `L / w` are used and the result multiplied by `L`.
    ///
    /// **Method.** Hops: bit-parallel multi-source BFS (256 targets per pass, `SIMD4<UInt64>` per node) over the arcs,
    /// integer distance sums, so values equal networkx's exactly. Weighted: one Dijkstra per
    /// node on the reversed arcs. Parallel over nodes; identical output for every `threads`.
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
    /// References: S. Wasserman, K. Faust, *Social Network Analysis: Methods and Applications*,
    /// Cambridge University Press, 1994, https://doi.org/10.1017/CBO9780511815478;
    /// L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks
    /// 1(3), 1978, https://doi.org/10.1016/0378-8733(78)90021-7.
    public static func centrality(
        _ graph: Graph,
        length: EdgeLength = .hops,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> [Double] {
        let sweep = try IncomingSweep(graph, length: length, threads: threads, progress: progress)
        return sweep.closeness(nodeCount: graph.nodeCount)
    }

    /// Closeness and harmonic centrality from one shared traversal: the values of
    /// ``centrality(_:length:threads:progress:)`` and ``Harmonic/centrality(_:length:threads:progress:)``
    /// for the cost of one of them.
    /// - Complexity: as ``centrality(_:length:threads:progress:)``.
    public static func closenessAndHarmonic(
        _ graph: Graph,
        length: EdgeLength = .hops,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> (closeness: [Double], harmonic: [Double]) {
        let sweep = try IncomingSweep(graph, length: length, threads: threads, progress: progress)
        return (sweep.closeness(nodeCount: graph.nodeCount), sweep.harmonic())
    }
}

/// The shortest-path totals of every node over its incoming distances, shared by closeness and
/// harmonic centrality.
struct IncomingSweep {
    let totals: [SourceTotals]
    /// Per node, the factor computed lengths carry (see ``PathLengths/nodeScales``); nil when unscaled.
    let scales: [Double]?

    init(
        _ graph: Graph, length: EdgeLength, threads: Int, progress: (@Sendable (Double) -> Void)?
    ) throws(AlgorithmError) {
        try ParallelWork.validate(threads: threads)
        let lengths = try PathLengths.resolve(length, for: graph)
        let everyNode = (0 ..< graph.nodeCount).map { Int32(truncatingIfNeeded: $0) }
        totals = PathSweep.totals(
            graph, lengths: lengths, incoming: true, sources: everyNode, members: nil, threads: threads,
            progress: progress)
        scales = lengths?.nodeScales
    }

    /// Wasserman–Faust closeness from the totals, with networkx's operations in networkx's order.
    func closeness(nodeCount n: Int) -> [Double] {
        totals.enumerated().map { node, totals in
            let distanceSum = totals.distanceSum
            guard distanceSum > 0, n > 1 else { return 0 }
            let reachedOthers = Double(totals.reached) - 1
            var value = reachedOthers / distanceSum
            value *= reachedOthers / Double(n - 1)
            return value * (scales?[node] ?? 1)
        }
    }

    /// Harmonic centrality from the totals.
    func harmonic() -> [Double] {
        totals.enumerated().map { node, totals in totals.harmonicSum * (scales?[node] ?? 1) }
    }
}
