/// Swap objective for KPP-POS: maximise the unnormalised reach of the set (the count of nodes
/// outside it within `steps`, or `Σ_{j∉S} 1/d_Sj`; `n − k` is fixed during the search).
///
/// m-reach: a pass counts, for every node, the members within `steps` of it; one search of the
/// `steps`-ball of a non-member `v` then scores all exchanges `(u, v)` together, and candidates
/// whose upper bound (the nodes covered at most once around their `(steps − 1)`-ball) cannot
/// reach the best exchange found are skipped (O(Σ_s |ball(s)| + Σ_v (|ball(v)| + k)) per pass at
/// worst).
///
/// Distance-weighted reach: with `D_u` the distances from `S ∖ {u}`, one search from every non-member
/// `v` scores all exchanges `(u, v)`: after the exchange a node `j` is at distance
/// `min(D_u(j), d_v(j))`, and `D_u` is known from the two nearest members of every node. The search
/// does not expand a node `j` with `d_v(j) ≥ max_u D_u(j)`, since nothing beyond `j` can then get
/// closer through `v` for any `u` (pruned search); O(n + m + Σ_v (|pruned search of v| + k)) per pass.
struct ReachSwapObjective: SwapObjective {
    let rows: SimpleUndirectedRows
    let steps: Int
    let measure: ReachMeasure
    /// The two nearest distinct members of every node: distances and the nearest one (-1: none).
    private var nearest: [Int32]
    private var secondNearest: [Int32]
    private var nearestOwner: [Int]
    private var labels: [(node: Int32, source: Int32, distance: Int32)] = []
    /// The largest distance from `S ∖ {u}` over all `u`: the pruning bound of the searches.
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
        nearest = [Int32](repeating: 0, count: n)
        secondNearest = [Int32](repeating: 0, count: n)
        nearestOwner = [Int](repeating: -1, count: n)
        ballDistance = [Int32](repeating: ReachKernel.unreached, count: n)
        queue = [Int32](repeating: 0, count: n)
        ball.reserveCapacity(n)
    }

    private var limit: Int { measure == .withinSteps ? steps : rows.nodeCount }

    /// What node `j` at distance `d` from the set contributes to the objective.
    private func credit(_ d: Int32) -> Double {
        Self.credit(d, steps: steps, measure: measure)
    }

    private static func credit(_ d: Int32, steps: Int, measure: ReachMeasure) -> Double {
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

        // Upper bound per candidate: every node it could gain is within one step of its
        // (steps − 1)-ball and covered at most once. Candidates are scored in decreasing bound
        // order until the bound falls below the best exchange found (exact: no better or equal
        // exchange is skipped).
        var open = [Int](repeating: 0, count: n)
        for w in 0..<n {
            var count = coverage[w] <= 1 ? 1 : 0
            for p in rows.offsets[w]..<rows.offsets[w + 1] where coverage[Int(rows.neighbors[p])] <= 1 { count += 1 }
            open[w] = count
        }
        let bestBase = bases.max() ?? 0
        var candidates: [(bound: Int, node: Int)] = []
        candidates.reserveCapacity(n - k)
        for v in 0..<n where !isMember[v] {
            searchBall(from: v, depth: steps - 1)
            var bound = bestBase
            for w in ball { bound += open[Int(w)] }
            for w in ball { ballDistance[Int(w)] = ReachKernel.unreached }
            candidates.append((bound, v))
        }
        candidates.sort { $0.bound != $1.bound ? $0.bound > $1.bound : $0.node < $1.node }

        var best: KeyPlayerSwap?
        var gainFor = [Int](repeating: 0, count: k)
        for (bound, v) in candidates {
            if let best, Double(bound) < best.objective { break }
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

    /// Distance-weighted exchanges. For every node the two nearest members (distinct, by one
    /// two-label breadth-first search): `d1(j)` from `owner(j)` and `d2(j)` from the next one, so the
    /// distance from `S ∖ {u}` is `d2(j)` if `u = owner(j)` and `d1(j)` otherwise. One pruned search
    /// from every candidate `v` then scores it against every `u` in O(|search| + k).
    private mutating func bestDistanceWeightedSwap(members: [Int], isMember: [Bool]) -> KeyPlayerSwap? {
        let n = rows.nodeCount
        let k = members.count
        // A local function, not the method: calling a method of self here copies the whole struct.
        let steps = self.steps, measure = self.measure
        func credit(_ d: Int32) -> Double { Self.credit(d, steps: steps, measure: measure) }
        twoNearestMembers(members)
        var position = [Int](repeating: -1, count: n)
        for (slot, u) in members.enumerated() { position[u] = slot }
        // Objective of S ∖ {u} over V ∖ (S ∖ {u}): the outside nodes, with d2 where u was nearest, plus u.
        var common = 0.0
        var bases = [Double](repeating: 0, count: k)
        for j in 0..<n where !isMember[j] {
            common += credit(nearest[j])
            let o = nearestOwner[j]
            if o >= 0 { bases[position[o]] += credit(secondNearest[j]) - credit(nearest[j]) }
        }
        for (slot, u) in members.enumerated() { bases[slot] += common + credit(secondNearest[u]) }
        for j in 0..<n { farthest[j] = nearestOwner[j] >= 0 ? secondNearest[j] : nearest[j] }

        var best: KeyPlayerSwap?
        var gainFor = [Double](repeating: 0, count: k)
        for v in 0..<n where !isMember[v] {
            searchBall(from: v)
            var gainAll = 0.0
            for slot in 0..<k { gainFor[slot] = 0 }
            for j32 in ball {
                let j = Int(j32)
                guard j != v else { continue }
                let reachedByV = credit(ballDistance[j])
                let viaSecond = max(0, reachedByV - credit(secondNearest[j]))
                if isMember[j] {
                    // Counts only once j itself leaves the set; its distance is then d2(j).
                    gainFor[position[j]] += viaSecond
                } else {
                    let viaFirst = max(0, reachedByV - credit(nearest[j]))
                    gainAll += viaFirst
                    let o = nearestOwner[j]
                    if o >= 0 { gainFor[position[o]] += viaSecond - viaFirst }
                }
            }
            for j in ball { ballDistance[Int(j)] = ReachKernel.unreached }
            let owner = nearestOwner[v]
            for slot in 0..<k {
                let lost = owner >= 0 && position[owner] == slot ? credit(secondNearest[v]) : credit(nearest[v])
                let value = bases[slot] - lost + gainAll + gainFor[slot]
                let swap = KeyPlayerSwap(position: slot, incoming: v, objective: value)
                if swap.isBetter(than: best) { best = swap }
            }
        }
        return best
    }

    /// `nearest`, `nearestOwner` and `secondNearest` for every node: a breadth-first search in which
    /// every node keeps the first two labels of distinct members that reach it.
    /// O(n + m) (every node expanded at most twice).
    private mutating func twoNearestMembers(_ members: [Int]) {
        let n = rows.nodeCount
        for j in 0..<n {
            nearest[j] = ReachKernel.unreached; secondNearest[j] = ReachKernel.unreached; nearestOwner[j] = -1
        }
        labels.removeAll(keepingCapacity: true)
        for u in members {
            nearest[u] = 0; nearestOwner[u] = u
            labels.append((Int32(truncatingIfNeeded: u), Int32(truncatingIfNeeded: u), 0))
        }
        var head = 0
        while head < labels.count {
            let (x32, source32, d) = labels[head]; head += 1
            let source = Int(source32)
            for p in rows.offsets[Int(x32)]..<rows.offsets[Int(x32) + 1] {
                let y = Int(rows.neighbors[p])
                if nearestOwner[y] < 0 {
                    nearest[y] = d + 1; nearestOwner[y] = source
                } else if secondNearest[y] == ReachKernel.unreached, nearestOwner[y] != source {
                    secondNearest[y] = d + 1
                } else {
                    continue
                }
                labels.append((rows.neighbors[p], source32, d + 1))
            }
        }
    }

    /// Breadth-first search from `v` into `ball`/`ballDistance`, to depth `steps` (m-reach) or
    /// pruned where no member's removal leaves the node farther than `v` is (distance-weighted).
    private mutating func searchBall(from v: Int, depth: Int? = nil) {
        let depth = depth ?? steps
        ball.removeAll(keepingCapacity: true)
        ballDistance[v] = 0
        ball.append(Int32(truncatingIfNeeded: v))
        var head = 0
        while head < ball.count {
            let x = Int(ball[head]); head += 1
            let dx = ballDistance[x]
            if measure == .withinSteps, Int(dx) >= depth { continue }
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
