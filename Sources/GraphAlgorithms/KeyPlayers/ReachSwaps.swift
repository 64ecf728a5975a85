/// Swap objective for KPP-POS: maximise the unnormalised reach of the set (the count of nodes
/// outside it within `steps`, or `Σ_{j∉S} 1/d_Sj`; `n − k` is fixed during the search).
///
/// A pass first computes, for every member `u`, the distances `D_u` from `S ∖ {u}`
/// (one multi-source breadth-first search each). Then one search from every non-member `v`
/// scores all exchanges `(u, v)` together: after the exchange a node `j` is at distance
/// `min(D_u(j), d_v(j))`. The search from `v` stops at depth `steps` for m-reach; for the
/// distance-weighted reach it does not expand a node `j` with `d_v(j) ≥ max_u D_u(j)`, since
/// nothing beyond `j` can then get closer through `v` for any `u` (pruned search).
/// - Complexity per pass: O(k (n + m)) for the `D_u`, plus O(k · |ball|) per non-member, where
///   `|ball|` is the size of its `steps`-neighbourhood (m-reach) or its pruned search.
struct ReachSwapObjective: SwapObjective {
    let rows: SimpleUndirectedRows
    let steps: Int
    let measure: ReachMeasure
    /// `D_u` for every member position, `n` entries each.
    private var memberDistances: [[Int32]] = []
    private var farthest: [Int32]
    private var ball: [Int32] = []
    private var ballDistance: [Int32]
    private var queue: [Int32]

    init(rows: SimpleUndirectedRows, steps: Int, measure: ReachMeasure) {
        self.rows = rows
        self.steps = steps
        self.measure = measure
        let n = rows.nodeCount
        farthest = [Int32](repeating: 0, count: n)
        ballDistance = [Int32](repeating: ReachKernel.unreached, count: n)
        queue = [Int32](repeating: 0, count: n)
        ball.reserveCapacity(n)
    }

    private var limit: Int { measure == .withinSteps ? steps : rows.nodeCount }

    /// What node `j` at distance `d` from the set contributes to the objective.
    private func credit(_ d: Int32) -> Double {
        if d == ReachKernel.unreached || d == 0 { return 0 }
        switch measure {
        case .withinSteps: return Int(d) <= steps ? 1 : 0
        case .distanceWeighted: return 1 / Double(d)
        }
    }

    mutating func objective(members: [Int], isMember: [Bool]) -> Double {
        var distances = [Int32](repeating: 0, count: rows.nodeCount)
        ReachKernel.distancesFromSet(rows, isMember: isMember, limit: limit, distances: &distances, queue: &queue)
        var total = 0.0
        for j in 0..<rows.nodeCount where !isMember[j] { total += credit(distances[j]) }
        return total
    }

    mutating func bestSwap(members: [Int], isMember: [Bool]) -> KeyPlayerSwap? {
        let n = rows.nodeCount
        let k = members.count
        // D_u and the objective of S ∖ {u} counted over V ∖ (S ∖ {u}), for every member u.
        if memberDistances.count != k { memberDistances = Array(repeating: [Int32](repeating: 0, count: n), count: k) }
        var bases = [Double](repeating: 0, count: k)
        var without = isMember
        for (position, u) in members.enumerated() {
            without[u] = false
            ReachKernel.distancesFromSet(
                rows, isMember: without, limit: limit, distances: &memberDistances[position], queue: &queue)
            var base = 0.0
            for j in 0..<n where !without[j] { base += credit(memberDistances[position][j]) }
            bases[position] = base
            without[u] = true
        }
        for j in 0..<n { farthest[j] = memberDistances.reduce(0) { max($0, $1[j]) } }

        var best: KeyPlayerSwap?
        for v in 0..<n where !isMember[v] {
            searchBall(from: v)
            for position in 0..<k {
                let u = members[position]
                let distances = memberDistances[position]
                var value = bases[position] - credit(distances[v])
                for j32 in ball {
                    let j = Int(j32)
                    guard j != v, !isMember[j] || j == u else { continue }
                    let gain = credit(ballDistance[j]) - credit(distances[j])
                    if gain > 0 { value += gain }
                }
                let swap = KeyPlayerSwap(position: position, incoming: v, objective: value)
                if swap.isBetter(than: best) { best = swap }
            }
            for j in ball { ballDistance[Int(j)] = ReachKernel.unreached }
        }
        return best
    }

    /// Breadth-first search from `v` into `ball`/`ballDistance`, to depth `steps` (m-reach) or
    /// pruned where no member's removal leaves the node farther than `v` is (distance-weighted).
    private mutating func searchBall(from v: Int) {
        ball.removeAll(keepingCapacity: true)
        ballDistance[v] = 0
        ball.append(Int32(truncatingIfNeeded: v))
        var head = 0
        while head < ball.count {
            let x = Int(ball[head]); head += 1
            let dx = ballDistance[x]
            if measure == .withinSteps, Int(dx) >= steps { continue }
            if measure == .distanceWeighted, x != v, dx >= farthest[x] { continue }
            for p in rows.offsets[x]..<rows.offsets[x + 1] {
                let y = Int(rows.neighbors[p])
                if ballDistance[y] == ReachKernel.unreached {
                    ballDistance[y] = dx + 1
                    ball.append(Int32(truncatingIfNeeded: y))
                }
            }
        }
    }
}
