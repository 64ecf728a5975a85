/// One exchange of the swap search: the member at `position` of the member list leaves the set,
/// `incoming` joins it, and the objective becomes `objective`.
struct KeyPlayerSwap {
    let position: Int
    let incoming: Int
    let objective: Double

    /// Whether this swap beats `other`: a larger objective, ties to the earlier member position,
    /// then to the smaller incoming node (so the search does not depend on evaluation order).
    func isBetter(than other: KeyPlayerSwap?) -> Bool {
        guard let other else { return true }
        if objective != other.objective { return objective > other.objective }
        if position != other.position { return position < other.position }
        return incoming < other.incoming
    }
}

/// An objective the swap search maximises over sets of a fixed size. Implementations keep their
/// scratch memory between calls (one instance per worker).
protocol SwapObjective: SendableMetatype {
    /// The objective of the set flagged by `isMember` (listed in `members`).
    mutating func objective(members: [Int], isMember: [Bool]) -> Double
    /// The best single exchange of a member for a non-member (see ``KeyPlayerSwap/isBetter(than:)``),
    /// or nil if there is no non-member.
    mutating func bestSwap(members: [Int], isMember: [Bool]) -> KeyPlayerSwap?
}

/// Borgatti's greedy optimisation: start from a random set of `size` nodes, make the exchange of
/// a member for a non-member that improves the objective most, repeat until no exchange improves
/// it; several independent restarts, the best final set kept (ties to the earliest restart).
///
/// Restarts run in parallel, each with its own random stream
/// (``SplitMix64/stream(seed:index:)``) and its own objective scratch, so the result depends on
/// the seed only, never on the thread count.
enum SwapSearch {
    /// Improvements smaller than this (relative to the objective) end the search, so that rounding
    /// noise in floating-point objectives cannot make it cycle.
    static let relativeTolerance = 1e-12

    /// The best set found, sorted. Requires `1 ≤ size < nodeCount` and `restarts ≥ 1`.
    static func run<Objective: SwapObjective>(
        nodeCount: Int, size: Int, seed: UInt64, restarts: Int, threads: Int,
        makeObjective: @escaping @Sendable () -> Objective
    ) -> [Int] {
        let sets = SharedBuffer<Int>.allocate(count: restarts * size, repeating: 0)
        let objectives = SharedBuffer<Double>.allocate(count: restarts, repeating: -.infinity)
        defer { sets.deallocate(); objectives.deallocate() }
        // Each restart writes only its own slots of `sets` and `objectives` (SharedBuffer's invariant).
        ParallelWork.run(units: restarts, threads: threads, progress: nil, makeScratch: makeObjective) { objective, restart in
            var random = SplitMix64.stream(seed: seed, index: restart)
            let members = localSearch(
                start: randomSet(nodeCount: nodeCount, size: size, using: &random), nodeCount: nodeCount,
                objective: &objective)
            var isMember = [Bool](repeating: false, count: nodeCount)
            for v in members { isMember[v] = true }
            objectives.base[restart] = objective.objective(members: members, isMember: isMember)
            for (slot, v) in members.enumerated() { sets.base[restart * size + slot] = v }
        }
        var best = 0
        for restart in 1..<restarts where objectives.base[restart] > objectives.base[best] { best = restart }
        return (0..<size).map { sets.base[best * size + $0] }.sorted()
    }

    /// Best-improvement exchanges from `start` until none improves the objective.
    static func localSearch<Objective: SwapObjective>(
        start: [Int], nodeCount: Int, objective: inout Objective
    ) -> [Int] {
        var members = start
        var isMember = [Bool](repeating: false, count: nodeCount)
        for v in members { isMember[v] = true }
        var current = objective.objective(members: members, isMember: isMember)
        while let swap = objective.bestSwap(members: members, isMember: isMember),
              swap.objective > current + relativeTolerance * max(1, abs(current)) {
            isMember[members[swap.position]] = false
            isMember[swap.incoming] = true
            members[swap.position] = swap.incoming
            current = swap.objective
        }
        return members
    }

    /// `size` distinct nodes drawn uniformly (a partial Fisher–Yates shuffle).
    static func randomSet(nodeCount: Int, size: Int, using random: inout SplitMix64) -> [Int] {
        var nodes = Array(0..<nodeCount)
        for i in 0..<size {
            let j = i + uniform(below: nodeCount - i, using: &random)
            nodes.swapAt(i, j)
        }
        return Array(nodes[0..<size])
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection), the same on every platform.
    static func uniform(below bound: Int, using random: inout SplitMix64) -> Int {
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let product = random.next().multipliedFullWidth(by: limit)
            if product.low >= threshold { return Int(product.high) }
        }
    }
}
