/// Swap objective for KPP-POS: maximise the unnormalised reach of the set (the count of nodes
/// outside it within `steps`, or `Σ_{j∉S} 1/d_Sj`; `n − k` is fixed during the search).
///
/// m-reach: a pass counts, for every node, the members within `steps` of it; one search of the
/// `steps`-ball of every non-member `v` then scores all exchanges `(u, v)` together
/// (O(Σ_s |ball(s)| + Σ_v (|ball(v)| + k)) per pass).
///
/// Distance-weighted reach: a pass first computes, for every member `u`, the distances `D_u` from
/// `S ∖ {u}` (one multi-source breadth-first search each). Then one search from every non-member
/// `v` scores all exchanges `(u, v)`: after the exchange a node `j` is at distance
/// `min(D_u(j), d_v(j))`. The search does not expand a node `j` with `d_v(j) ≥ max_u D_u(j)`, since
/// nothing beyond `j` can then get closer through `v` for any `u` (pruned search);
/// O(k (n + m) + Σ_v k · |pruned search of v|) per pass.
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
        switch measure {
        case .withinSteps: return bestWithinStepsSwap(members: members, isMember: isMember)
        case .distanceWeighted: return bestDistanceWeightedSwap(members: members, isMember: isMember)
        }
    }

    /// m-reach exchanges from coverage counts: `c(j)` members within `steps` of `j`, and the
    /// member position when there is exactly one. `j` is covered by `S ∖ {u}` iff `c(j) ≥ 2`, or
    /// `c(j) = 1` and its only member is not `u`; so one walk of the ball of `v` scores `v` against
    /// every `u` (O(|ball| + k) per candidate).
    private mutating func bestWithinStepsSwap(members: [Int], isMember: [Bool]) -> KeyPlayerSwap? {
        let n = rows.nodeCount
        let k = members.count
        var coverage = [Int32](repeating: 0, count: n)
        var owner = [Int32](repeating: -1, count: n)
        var position = [Int32](repeating: -1, count: n)
        for (slot, member) in members.enumerated() {
            position[member] = Int32(slot)
            searchBall(from: member)
            for j in ball {
                coverage[Int(j)] += 1
                owner[Int(j)] = Int32(slot)
            }
            for j in ball { ballDistance[Int(j)] = ReachKernel.unreached }
        }
        // Nodes outside S covered by S, and those covered only by the member at each position.
        var covered = 0
        var lonely = [Int](repeating: 0, count: k)
        for j in 0..<n where !isMember[j] && coverage[j] > 0 {
            covered += 1
            if coverage[j] == 1 { lonely[Int(owner[j])] += 1 }
        }
        func coveredWithout(_ j: Int, _ slot: Int) -> Bool {
            coverage[j] >= 2 || (coverage[j] == 1 && Int(owner[j]) != slot)
        }
        var bases = [Int](repeating: 0, count: k)
        for (slot, u) in members.enumerated() { bases[slot] = covered - lonely[slot] + (coverage[u] >= 2 ? 1 : 0) }

        var best: KeyPlayerSwap?
        var gainFor = [Int](repeating: 0, count: k)
        for v in 0..<n where !isMember[v] {
            searchBall(from: v)
            var gainAll = 0
            for slot in 0..<k { gainFor[slot] = 0 }
            for j32 in ball {
                let j = Int(j32)
                guard j != v else { continue }
                if !isMember[j] {
                    if coverage[j] == 0 { gainAll += 1 } else if coverage[j] == 1 { gainFor[Int(owner[j])] += 1 }
                } else if coverage[j] == 1 {
                    // A member only it covers: counts once it leaves the set (u = j).
                    gainFor[Int(position[j])] += 1
                }
            }
            for j in ball { ballDistance[Int(j)] = ReachKernel.unreached }
            for slot in 0..<k {
                let value = bases[slot] - (coveredWithout(v, slot) ? 1 : 0) + gainAll + gainFor[slot]
                let swap = KeyPlayerSwap(position: slot, incoming: v, objective: Double(value))
                if swap.isBetter(than: best) { best = swap }
            }
        }
        return best
    }

    /// Distance-weighted exchanges from the distances `D_u` of every `S ∖ {u}` and a pruned search
    /// from every candidate.
    private mutating func bestDistanceWeightedSwap(members: [Int], isMember: [Bool]) -> KeyPlayerSwap? {
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
