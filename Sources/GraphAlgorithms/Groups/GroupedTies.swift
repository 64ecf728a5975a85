import GraphCore

/// The ties whose two ends are both grouped, each tie once, over the grouped nodes only: the
/// input of the mixing matrix, the group E-I indices and the permutation test.
///
/// Undirected graphs: every edge once (stored arc `u → v` with `u ≤ v`), a self-loop once. Directed
/// graphs: every arc, source first. Ties touching an ungrouped node are left out. Grouped nodes are
/// renumbered `0..<groupedCount` in node order ("compact" indices), so that a permutation shuffles a
/// dense array of labels.
struct GroupedTies: Sendable {
    /// The label of every grouped node, by compact index.
    let labels: [Int32]
    /// Compact index of the source of every tie.
    let sources: [Int32]
    /// Compact index of the target of every tie.
    let targets: [Int32]
    /// Weight of every tie (1 when unweighted).
    let weights: [Double]
    /// Number of grouped self-loops (always inside a group, whatever the labels).
    let selfLoops: Int
    /// Whether every weight is 1 (then sums are exact integer counts).
    let hasUnitWeights: Bool

    /// - Complexity: O(n + m).
    init(_ graph: Graph, groups: [Int32], weighted: Bool) {
        var compact = [Int32](repeating: -1, count: graph.nodeCount)
        var labels: [Int32] = []
        for (node, label) in groups.enumerated() where label >= 0 {
            compact[node] = Int32(truncatingIfNeeded: labels.count)
            labels.append(label)
        }
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        var selfLoops = 0
        for u in 0..<graph.nodeCount where compact[u] >= 0 {
            for position in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                let v = Int(graph.outTargets[position])
                guard compact[v] >= 0, graph.isDirected || u <= v else { continue }
                sources.append(compact[u])
                targets.append(compact[v])
                weights.append(weighted ? graph.outWeights[position] : 1)
                if u == v { selfLoops += 1 }
            }
        }
        self.labels = labels
        self.sources = sources
        self.targets = targets
        self.weights = weights
        self.selfLoops = selfLoops
        hasUnitWeights = weights.allSatisfy { $0 == 1 }
    }

    /// Number of ties.
    var count: Int { targets.count }

    /// Total weight of the ties.
    var totalWeight: Double { weights.reduce(0, +) }

    /// Calls `body(sourceLabel, targetLabel, weight)` for every tie, under the stored labels.
    func forEachTie(_ body: (Int32, Int32, Double) -> Void) {
        for tie in 0..<count { body(labels[Int(sources[tie])], labels[Int(targets[tie])], weights[tie]) }
    }

    /// Total weight of the ties whose ends carry the same label in `labels` (one per grouped node,
    /// by compact index).
    ///
    /// The loop is branch-free (a select instead of a jump), since whether a tie stays inside a
    /// group is unpredictable under random labels; unit weights are counted as integers.
    func internalWeight(labels: UnsafeBufferPointer<Int32>) -> Double {
        sources.withUnsafeBufferPointer { sources in
            targets.withUnsafeBufferPointer { targets in
                if hasUnitWeights {
                    var inside = 0
                    for tie in 0..<sources.count {
                        inside &+= labels[Int(sources[tie])] == labels[Int(targets[tie])] ? 1 : 0
                    }
                    return Double(inside)
                }
                return weights.withUnsafeBufferPointer { weights in
                    var inside = 0.0
                    for tie in 0..<sources.count {
                        inside += labels[Int(sources[tie])] == labels[Int(targets[tie])] ? weights[tie] : 0
                    }
                    return inside
                }
            }
        }
    }
}
