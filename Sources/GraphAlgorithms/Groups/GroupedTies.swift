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

    /// The number of internal ties under eight labellings at once, for unit weights: byte `k` of
    /// `packedLabels[node]` is the node's label in labelling `k` (labels below 256).
    ///
    /// Byte-wise equality without branches: for `x = a ^ b`, the low bit of each byte of
    /// `x | x >> 1 | … | x >> 7` (built in three shifts) is the OR of that byte of `x`, so
    /// `~that & 0x0101…01` holds a 1 in every byte where the two labels are equal. Those bits are
    /// summed as eight byte counters, flushed before any can pass 255.
    func internalTieCounts(packedLabels labels: UnsafeBufferPointer<UInt64>) -> SIMD8<Double> {
        let lowBits: UInt64 = 0x0101_0101_0101_0101
        var sums = SIMD8<Double>()
        var counters: UInt64 = 0, pending = 0
        sources.withUnsafeBufferPointer { sources in
            targets.withUnsafeBufferPointer { targets in
                for tie in 0..<sources.count {
                    var x = labels[Int(sources[tie])] ^ labels[Int(targets[tie])]
                    x |= x >> 4
                    x |= x >> 2
                    x |= x >> 1
                    counters &+= ~x & lowBits
                    pending += 1
                    if pending == 255 {
                        sums += Self.unpack(counters)
                        counters = 0
                        pending = 0
                    }
                }
            }
        }
        return sums + Self.unpack(counters)
    }

    /// The eight byte counters of `counters` as numbers.
    private static func unpack(_ counters: UInt64) -> SIMD8<Double> {
        var values = SIMD8<Double>()
        for lane in 0..<8 { values[lane] = Double((counters >> UInt64(8 * lane)) & 0xFF) }
        return values
    }
}
