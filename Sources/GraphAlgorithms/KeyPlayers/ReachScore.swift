import GraphCore

extension KeyPlayers {
    /// How much of the rest of `graph` the nodes of `set` reach (Borgatti's KPP-POS score).
    ///
    /// Definitions, with `k = |S|` and `d_Sj` the hop distance from `j` to its nearest member:
    /// - ``ReachMeasure/withinSteps``: m-reach, `|{j ∉ S : d_Sj ≤ steps}| / (n − k)`;
    /// - ``ReachMeasure/distanceWeighted``: `Σ_{j∉S} (1/d_Sj) / (n − k)`, `1/d_Sj = 0` when `j`
    ///   cannot be reached (`steps` is not used).
    ///
    /// Conventions: undirected and unweighted (see ``KeyPlayers``), self-loops ignored; the empty
    /// set reaches nothing (0); NaN when the set holds every node (`n − k = 0`).
    ///
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` if `steps < 1`, or a member
    ///   is not a node of the graph or appears twice.
    /// - Complexity: O(n + m): one breadth-first search from all members at once.
    ///
    /// Reference: S. P. Borgatti, "Identifying sets of key players in a social network",
    /// Computational and Mathematical Organization Theory 12(1), 21–34 (2006),
    /// doi:10.1007/s10588-006-7084-x.
    public static func reach(
        _ graph: Graph, from set: [Int], steps: Int = 2, measure: ReachMeasure = .withinSteps
    ) throws(AlgorithmError) -> Double {
        try validate(steps: steps)
        let isMember = try membership(of: set, nodeCount: graph.nodeCount, name: "set")
        let rows = SimpleUndirectedRows(graph)
        var distances = [Int32](repeating: 0, count: graph.nodeCount)
        var queue = [Int32](repeating: 0, count: graph.nodeCount)
        return ReachKernel.reach(rows, isMember: isMember, steps: steps, measure: measure,
                                 distances: &distances, queue: &queue)
    }

    static func validate(steps: Int) throws(AlgorithmError) {
        guard steps >= 1 else {
            throw .invalidParameter(name: "steps", value: "\(steps)", reason: "reach needs at least one step")
        }
    }
}

/// The reach kernels shared by the score function and the swap search.
enum ReachKernel {
    /// Marks nodes that no search has reached.
    static let unreached = Int32.max

    /// Hop distances from the nearest of the `isMember` nodes (0 for members, ``unreached`` where
    /// none leads), by one breadth-first search from all of them, stopping after `limit` levels.
    /// O(n + m).
    static func distancesFromSet(
        _ rows: SimpleUndirectedRows, isMember: [Bool], limit: Int,
        distances: inout [Int32], queue: inout [Int32]
    ) {
        let n = rows.nodeCount
        var tail = 0
        for v in 0..<n {
            if isMember[v] {
                distances[v] = 0
                queue[tail] = Int32(truncatingIfNeeded: v); tail += 1
            } else {
                distances[v] = unreached
            }
        }
        var head = 0
        while head < tail {
            let v = Int(queue[head]); head += 1
            let next = distances[v] + 1
            if Int(next) > limit { break }
            for p in rows.offsets[v]..<rows.offsets[v + 1] {
                let u = Int(rows.neighbors[p])
                if distances[u] == unreached {
                    distances[u] = next
                    queue[tail] = Int32(truncatingIfNeeded: u); tail += 1
                }
            }
        }
    }

    /// The reach score of the `isMember` set.
    static func reach(
        _ rows: SimpleUndirectedRows, isMember: [Bool], steps: Int, measure: ReachMeasure,
        distances: inout [Int32], queue: inout [Int32]
    ) -> Double {
        let n = rows.nodeCount
        let outside = isMember.reduce(0) { $0 + ($1 ? 0 : 1) }
        guard outside > 0 else { return .nan }
        switch measure {
        case .withinSteps:
            distancesFromSet(rows, isMember: isMember, limit: steps, distances: &distances, queue: &queue)
            var count = 0
            for v in 0..<n where !isMember[v] && distances[v] != unreached { count += 1 }
            return Double(count) / Double(outside)
        case .distanceWeighted:
            distancesFromSet(rows, isMember: isMember, limit: n, distances: &distances, queue: &queue)
            var sum = 0.0
            for v in 0..<n where !isMember[v] && distances[v] != unreached { sum += 1 / Double(distances[v]) }
            return sum / Double(outside)
        }
    }
}
