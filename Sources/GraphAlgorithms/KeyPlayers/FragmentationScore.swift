import GraphCore

extension KeyPlayers {
    /// The fragmentation of `graph` once the nodes of `set` are removed (Borgatti's KPP-NEG score).
    ///
    /// Definitions, with `n` the number of **remaining** nodes:
    /// - ``FragmentationMeasure/components``: `F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1))`, `s_k` the
    ///   sizes of the connected components left;
    /// - ``FragmentationMeasure/distanceWeighted``: `DF = 1 − Σ_{i≠j} (1/d_ij) / (n(n − 1))`, with
    ///   `d_ij` the hop distance in the remaining graph and `1/d_ij = 0` for unreachable pairs.
    ///
    /// Conventions: undirected and unweighted (see ``KeyPlayers``), self-loops ignored; both are
    /// 0 for a connected complete remainder and 1 when no remaining pair is connected; NaN when fewer
    /// than two nodes remain (`n(n − 1) = 0`). An empty `set` scores the intact graph.
    ///
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` if a member is not a node
    ///   of the graph or appears twice.
    /// - Complexity: O(n + m) for `components`; O(n · (n + m) / 64 · depth) for
    ///   `distanceWeighted` (bit-parallel breadth-first searches, 64 sources at a time).
    ///
    /// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
    /// Computational and Mathematical Organization Theory 12(1), 21–34 (2006),
    /// doi:10.1007/s10588-006-7084-x.
    public static func fragmentation(
        _ graph: Graph, removing set: [Int], measure: FragmentationMeasure = .components
    ) throws(AlgorithmError) -> Double {
        let isMember = try membership(of: set, nodeCount: graph.nodeCount, name: "set")
        let rows = SimpleUndirectedRows(graph)
        switch measure {
        case .components:
            return FragmentationKernel.componentFragmentation(rows, removed: isMember)
        case .distanceWeighted:
            let search = MultiSourceBFS(nodeCount: rows.nodeCount)
            return FragmentationKernel.distanceFragmentation(rows, removed: isMember, search: search)
        }
    }

    /// A membership mask for `set`; throws on out-of-range or repeated nodes.
    static func membership(of set: [Int], nodeCount: Int, name: String) throws(AlgorithmError) -> [Bool] {
        var isMember = [Bool](repeating: false, count: nodeCount)
        for node in set {
            guard node >= 0, node < nodeCount else {
                throw .invalidParameter(name: name, value: "\(node)", reason: "not a node of a graph with \(nodeCount) nodes")
            }
            guard !isMember[node] else {
                throw .invalidParameter(name: name, value: "\(node)", reason: "appears more than once")
            }
            isMember[node] = true
        }
        return isMember
    }
}

/// The fragmentation kernels shared by the score functions and the swap search.
enum FragmentationKernel {
    /// `1 − sumOfSquares − n` over `n(n − 1)`, NaN for fewer than two nodes.
    static func fragmentation(remaining n: Int, componentSquareSum: Int) -> Double {
        guard n >= 2 else { return .nan }
        return 1 - Double(componentSquareSum - n) / (Double(n) * Double(n - 1))
    }

    /// `F` of the graph without the `removed` nodes.
    static func componentFragmentation(_ rows: SimpleUndirectedRows, removed: [Bool]) -> Double {
        let (remaining, squares) = componentSquareSum(rows, removed: removed)
        return fragmentation(remaining: remaining, componentSquareSum: squares)
    }

    /// The number of nodes left and `Σ_k s_k²` over the components left, by breadth-first search.
    /// O(n + m).
    static func componentSquareSum(_ rows: SimpleUndirectedRows, removed: [Bool]) -> (remaining: Int, squares: Int) {
        let n = rows.nodeCount
        var seen = removed
        var queue = [Int](repeating: 0, count: n)
        var remaining = 0, squares = 0
        for start in 0..<n where !seen[start] {
            seen[start] = true
            queue[0] = start
            var head = 0, tail = 1
            while head < tail {
                let v = queue[head]; head += 1
                for p in rows.offsets[v]..<rows.offsets[v + 1] {
                    let u = Int(rows.neighbors[p])
                    if !seen[u] { seen[u] = true; queue[tail] = u; tail += 1 }
                }
            }
            remaining += tail
            squares += tail * tail
        }
        return (remaining, squares)
    }

    /// `DF` of the graph without the `removed` nodes.
    static func distanceFragmentation(
        _ rows: SimpleUndirectedRows, removed: [Bool], search: MultiSourceBFS
    ) -> Double {
        let remaining = removed.reduce(0) { $0 + ($1 ? 0 : 1) }
        guard remaining >= 2 else { return .nan }
        let sum = inverseDistanceSum(rows, removed: removed, search: search)
        return 1 - sum / (Double(remaining) * Double(remaining - 1))
    }

    /// `Σ_{i≠j} 1/d_ij` over ordered pairs of the nodes not `removed`, in the graph without them,
    /// 64 sources per bit-parallel search; sources in node order, so the sum is deterministic.
    static func inverseDistanceSum(_ rows: SimpleUndirectedRows, removed: [Bool], search: MultiSourceBFS) -> Double {
        var sources: [Int32] = []
        sources.reserveCapacity(rows.nodeCount)
        for v in 0..<rows.nodeCount where !removed[v] { sources.append(Int32(truncatingIfNeeded: v)) }
        let kept = removed.map { !$0 }
        var total = 0.0
        var totals = [SourceTotals](repeating: SourceTotals(), count: 64)
        rows.offsets.withUnsafeBufferPointer { offsets in
            rows.neighbors.withUnsafeBufferPointer { neighbors in
                kept.withUnsafeBufferPointer { members in
                    let arcs = ArcView(
                        nodeCount: rows.nodeCount, offsets: offsets, targets: neighbors,
                        lengths: UnsafeBufferPointer(start: nil, count: 0))
                    var start = 0
                    while start < sources.count {
                        let end = min(start + 64, sources.count)
                        for bit in 0..<64 { totals[bit] = SourceTotals() }
                        search.search(from: sources[start..<end], pullArcs: arcs, members: members, totals: &totals)
                        for bit in 0..<(end - start) { total += totals[bit].harmonicSum }
                        start = end
                    }
                }
            }
        }
        return total
    }
}
