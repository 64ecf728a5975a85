import GraphCore

/// The ties whose two ends are both grouped, each tie once, as flat arrays: the input of the mixing
/// matrix, the group E-I indices and the permutation test.
///
/// Undirected graphs: every edge once (stored arc `u → v` with `u ≤ v`), a self-loop once. Directed
/// graphs: every arc, source first. Ties touching an ungrouped node are left out.
struct GroupedTies: Sendable {
    /// Source end of every tie, as a node index.
    let sources: [Int32]
    /// Target end of every tie, as a node index.
    let targets: [Int32]
    /// Weight of every tie (1 when unweighted).
    let weights: [Double]
    /// Number of grouped self-loops (always inside a group, whatever the labels).
    let selfLoops: Int

    /// - Complexity: O(n + m).
    init(_ graph: Graph, groups: [Int32], weighted: Bool) {
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        var selfLoops = 0
        for u in 0..<graph.nodeCount where groups[u] >= 0 {
            for position in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                let v = Int(graph.outTargets[position])
                guard groups[v] >= 0, graph.isDirected || u <= v else { continue }
                sources.append(Int32(truncatingIfNeeded: u))
                targets.append(Int32(truncatingIfNeeded: v))
                weights.append(weighted ? graph.outWeights[position] : 1)
                if u == v { selfLoops += 1 }
            }
        }
        self.sources = sources
        self.targets = targets
        self.weights = weights
        self.selfLoops = selfLoops
    }

    var count: Int { sources.count }

    /// Total weight of the ties.
    var totalWeight: Double { weights.reduce(0, +) }

    /// Total weight of the ties whose ends carry the same label in `labels` (one per node).
    func internalWeight(labels: UnsafeBufferPointer<Int32>) -> Double {
        var inside = 0.0
        sources.withUnsafeBufferPointer { sources in
            targets.withUnsafeBufferPointer { targets in
                weights.withUnsafeBufferPointer { weights in
                    for tie in 0..<sources.count where labels[Int(sources[tie])] == labels[Int(targets[tie])] {
                        inside += weights[tie]
                    }
                }
            }
        }
        return inside
    }
}
