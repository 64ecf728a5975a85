/// Swap objective for ``FragmentationMeasure/distanceWeighted``: maximise `−Σ_{i≠j} 1/d_ij` over
/// `G − S` (with `n − k` fixed, that maximises `DF`).
///
/// All exchanges that take member `u` out are scored together on `H = G − (S ∖ {u})`. Removing a
/// node `v` from `H` drops the pairs that contain `v` (`2 Σ_t 1/d(v, t)`) and lengthens exactly the
/// distances from a source `s` to the nodes `t` that `v` dominates in the shortest-path DAG of `s`
/// (every shortest `s`–`t` path passes `v`); all other distances stay. So one breadth-first search
/// per source, its dominator tree (in BFS order, `idom(t)` is the lowest common dominator-tree
/// ancestor of `t`'s DAG parents: Cooper, Harvey & Kennedy, "A simple, fast dominance algorithm",
/// 2001), and for every `v` a repair search over its dominator subtree seeded from the nodes around
/// it give `Σ_{H−v}` for every candidate `v`:
/// `Σ_{H−v} = Σ_H − 2 Σ_t 1/d(v, t) − Σ_{s≠v} Σ_{t ∈ dom_s(v)} (1/d_s(t) − 1/d'_s(t))`.
/// The repairs are the expensive part, so a first pass bounds every candidate (loss between 0 and
/// `Σ_s Σ_{t ∈ dom_s(v)} 1/d_s(t)`, subtree sums of the dominator trees) and a second pass repairs
/// only the candidates whose bound still reaches the best lower bound: the result is exact.
/// - Complexity per member: O(n (n + m) + Σ_s Σ_t deg(t) · depth_s(t)), with `depth_s(t)` the depth
///   of `t` in the dominator tree of `s` (small in well-connected graphs, up to the distance in trees).
struct DistanceFragmentationSwapObjective: SwapObjective {
    let rows: SimpleUndirectedRows
    private let search: MultiSourceBFS
    private var distance: [Int32]
    private var order: [Int32] = []
    private var immediateDominator: [Int32]
    private var dominatorDepth: [Int32]
    private var childStart: [Int32]
    private var childEnd: [Int32]
    private var children: [Int32]
    private var enter: [Int32]
    private var leave: [Int32]
    private var preorder: [Int32] = []
    private var repaired: [Int32]
    private var repairStamp: [Int]
    private var stamp = 0
    private var seeds: [(distance: Int32, node: Int32)] = []
    private var queue: [(node: Int32, distance: Int32)] = []
    private var dfs: [(node: Int32, child: Int32)] = []
    /// Per candidate: `Σ_t 1/d(v, t)` and the summed losses over sources.
    private var harmonic: [Double]
    private var loss: [Double]
    /// Per node: `Σ 1/d` over its dominator subtree (pass 1); whether it is scored exactly (pass 2).
    private var subtreeInverse: [Double]
    private var inBatch: [Bool]
    /// Pass 1's searches, `n` slots per source, in small graphs (see ``defaultCachedNodeLimit``).
    private var cachedPreorder: [Int32]
    private var cachedDistance: [Int32]
    private var cachedEnter: [Int32]
    private var cachedLeave: [Int32]
    private var cachedCount: [Int]

    init(rows: SimpleUndirectedRows, cachedNodeLimit: Int = Self.defaultCachedNodeLimit) {
        self.rows = rows
        let n = rows.nodeCount
        caches = n <= cachedNodeLimit
        search = MultiSourceBFS(nodeCount: n)
        distance = [Int32](repeating: -1, count: n)
        immediateDominator = [Int32](repeating: -1, count: n)
        dominatorDepth = [Int32](repeating: 0, count: n)
        childStart = [Int32](repeating: 0, count: n)
        childEnd = [Int32](repeating: 0, count: n)
        children = [Int32](repeating: 0, count: n)
        enter = [Int32](repeating: 0, count: n)
        leave = [Int32](repeating: 0, count: n)
        repaired = [Int32](repeating: 0, count: n)
        repairStamp = [Int](repeating: 0, count: n)
        harmonic = [Double](repeating: 0, count: n)
        loss = [Double](repeating: 0, count: n)
        subtreeInverse = [Double](repeating: 0, count: n)
        let cached = caches ? n * n : 0
        cachedPreorder = [Int32](repeating: 0, count: cached)
        cachedDistance = [Int32](repeating: 0, count: cached)
        cachedEnter = [Int32](repeating: 0, count: cached)
        cachedLeave = [Int32](repeating: 0, count: cached)
        cachedCount = [Int](repeating: 0, count: caches ? n : 0)
        inBatch = [Bool](repeating: false, count: n)
        order.reserveCapacity(n)
        preorder.reserveCapacity(n)
    }

    func objective(members: [Int], isMember: [Bool]) -> Double {
        -FragmentationKernel.inverseDistanceSum(rows, removed: isMember, search: search)
    }

    mutating func bestSwap(members: [Int], isMember: [Bool]) -> KeyPlayerSwap? {
        let n = rows.nodeCount
        var removed = isMember
        var best: KeyPlayerSwap?
        for (position, outgoing) in members.enumerated() {
            removed[outgoing] = false
            // Pass 1: Σ_H, every node's harmonic sum, and every candidate's largest possible loss
            // (all the nodes it dominates cut off), which bounds its objective from above.
            for v in 0..<n { harmonic[v] = 0; loss[v] = 0; inBatch[v] = false }
            var total = 0.0
            for s in 0..<n where !removed[s] {
                searchFrom(s, removed: removed)
                var sourceSum = 0.0
                for t in order.dropFirst() { sourceSum += 1 / Double(distance[Int(t)]) }
                harmonic[s] = sourceSum
                total += sourceSum
                buildDominatorTree(source: s)
                if caches { store(source: s) }
                for t in order { subtreeInverse[Int(t)] = 0 }
                for t32 in preorder.reversed() {
                    let t = Int(t32)
                    guard t != s else { continue }
                    subtreeInverse[t] += 1 / Double(distance[t])
                    subtreeInverse[Int(immediateDominator[t])] += subtreeInverse[t]
                    if !isMember[t] { loss[t] += subtreeInverse[t] - 1 / Double(distance[t]) }
                }
            }
            // Without any loss the objective is a lower bound; candidates whose upper bound is
            // below the best lower bound (or the best exchange so far) cannot win or tie.
            var floor = best?.objective ?? -.infinity
            for v in 0..<n where !isMember[v] { floor = max(floor, -(total - 2 * harmonic[v])) }
            let margin = 1e-9 * max(1, abs(floor))
            var batch = 0
            for v in 0..<n where !isMember[v] && -(total - 2 * harmonic[v] - loss[v]) >= floor - margin {
                inBatch[v] = true
                loss[v] = 0
                batch += 1
            }
            // Pass 2: the exact losses of the remaining candidates.
            if batch > 0 {
                for s in 0..<n where !removed[s] {
                    if caches {
                        restore(source: s)
                    } else {
                        searchFrom(s, removed: removed)
                        buildDominatorTree(source: s)
                    }
                    for x32 in order.dropFirst() {
                        let x = Int(x32)
                        guard inBatch[x], leave[x] - enter[x] > 1 else { continue }
                        loss[x] += repairLoss(removing: x, removed: removed)
                    }
                }
            }
            for v in 0..<n where inBatch[v] {
                let sum = total - 2 * harmonic[v] - loss[v]
                let swap = KeyPlayerSwap(position: position, incoming: v, objective: -sum)
                if swap.isBetter(than: best) { best = swap }
            }
            removed[outgoing] = true
        }
        return best
    }

    /// Graphs up to this many nodes keep every source's search and dominator tree from pass 1 for
    /// pass 2 (four `n × n` tables of 32-bit integers: 16 MB per worker at the limit).
    static let defaultCachedNodeLimit = 1024

    /// Whether pass 1's searches are kept for pass 2.
    let caches: Bool

    /// Saves the search of source `s` (reached nodes in pre-order, distances, intervals).
    private mutating func store(source s: Int) {
        let n = rows.nodeCount
        cachedCount[s] = preorder.count
        for (i, t32) in preorder.enumerated() {
            let t = Int(t32)
            cachedPreorder[s * n + i] = t32
            cachedDistance[s * n + t] = distance[t]
            cachedEnter[s * n + t] = enter[t]
            cachedLeave[s * n + t] = leave[t]
        }
    }

    /// Brings back the search of source `s`; `order` becomes its reached nodes (in pre-order,
    /// source first), which is all the repairs and the next ``searchFrom(_:removed:)`` need.
    private mutating func restore(source s: Int) {
        let n = rows.nodeCount
        for t in order { distance[Int(t)] = -1 }
        order.removeAll(keepingCapacity: true)
        preorder.removeAll(keepingCapacity: true)
        for i in 0..<cachedCount[s] {
            let t32 = cachedPreorder[s * n + i]
            let t = Int(t32)
            order.append(t32)
            preorder.append(t32)
            distance[t] = cachedDistance[s * n + t]
            enter[t] = cachedEnter[s * n + t]
            leave[t] = cachedLeave[s * n + t]
        }
    }

    /// Breadth-first search from `s` in the graph without `removed`: `distance` and `order`.
    private mutating func searchFrom(_ s: Int, removed: [Bool]) {
        for t in order { distance[Int(t)] = -1 }
        order.removeAll(keepingCapacity: true)
        distance[s] = 0
        order.append(Int32(truncatingIfNeeded: s))
        var head = 0
        while head < order.count {
            let x = Int(order[head]); head += 1
            for p in rows.offsets[x]..<rows.offsets[x + 1] {
                let y = Int(rows.neighbors[p])
                if !removed[y], distance[y] < 0 {
                    distance[y] = distance[x] + 1
                    order.append(Int32(truncatingIfNeeded: y))
                }
            }
        }
    }

    /// Immediate dominators in BFS order, then the dominator tree's pre-order intervals
    /// (`enter`/`leave`, `preorder`): `t` is in the subtree of `x` iff `enter[x] ≤ enter[t] < leave[x]`.
    private mutating func buildDominatorTree(source s: Int) {
        immediateDominator[s] = -1
        dominatorDepth[s] = 0
        for t32 in order.dropFirst() {
            let t = Int(t32)
            var dominator: Int32 = -1
            for p in rows.offsets[t]..<rows.offsets[t + 1] {
                let w = rows.neighbors[p]
                guard distance[Int(w)] == distance[t] - 1 else { continue }
                dominator = dominator < 0 ? w : commonDominator(dominator, w)
            }
            immediateDominator[t] = dominator
            dominatorDepth[t] = dominatorDepth[Int(dominator)] + 1
        }
        // Children grouped by parent (positions in BFS order), then an iterative pre-order walk.
        for t in order { childEnd[Int(t)] = 0 }
        for t in order.dropFirst() { childEnd[Int(immediateDominator[Int(t)])] += 1 }
        var running: Int32 = 0
        for t in order {
            childStart[Int(t)] = running
            running += childEnd[Int(t)]
            childEnd[Int(t)] = childStart[Int(t)]
        }
        for t in order.dropFirst() {
            let parent = Int(immediateDominator[Int(t)])
            children[Int(childEnd[parent])] = t
            childEnd[parent] += 1
        }
        preorder.removeAll(keepingCapacity: true)
        dfs.removeAll(keepingCapacity: true)
        enter[s] = 0
        preorder.append(Int32(truncatingIfNeeded: s))
        dfs.append((Int32(truncatingIfNeeded: s), childStart[s]))
        while let top = dfs.last {
            let x = Int(top.node)
            if top.child < childEnd[x] {
                dfs[dfs.count - 1].child += 1
                let c = children[Int(top.child)]
                enter[Int(c)] = Int32(preorder.count)
                preorder.append(c)
                dfs.append((c, childStart[Int(c)]))
            } else {
                dfs.removeLast()
                leave[x] = Int32(preorder.count)
            }
        }
    }

    private func commonDominator(_ a: Int32, _ b: Int32) -> Int32 {
        var a = a, b = b
        while a != b {
            let da = dominatorDepth[Int(a)], db = dominatorDepth[Int(b)]
            if da >= db { a = immediateDominator[Int(a)] }
            if db >= da { b = immediateDominator[Int(b)] }
        }
        return a
    }

    /// `Σ_{t dominated by x} (1/d(t) − 1/d'(t))` for the current source, `d'` the distance once `x`
    /// is removed: a breadth-first search inside the subtree, seeded from its outside neighbours.
    private mutating func repairLoss(removing x: Int, removed: [Bool]) -> Double {
        stamp += 1
        let low = enter[x], high = leave[x]
        seeds.removeAll(keepingCapacity: true)
        for i in Int(low + 1)..<Int(high) {
            let t = Int(preorder[i])
            var best = Int32.max
            for p in rows.offsets[t]..<rows.offsets[t + 1] {
                let w = Int(rows.neighbors[p])
                guard !removed[w], w != x else { continue }
                let inside = enter[w] >= low && enter[w] < high && distance[w] >= 0
                if !inside, distance[w] >= 0 { best = min(best, distance[w] + 1) }
            }
            if best != Int32.max { seeds.append((best, Int32(truncatingIfNeeded: t))) }
        }
        seeds.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.node < $1.node }
        queue.removeAll(keepingCapacity: true)
        var head = 0, nextSeed = 0
        while head < queue.count || nextSeed < seeds.count {
            let node: Int32, d: Int32
            if head < queue.count, nextSeed == seeds.count || queue[head].distance <= seeds[nextSeed].distance {
                (node, d) = queue[head]; head += 1
            } else {
                (d, node) = seeds[nextSeed]; nextSeed += 1
            }
            let y = Int(node)
            guard repairStamp[y] != stamp else { continue }
            repairStamp[y] = stamp
            repaired[y] = d
            for p in rows.offsets[y]..<rows.offsets[y + 1] {
                let z = Int(rows.neighbors[p])
                guard !removed[z], z != x, distance[z] >= 0, enter[z] > low, enter[z] < high,
                      repairStamp[z] != stamp else { continue }
                queue.append((rows.neighbors[p], d + 1))
            }
        }
        var lost = 0.0
        for i in Int(low + 1)..<Int(high) {
            let t = Int(preorder[i])
            lost += 1 / Double(distance[t]) - (repairStamp[t] == stamp ? 1 / Double(repaired[t]) : 0)
        }
        return lost
    }
}
