import GraphCore

/// The weighted undirected graph one level of Louvain or Leiden works on: the input graph's
/// undirected view at the first level, the graph of aggregated communities at later ones.
///
/// Rows hold no self-loops; a node's self-loop weight (the ties inside it, counted once) is kept
/// apart in ``selfLoopWeight``. ``strength`` counts a self-loop twice, as networkx's degree does,
/// so `Σ strength = 2m`. ``size`` is the number of input nodes a node stands for (CPM's node weight).
struct LevelGraph {
    var offsets: [Int]
    var targets: [Int32]
    var weights: [Double]
    var selfLoopWeight: [Double]
    var strength: [Double]
    var size: [Double]

    var nodeCount: Int { selfLoopWeight.count }

    /// Twice the total tie weight, `Σ_v strength(v)`.
    var totalStrength: Double { strength.reduce(0, +) }

    /// Read-only pointers to the rows, for the hot loops.
    struct Rows {
        let offsets: UnsafeBufferPointer<Int>
        let targets: UnsafeBufferPointer<Int32>
        let weights: UnsafeBufferPointer<Double>
        let strength: UnsafeBufferPointer<Double>
    }

    /// Calls `body` with pointers to the rows (valid only inside `body`).
    func withRows<Result>(_ body: (Rows) throws -> Result) rethrows -> Result {
        try offsets.withUnsafeBufferPointer { offsets in
            try targets.withUnsafeBufferPointer { targets in
                try weights.withUnsafeBufferPointer { weights in
                    try strength.withUnsafeBufferPointer { strength in
                        try body(Rows(offsets: offsets, targets: targets, weights: weights, strength: strength))
                    }
                }
            }
        }
    }

    /// The undirected view of `graph`. A directed graph's arcs `u → v` and `v → u` become one
    /// edge whose weight is their sum (igraph's `as_undirected(combine_edges="sum")`), so the total
    /// weight equals the arcs' total; a self-loop keeps its weight. Without `weighted` every arc
    /// counts 1 (a reciprocated pair of arcs then weighs 2).
    /// - Complexity: O(n + m).
    init(_ graph: Graph, weighted: Bool) {
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        targets.reserveCapacity(graph.outTargets.count + (graph.isDirected ? graph.inTargets.count : 0))
        weights.reserveCapacity(targets.capacity)
        var selfLoop = [Double](repeating: 0, count: n)
        var strength = [Double](repeating: 0, count: n)
        func weight(_ w: Double) -> Double { weighted ? w : 1 }
        for v in 0..<n {
            var total = 0.0
            if graph.isDirected {
                // Merge the sorted out-row and in-row, summing the two directions.
                var a = graph.outOffsets[v], b = graph.inOffsets[v]
                let aEnd = graph.outOffsets[v + 1], bEnd = graph.inOffsets[v + 1]
                while a < aEnd || b < bEnd {
                    let target: Int32
                    var w = 0.0
                    if b >= bEnd || (a < aEnd && graph.outTargets[a] < graph.inTargets[b]) {
                        target = graph.outTargets[a]; w = weight(graph.outWeights[a]); a += 1
                    } else if a >= aEnd || graph.inTargets[b] < graph.outTargets[a] {
                        target = graph.inTargets[b]; w = weight(graph.inWeights[b]); b += 1
                    } else {
                        target = graph.outTargets[a]
                        w = weight(graph.outWeights[a]) + weight(graph.inWeights[b])
                        a += 1; b += 1
                    }
                    if Int(target) == v {
                        // The self-loop arc is in both rows, so `w` holds it twice; it is one loop.
                        selfLoop[v] = w * 0.5
                        total += 2 * selfLoop[v]
                    } else {
                        targets.append(target); weights.append(w); total += w
                    }
                }
            } else {
                for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                    let w = weight(graph.outWeights[p])
                    if Int(graph.outTargets[p]) == v {
                        selfLoop[v] = w
                        total += 2 * w
                    } else {
                        targets.append(graph.outTargets[p]); weights.append(w); total += w
                    }
                }
            }
            strength[v] = total
            offsets[v + 1] = targets.count
        }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoopWeight = selfLoop
        self.strength = strength
        self.size = [Double](repeating: 1, count: n)
    }

    init(offsets: [Int], targets: [Int32], weights: [Double], selfLoopWeight: [Double], strength: [Double], size: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
        self.selfLoopWeight = selfLoopWeight
        self.strength = strength
        self.size = size
    }

    /// The graph whose nodes are the groups of `group` (labels `0..<groupCount`): ties between two
    /// groups summed into one edge, ties inside a group into its self-loop weight, strengths and
    /// sizes summed. Rows list neighbouring groups in order of first appearance (deterministic).
    /// - Complexity: O(n + m) time; O(n + m) scratch (the arcs bucketed by group).
    func aggregated(by group: [Int32], groupCount: Int) -> LevelGraph {
        let n = nodeCount
        var newSelfLoop = [Double](repeating: 0, count: groupCount)
        var newStrength = [Double](repeating: 0, count: groupCount)
        var newSize = [Double](repeating: 0, count: groupCount)
        // Pass 1, rows in node order: the arcs leaving each group are bucketed by a counting sort
        // (bucket of group g = the arcs of its members, in node order); inner arcs go to the loop weight.
        var bucketStart = [Int](repeating: 0, count: groupCount + 1)
        for v in 0..<n { bucketStart[Int(group[v]) + 1] += offsets[v + 1] - offsets[v] }
        for g in 0..<groupCount { bucketStart[g + 1] += bucketStart[g] }
        let bucketTargets = UnsafeMutablePointer<Int32>.allocate(capacity: max(targets.count, 1))
        let bucketWeights = UnsafeMutablePointer<Double>.allocate(capacity: max(targets.count, 1))
        defer { bucketTargets.deallocate(); bucketWeights.deallocate() }
        var bucketEnd = bucketStart
        withRows { rows in
            group.withUnsafeBufferPointer { group in
                for v in 0..<n {
                    let g = Int(group[v])
                    var inside = newSelfLoop[g] + selfLoopWeight[v]
                    var end = bucketEnd[g]
                    for p in rows.offsets[v]..<rows.offsets[v + 1] {
                        let h = group[Int(rows.targets[p])]
                        if Int(h) == g {
                            inside += rows.weights[p] * 0.5  // every inner edge is met from both ends
                        } else {
                            bucketTargets[end] = h
                            bucketWeights[end] = rows.weights[p]
                            end += 1
                        }
                    }
                    bucketEnd[g] = end
                    newSelfLoop[g] = inside
                    newStrength[g] += rows.strength[v]
                    newSize[g] += size[v]
                }
            }
        }
        // Pass 2, group by group: parallel arcs to the same neighbouring group summed, in order of first appearance.
        var newOffsets = [Int](repeating: 0, count: groupCount + 1)
        let neighbours = NeighbourWeights(capacity: groupCount)
        // The aggregate has at most as many arcs as this graph: write them straight into place.
        var newWeights: [Double] = []
        let newTargets = [Int32](unsafeUninitializedCapacity: targets.count) { newTargets, targetCount in
            newWeights = [Double](unsafeUninitializedCapacity: targets.count) { newWeights, weightCount in
                var arcs = 0
                for g in 0..<groupCount {
                    for i in bucketStart[g]..<bucketEnd[g] { neighbours.add(bucketWeights[i], to: bucketTargets[i]) }
                    for i in 0..<neighbours.touchedCount {
                        let h = neighbours.touched[i]
                        newTargets[arcs] = h
                        newWeights[arcs] = neighbours.weight(h)
                        arcs += 1
                    }
                    neighbours.reset()
                    newOffsets[g + 1] = arcs
                }
                weightCount = arcs
            }
            targetCount = newWeights.count
        }
        return LevelGraph(
            offsets: newOffsets, targets: newTargets, weights: newWeights,
            selfLoopWeight: newSelfLoop, strength: newStrength, size: newSize)
    }
}
