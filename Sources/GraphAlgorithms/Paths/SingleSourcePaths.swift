/// One worker's scratch for single-source shortest paths with path counts (σ), the first
/// phase of Brandes' algorithm, by breadth-first search (unit lengths) or Dijkstra.
///
/// Allocated once per worker and reused for every source: after a search only the touched
/// entries are reset (`reset()`), never the whole arrays. Brandes, "A faster algorithm for
/// betweenness centrality", J. Math. Sociol. 25(2), 2001, https://doi.org/10.1080/0022250X.2001.9990249.
final class SingleSourcePaths {
    let nodeCount: Int
    /// Breadth-first search only: per node the hop distance (−1 if not reached) and, in the same
    /// 16 bytes, σ — which back-propagation replaces by the coefficient `(1 + δ) / σ`. One cache
    /// line per visited neighbour instead of two.
    let cells: UnsafeMutablePointer<HopCell>
    /// Length from the source, +∞ if not reached (Dijkstra only).
    let distance: UnsafeMutablePointer<Double>
    /// Dijkstra only: number of shortest paths from the source (a `Double`, as networkx).
    let sigma: UnsafeMutablePointer<Double>
    /// Dijkstra only: dependency of the source on each node (Brandes' δ), filled by the caller.
    let delta: UnsafeMutablePointer<Double>
    /// Settled nodes in non-decreasing distance; for a BFS also the discovered-but-unsettled
    /// nodes after `settledCount` when the search stopped early.
    let order: UnsafeMutablePointer<Int32>
    /// Number of settled nodes at the front of `order`.
    var settledCount = 0
    /// Number of entries of `order` to reset (settled plus discovered).
    var touchedCount = 0
    /// Nodes whose tentative distance Dijkstra set, recorded only when it may stop early (and
    /// then leave some of them unsettled).
    private var pendingTouched: [Int32] = []
    private let heap: DistanceHeap
    /// Dial's buckets, when every arc length is a small integer (then used instead of `heap`).
    private let buckets: BucketQueue?
    private let settled: UnsafeMutablePointer<Bool>
    /// Which arrays the last search wrote, so that `reset()` clears only those.
    var lastSearchWasBreadthFirst = true

    /// Scratch for searches over a graph of `nodeCount` nodes and `arcCount` arcs (Dijkstra's
    /// heap needs one entry per arc; pass 0 when only breadth-first searches will run).
    /// `maximumIntegerLength`, when given, selects Dial's bucket queue (see ``PathLengths/maximumIntegerLength``).
    init(nodeCount: Int, arcCount: Int, maximumIntegerLength: Int? = nil) {
        self.nodeCount = nodeCount
        heap = DistanceHeap(capacity: maximumIntegerLength == nil ? arcCount + 1 : 0)
        buckets = maximumIntegerLength.map { BucketQueue(maximumLength: $0, capacity: arcCount + 1) }
        let capacity = max(nodeCount, 1)
        cells = .allocate(capacity: capacity)
        cells.initialize(repeating: HopCell(hops: -1, value: 0), count: capacity)
        distance = .allocate(capacity: capacity)
        distance.initialize(repeating: .infinity, count: capacity)
        sigma = .allocate(capacity: capacity)
        sigma.initialize(repeating: 0, count: capacity)
        delta = .allocate(capacity: capacity)
        delta.initialize(repeating: 0, count: capacity)
        order = .allocate(capacity: capacity)
        order.initialize(repeating: 0, count: capacity)
        settled = .allocate(capacity: capacity)
        settled.initialize(repeating: false, count: capacity)
    }

    deinit {
        cells.deallocate()
        distance.deallocate()
        sigma.deallocate()
        delta.deallocate()
        order.deallocate()
        settled.deallocate()
    }

    /// Breadth-first search from `source` over `arcs`, counting shortest paths into `cells`.
    /// Stops once `target` is settled (its σ is then final) when `target` ≥ 0. O(n + m).
    func breadthFirst(from source: Int, arcs: ArcView, stopAt target: Int = -1) {
        let offsets = arcs.offsets, targets = arcs.targets
        let cells = self.cells, order = self.order
        lastSearchWasBreadthFirst = true
        cells[source] = HopCell(hops: 0, value: 1)
        order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1
        while head < tail {
            let v = Int(order[head])
            head &+= 1
            if v == target { break }
            let nextHop = cells[v].hops &+ 1
            let sigmaV = cells[v].value
            for arc in offsets[v] ..< offsets[v &+ 1] {
                let w = Int(targets[arc])
                let hw = cells[w].hops
                if hw < 0 {
                    cells[w] = HopCell(hops: nextHop, value: sigmaV)
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= 1
                } else if hw == nextHop {
                    cells[w].value += sigmaV
                }
            }
        }
        settledCount = head
        touchedCount = tail
    }

    /// Dijkstra from `source` over `arcs` (lengths > 0), counting shortest paths with exact
    /// `==` on path lengths, as networkx. Stops once `target` is settled when `target` ≥ 0.
    /// With `members`, only nodes whose flag is set are entered (an induced subgraph).
    /// O((n + m) log n) with the heap; O(n + m + distance range) with Dial's buckets.
    func dijkstra(
        from source: Int, arcs: ArcView, stopAt target: Int = -1, members: UnsafeBufferPointer<Bool>? = nil
    ) {
        if let buckets {
            dijkstra(from: source, arcs: arcs, stopAt: target, members: members, queue: buckets)
        } else {
            dijkstra(from: source, arcs: arcs, stopAt: target, members: members, queue: heap)
        }
    }

    private func dijkstra<Queue: MonotonePriorityQueue>(
        from source: Int, arcs: ArcView, stopAt target: Int, members: UnsafeBufferPointer<Bool>?, queue heap: Queue
    ) {
        let offsets = arcs.offsets, targets = arcs.targets, lengths = arcs.lengths
        let distance = self.distance, sigma = self.sigma, order = self.order, settled = self.settled
        lastSearchWasBreadthFirst = false
        // Work on a local (moved out and back, no copy): no exclusivity checks in the loop.
        var pendingTouched: [Int32] = []
        swap(&pendingTouched, &self.pendingTouched)
        defer { swap(&pendingTouched, &self.pendingTouched) }
        // A full search settles every node it discovers; only an early stop leaves some unsettled.
        let stopsEarly = target >= 0
        distance[source] = 0
        sigma[source] = 1
        heap.removeAll()
        heap.push(0, source)
        var count = 0
        while let (d, v) = heap.popMinimum() {
            if settled[v] || d > distance[v] { continue }
            settled[v] = true
            order[count] = Int32(truncatingIfNeeded: v)
            count &+= 1
            if v == target { break }
            let sigmaV = sigma[v]
            for arc in offsets[v] ..< offsets[v &+ 1] {
                let w = Int(targets[arc])
                if settled[w] { continue }
                if let members, !members[w] { continue }
                let candidate = d + lengths[arc]
                let known = distance[w]
                if candidate < known {
                    if stopsEarly, known == .infinity { pendingTouched.append(Int32(truncatingIfNeeded: w)) }
                    distance[w] = candidate
                    sigma[w] = sigmaV
                    heap.push(candidate, w)
                } else if candidate == known {
                    sigma[w] += sigmaV
                }
            }
        }
        settledCount = count
        touchedCount = count
    }

    /// Clears what the next search relies on, for the entries the last search touched:
    /// distances and settled flags. σ needs no clearing (a search assigns it on discovery before
    /// adding to it) and neither does δ (back-propagation writes it before reading it). O(touched).
    func reset() {
        if lastSearchWasBreadthFirst {
            for i in 0 ..< touchedCount {
                cells[Int(order[i])].hops = -1
            }
        } else {
            for i in 0 ..< touchedCount {
                clearDijkstraEntry(Int(order[i]))
            }
            for v in pendingTouched {
                clearDijkstraEntry(Int(v))
            }
            pendingTouched.removeAll(keepingCapacity: true)
        }
        touchedCount = 0
        settledCount = 0
    }

    private func clearDijkstraEntry(_ v: Int) {
        distance[v] = .infinity
        settled[v] = false
    }
}

/// Hop distance and a number (σ, then Brandes' coefficient) of one node, kept together.
struct HopCell {
    var hops: Int32
    var value: Double
}
