import GraphCore

extension KeyPlayers {
    /// KPP-NEG: a set of `size` nodes whose removal fragments the graph most, by
    /// ``fragmentation(_:removing:measure:)`` (`F` by default, or `DF`).
    ///
    /// Optimisation as Borgatti (2006): a random start set, then the exchange of a member for a
    /// non-member that raises the score most, repeated while it rises; `restarts` independent
    /// starts, the best final set kept (ties to the earliest restart). A heuristic: the set is a
    /// local optimum under single exchanges, not necessarily the global one. Deterministic for a
    /// seed, whatever the thread count.
    ///
    /// Conventions: undirected and unweighted (see ``KeyPlayers``). `size = 0` returns the empty set
    /// scored on the intact graph; `size = n` returns every node (score NaN: nothing remains).
    /// Marginal contributions are `score(S) − score(S ∖ {s})`, the drop in fragmentation when `s`
    /// alone is put back.
    ///
    /// - Parameters:
    ///   - size: the number of key players `k`, `0 ≤ k ≤ n`.
    ///   - seed: seeds the random starts.
    ///   - restarts: independent starts, at least 1 (default 10).
    ///   - threads: restarts run in parallel on up to this many threads.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for a size outside `0...n`,
    ///   fewer than one restart or thread.
    /// - Complexity: per exchange pass O(k (n + m)) for `F` (one low-point depth-first search per
    ///   member scores every exchange that takes it out, see ``ComponentSwapObjective``);
    ///   for `DF`, per member one breadth-first search per source plus repair searches over the
    ///   dominator subtrees of its shortest-path DAG (see ``DistanceFragmentationSwapObjective``),
    ///   O(k · n (n + m)) and more in tree-like graphs. Passes until no exchange improves, times
    ///   `restarts / threads`.
    ///
    /// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
    /// Computational and Mathematical Organization Theory 12(1), 21–34 (2006),
    /// doi:10.1007/s10588-006-7084-x.
    public static func fragmentationSet(
        _ graph: Graph, size: Int, measure: FragmentationMeasure = .components, seed: UInt64 = 1,
        restarts: Int = 10, threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> KeyPlayerSet {
        try validate(size: size, nodeCount: graph.nodeCount, restarts: restarts, threads: threads)
        let rows = SimpleUndirectedRows(graph)
        let members: [Int]
        if size == 0 || size == graph.nodeCount {
            members = Array(0..<size)
        } else {
            switch measure {
            case .components:
                members = SwapSearch.run(
                    nodeCount: graph.nodeCount, size: size, seed: seed, restarts: restarts, threads: threads
                ) { ComponentSwapObjective(rows: rows) }
            case .distanceWeighted:
                members = SwapSearch.run(
                    nodeCount: graph.nodeCount, size: size, seed: seed, restarts: restarts, threads: threads
                ) { DistanceFragmentationSwapObjective(rows: rows) }
            }
        }
        let search = MultiSourceBFS(nodeCount: graph.nodeCount)
        return scored(members, nodeCount: graph.nodeCount) { isMember in
            switch measure {
            case .components: return FragmentationKernel.componentFragmentation(rows, removed: isMember)
            case .distanceWeighted:
                return FragmentationKernel.distanceFragmentation(rows, removed: isMember, search: search)
            }
        }
    }

    /// KPP-POS: a set of `size` nodes that reaches the rest of the graph best, by
    /// ``reach(_:from:steps:measure:)`` (m-reach within `steps` by default, or distance-weighted).
    ///
    /// Optimisation, determinism and conventions as ``fragmentationSet(_:size:measure:seed:restarts:threads:)``.
    /// `size = 0` returns the empty set (score 0); `size = n` every node (score NaN: nobody is left
    /// to reach). Marginal contributions are `score(S) − score(S ∖ {s})`, each side normalised by
    /// its own `n − |S|`.
    ///
    /// - Parameters:
    ///   - size: the number of key players `k`, `0 ≤ k ≤ n`.
    ///   - steps: `m` of m-reach, at least 1 (default 2); ignored by the distance-weighted measure.
    ///   - seed: seeds the random starts.
    ///   - restarts: independent starts, at least 1 (default 10).
    ///   - threads: restarts run in parallel on up to this many threads.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for a size outside `0...n`,
    ///   `steps < 1`, fewer than one restart or thread.
    /// - Complexity: per exchange pass O(k (n + m)) plus, for every non-member, a search of its
    ///   `steps`-ball (m-reach) or a pruned search (distance-weighted) scored against all `k`
    ///   members: see ``ReachSwapObjective``.
    ///
    /// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
    /// Computational and Mathematical Organization Theory 12(1), 21–34 (2006),
    /// doi:10.1007/s10588-006-7084-x.
    public static func reachSet(
        _ graph: Graph, size: Int, steps: Int = 2, measure: ReachMeasure = .withinSteps, seed: UInt64 = 1,
        restarts: Int = 10, threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> KeyPlayerSet {
        try validate(steps: steps)
        try validate(size: size, nodeCount: graph.nodeCount, restarts: restarts, threads: threads)
        let rows = SimpleUndirectedRows(graph)
        let members: [Int]
        if size == 0 || size == graph.nodeCount {
            members = Array(0..<size)
        } else {
            members = SwapSearch.run(
                nodeCount: graph.nodeCount, size: size, seed: seed, restarts: restarts, threads: threads
            ) { ReachSwapObjective(rows: rows, steps: steps, measure: measure) }
        }
        var distances = [Int32](repeating: 0, count: graph.nodeCount)
        var queue = [Int32](repeating: 0, count: graph.nodeCount)
        return scored(members, nodeCount: graph.nodeCount) { isMember in
            ReachKernel.reach(rows, isMember: isMember, steps: steps, measure: measure,
                              distances: &distances, queue: &queue)
        }
    }

    private static func validate(size: Int, nodeCount: Int, restarts: Int, threads: Int) throws(AlgorithmError) {
        guard size >= 0, size <= nodeCount else {
            throw .invalidParameter(name: "size", value: "\(size)", reason: "must lie in 0...\(nodeCount), the node count")
        }
        guard restarts >= 1 else {
            throw .invalidParameter(name: "restarts", value: "\(restarts)", reason: "at least one start is needed")
        }
        try ParallelWork.validate(threads: threads)
    }

    /// The set with its score, the empty set's score and every member's marginal contribution.
    private static func scored(
        _ members: [Int], nodeCount: Int, score: (_ isMember: [Bool]) -> Double
    ) -> KeyPlayerSet {
        var isMember = [Bool](repeating: false, count: nodeCount)
        let emptySetScore = score(isMember)
        for v in members { isMember[v] = true }
        let total = score(isMember)
        let marginal = members.map { s in
            isMember[s] = false
            defer { isMember[s] = true }
            return total - score(isMember)
        }
        return KeyPlayerSet(members: members, score: total, emptySetScore: emptySetScore, marginalContributions: marginal)
    }
}
