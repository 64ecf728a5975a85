import GraphCore

/// Shortest-path betweenness centrality of nodes.
public enum Betweenness {
    /// Exact betweenness by Brandes' algorithm, with networkx's conventions.
    ///
    /// **Definition.** `b(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st` over ordered pairs `(s, t)`, where `σ_st`
    /// is the number of shortest paths from `s` to `t` and `σ_st(v)` the number through `v`
    /// (networkx `betweenness_centrality`, `k=None`). With `endpoints`, `v` also counts as on the
    /// paths it starts or ends (`s = v` or `t = v`).
    ///
    /// **Normalisation** (networkx `_rescale`): with `N = n` if `endpoints` else `n − 1` and
    /// `N ≥ 2`, normalised values are divided by `N (N − 1)` for directed *and* undirected graphs;
    /// unnormalised values of an undirected graph are halved (each unordered pair once); for
    /// `N < 2` every value is 0.
    ///
    /// **Conventions.** Directed graphs follow arc direction. Unreachable pairs contribute 0, so
    /// disconnected graphs need no special case. Self-loops never lie on a shortest path.
    /// `length` chooses hop counts (breadth-first search) or weighted lengths (Dijkstra, exact
    /// ties as described in ``EdgeLength``); weights must then be positive.
    ///
    /// **Parallelism and determinism.** Sources are split into a fixed number of contiguous
    /// blocks (depending on `n` only); workers take blocks dynamically, each block accumulates
    /// into its own row, and rows are summed in block order, so the output is identical for
    /// every `threads` value.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - length: how weights become path lengths (default hops).
    ///   - normalized: divide as described above (networkx default `true`).
    ///   - endpoints: count the endpoints of each path (networkx default `false`).
    ///   - threads: worker threads (default: active processors); must be ≥ 1.
    ///   - progress: called with the finished fraction (0…1) from worker threads.
    /// - Returns: one value per node.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for `threads < 1` or a
    ///   weight ≤ 0 under a weighted `length`.
    /// - Complexity: O(n m) time for hops, O(n (m + n) log n) weighted; O(n · (threads + blocks))
    ///   memory, at most 64 blocks and 128 MiB of block rows.
    ///
    /// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
    /// 25(2), 163–177, 2001, https://doi.org/10.1080/0022250X.2001.9990249; endpoints and
    /// normalisation: U. Brandes, "On variants of shortest-path betweenness centrality and their
    /// generic computation", Social Networks 30(2), 2008, https://doi.org/10.1016/j.socnet.2007.11.001.
    public static func exact(
        _ graph: Graph,
        length: EdgeLength = .hops,
        normalized: Bool = true,
        endpoints: Bool = false,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> [Double] {
        try ParallelWork.validate(threads: threads)
        let lengths = try PathLengths.resolve(length, for: graph, countingPaths: true)
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        var values = accumulate(graph, lengths: lengths, endpoints: endpoints, threads: threads, progress: progress)
        let scale = rescaleFactor(
            nodeCount: n, directed: graph.isDirected, normalized: normalized, endpoints: endpoints)
        if scale != 1 {
            for v in 0 ..< n { values[v] *= scale }
        }
        return values
    }

    /// networkx's `_rescale` factor for exact betweenness (see ``exact(_:length:normalized:endpoints:threads:progress:)``).
    static func rescaleFactor(nodeCount n: Int, directed: Bool, normalized: Bool, endpoints: Bool) -> Double {
        let pairs = endpoints ? n : n - 1
        guard pairs >= 2 else { return 1 }
        if normalized { return 1 / (Double(pairs) * Double(pairs - 1)) }
        return directed ? 1 : 0.5
    }

    /// The most nodes for which unit-length searches run eight sources per pass (``BatchedBrandes``, 236 bytes
    /// of scratch per node and worker); larger graphs search from one source at a time.
    static let batchedNodeLimit = 1 << 20

    /// The raw ordered-pair sums, block by block.
    private static func accumulate(
        _ graph: Graph, lengths: PathLengths?, endpoints: Bool, threads: Int,
        progress: (@Sendable (Double) -> Void)?
    ) -> [Double] {
        let n = graph.nodeCount
        // At most 64 blocks and at most 2²⁴ doubles (128 MiB) of block rows; depends on n only.
        let blockCount = max(1, min(n, 64, (1 << 24) / n))
        let rows = SharedBuffer<Double>.allocate(count: blockCount * n, repeating: 0)
        defer { rows.deallocate() }
        ArcView.with(graph, incoming: false, lengths: lengths) { arcs in
            // Invariant for `rows`: block b writes only row b, and each block runs on one worker.
            ParallelWork.run(
                units: blockCount, threads: threads, progress: progress,
                makeScratch: {
                    (
                        paths: SingleSourcePaths(
                            nodeCount: n, arcCount: lengths == nil ? 0 : graph.arcCount,
                            maximumIntegerLength: lengths?.maximumIntegerLength),
                        dag: lengths == nil ? SuccessorLists(nodeCount: n, arcCount: graph.arcCount) : nil,
                        batch: lengths == nil && n <= batchedNodeLimit ? BatchedBrandes(nodeCount: n) : nil
                    )
                },
                body: { scratch, block in
                    let row = rows.base + block * n
                    let paths = scratch.paths
                    var first = block * n / blockCount
                    let end = (block + 1) * n / blockCount
                    while first < end {
                        let count = min(BatchedBrandes.width, end - first)
                        // Eight sources per pass when it can; otherwise (too deep, σ too large) one by one.
                        if let batch = scratch.batch,
                            batch.accumulate(sources: first, count: count, arcs: arcs, endpoints: endpoints, into: row)
                        {
                            first += count
                            continue
                        }
                        for source in first ..< first + count {
                            if let dag = scratch.dag {
                                paths.breadthFirst(from: source, arcs: arcs, recordingInto: dag)
                                accumulateUnitLengths(paths, dag, source: source, endpoints: endpoints, into: row)
                            } else {
                                paths.dijkstra(from: source, arcs: arcs)
                                accumulateWeighted(paths, source: source, arcs: arcs, endpoints: endpoints, into: row)
                            }
                            paths.reset()
                        }
                        first += count
                    }
                })
        }
        var values = [Double](repeating: 0, count: n)
        for block in 0 ..< blockCount {
            let row = rows.base + block * n
            for v in 0 ..< n { values[v] += row[v] }
        }
        return values
    }

    /// Back-propagation after a breadth-first search: `δ(v) = σ(v) Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w)`,
    /// in reverse order of discovery, over the successor lists the search recorded. Once `δ(v)` is
    /// recorded, the cell's σ is replaced by the coefficient `(1 + δ(v)) / σ(v)` that the predecessors
    /// of `v` need, so each DAG arc costs one addition and no test.
    private static func accumulateUnitLengths(
        _ paths: SingleSourcePaths, _ dag: SuccessorLists, source: Int, endpoints: Bool,
        into row: UnsafeMutablePointer<Double>
    ) {
        let cells = paths.cells, order = paths.order
        let successors = dag.targets, starts = dag.starts
        let reached = paths.settledCount
        var i = reached - 1
        while i >= 0 {
            let v = Int(order[i])
            var sum = 0.0
            for k in starts[i] ..< starts[i &+ 1] {
                sum += cells[Int(successors[k])].value
            }
            let sigmaV = cells[v].value
            let dependency = sigmaV * sum
            cells[v].value = (1 + dependency) / sigmaV
            if v != source { row[v] += endpoints ? dependency + 1 : dependency }
            i -= 1
        }
        if endpoints { row[source] += Double(reached - 1) }
    }

    /// Back-propagation after Dijkstra; a successor `w` of `v` satisfies `d(v) + ℓ(v, w) == d(w)` exactly.
    private static func accumulateWeighted(
        _ paths: SingleSourcePaths, source: Int, arcs: ArcView, endpoints: Bool, into row: UnsafeMutablePointer<Double>
    ) {
        let offsets = arcs.offsets, targets = arcs.targets, lengths = arcs.lengths
        let distance = paths.distance, sigma = paths.sigma, delta = paths.delta, order = paths.order
        let reached = paths.settledCount
        var i = reached - 1
        while i >= 0 {
            let v = Int(order[i])
            let dv = distance[v]
            var sum = 0.0
            for arc in offsets[v] ..< offsets[v &+ 1] {
                let w = Int(targets[arc])
                if w != v, dv + lengths[arc] == distance[w] { sum += (1 + delta[w]) / sigma[w] }
            }
            let dependency = sigma[v] * sum
            delta[v] = dependency
            if v != source { row[v] += endpoints ? dependency + 1 : dependency }
            i -= 1
        }
        if endpoints { row[source] += Double(reached - 1) }
    }
}
