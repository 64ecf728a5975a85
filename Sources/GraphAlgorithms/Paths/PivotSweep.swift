import GraphCore

/// Hop distances from a sample of source nodes ("pivots") to every node, summed per node: the
/// sampling step of the closeness and harmonic estimates.
enum PivotSweep {
    /// Per node `y`, integer sums over the `pivots` `s ≠ y` that reach `y` along the arcs (incoming
    /// distances `d(s, y)`, as closeness uses): how many reach it, the sum of their distances and
    /// the fixed-point sum of their inverse distances (see ``TargetCounts``).
    ///
    /// Bit-parallel multi-source BFS (``WideMultiSourceBFS``), 256 pivots per unit of work; each worker adds into its own
    /// rows and the rows are summed at the end. Integer sums, so the result is identical for every
    /// `threads`. O(k/256 · (n + m · depth)) time for k pivots, 24 bytes per node per worker.
    static func sums(
        _ graph: Graph, pivots: [Int32], threads: Int, progress: (@Sendable (Double) -> Void)?
    ) -> (reached: [Int64], distanceSum: [Int64], inverseDistanceSum: [Int64]) {
        let n = graph.nodeCount
        let width = WideMultiSourceBFS.width
        let batchCount = (pivots.count + width - 1) / width
        let workers = max(1, min(threads, batchCount))
        let rows = SharedBuffer<Int64>.allocate(count: 3 * workers * n, repeating: 0)
        defer { rows.deallocate() }
        let workerIndex = AtomicCounter()
        // A search along out-arcs pulls over in-arcs.
        ArcView.with(graph, incoming: true, lengths: nil) { arcs in
            // Invariant for `rows`: worker w writes only its own three rows (3w, 3w + 1, 3w + 2).
            ParallelWork.run(
                units: batchCount, threads: workers, progress: progress,
                makeScratch: {
                    let row = rows.base + 3 * n * workerIndex.next()
                    return (
                        WideMultiSourceBFS(nodeCount: n),
                        TargetCounts(reached: row, distanceSum: row + n, inverseDistanceSum: row + 2 * n))
                },
                body: { scratch, batch in
                    let range = (batch * width) ..< min(pivots.count, batch * width + width)
                    scratch.0.accumulateReached(from: pivots[range], pullArcs: arcs, into: scratch.1)
                })
        }
        var reached = [Int64](repeating: 0, count: n)
        var distanceSum = reached, inverseDistanceSum = reached
        for worker in 0 ..< workers {
            let row = rows.base + 3 * n * worker
            for v in 0 ..< n {
                reached[v] += row[v]
                distanceSum[v] += row[n + v]
                inverseDistanceSum[v] += row[2 * n + v]
            }
        }
        return (reached, distanceSum, inverseDistanceSum)
    }

    /// `count` distinct nodes drawn uniformly with `seed` (a partial Fisher–Yates shuffle), in
    /// increasing order. O(n) time and memory.
    static func pivots(nodeCount n: Int, count: Int, seed: UInt64) -> [Int32] {
        var random = SplitMix64(seed: seed)
        var nodes = (0 ..< n).map { Int32(truncatingIfNeeded: $0) }
        let k = min(count, n)
        for i in 0 ..< k {
            let j = Int.random(in: i ..< n, using: &random)
            nodes.swapAt(i, j)
        }
        return nodes[0 ..< k].sorted()
    }
}
