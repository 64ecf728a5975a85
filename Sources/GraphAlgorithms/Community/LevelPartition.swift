/// The objective's gain terms on one level: moving node `v` into community `C` (with `v` taken
/// out of its own first) changes the quality by `w(v, C) − scale · nodeWeight[v] · W_C`, where
/// `w(v, C)` is the tie weight between `v` and `C` and `W_C` the total node weight of `C`.
///
/// Modularity: node weight = strength, `scale = γ / 2m` (the change in `Q` times `m`).
/// CPM: node weight = the number of input nodes, `scale = γ`.
struct GainTerms {
    let nodeWeight: [Double]
    let scale: Double

    init(_ graph: LevelGraph, objective: CommunityDetection.Objective, resolution: Double, totalStrength: Double) {
        switch objective {
        case .modularity:
            nodeWeight = graph.strength
            scale = totalStrength > 0 ? resolution / totalStrength : 0
        case .cpm:
            nodeWeight = graph.size
            scale = resolution
        }
    }
}

/// A partition of one level's nodes with the flat per-community totals the moves need.
///
/// Community labels lie in `0..<nodeCount`; labels of communities that became empty are kept on a
/// stack so that a node can move into an empty community in O(1).
struct LevelPartition {
    var community: [Int32]
    var communityWeight: [Double]
    var memberCount: [Int32]
    var emptyLabels: [Int32]

    /// Every node in a community of its own.
    init(singletons nodeWeight: [Double]) {
        let n = nodeWeight.count
        community = (0..<n).map { Int32(truncatingIfNeeded: $0) }
        communityWeight = nodeWeight
        memberCount = [Int32](repeating: 1, count: n)
        emptyLabels = []
    }

    /// The given labelling (labels in `0..<n`).
    init(community: [Int32], nodeWeight: [Double]) {
        let n = nodeWeight.count
        var weights = [Double](repeating: 0, count: n)
        var counts = [Int32](repeating: 0, count: n)
        for v in 0..<n {
            let c = Int(community[v])
            weights[c] += nodeWeight[v]
            counts[c] += 1
        }
        self.community = community
        communityWeight = weights
        memberCount = counts
        emptyLabels = (0..<n).reversed().filter { counts[$0] == 0 }.map { Int32(truncatingIfNeeded: $0) }
    }

    /// Moves `node` (of weight `weight`) into `target`. O(1).
    mutating func move(_ node: Int, weight: Double, to target: Int32) {
        let source = Int(community[node])
        if memberCount[Int(target)] == 0, let last = emptyLabels.last, last == target { emptyLabels.removeLast() }
        communityWeight[source] -= weight
        memberCount[source] -= 1
        if memberCount[source] == 0 {
            communityWeight[source] = 0  // no rounding residue in an empty community
            emptyLabels.append(Int32(truncatingIfNeeded: source))
        }
        communityWeight[Int(target)] += weight
        memberCount[Int(target)] += 1
        community[node] = target
    }

    /// The labels renumbered `0..<count` in order of each community's smallest node.
    func renumbered() -> (labels: [Int32], count: Int) {
        canonicalLabels(community)
    }
}

/// `labels` renumbered `0..<count` in order of each label's first node. Labels must lie in `0..<labels.count`.
func canonicalLabels(_ labels: [Int32]) -> (labels: [Int32], count: Int) {
    var renumber = [Int32](repeating: -1, count: labels.count)
    var result = [Int32](repeating: 0, count: labels.count)
    var count: Int32 = 0
    for v in labels.indices {
        let raw = Int(labels[v])
        if renumber[raw] < 0 { renumber[raw] = count; count += 1 }
        result[v] = renumber[raw]
    }
    return (result, Int(count))
}

/// Tie weights from one node to the communities around it, reset in O(communities touched).
struct NeighbourWeights {
    private(set) var weight: [Double]
    private var isTouched: [Bool]
    private(set) var touched: [Int32] = []

    init(capacity: Int) {
        weight = [Double](repeating: 0, count: capacity)
        isTouched = [Bool](repeating: false, count: capacity)
        touched.reserveCapacity(64)
    }

    @inline(__always)
    mutating func add(_ w: Double, to label: Int32) {
        let c = Int(label)
        if !isTouched[c] { isTouched[c] = true; touched.append(label) }
        weight[c] += w
    }

    mutating func reset() {
        for c in touched { weight[Int(c)] = 0; isTouched[Int(c)] = false }
        touched.removeAll(keepingCapacity: true)
    }
}

extension SplitMix64 {
    /// A uniform integer in `0..<bound` (bound > 0), by Lemire's multiply-shift (bias below 2⁻³²
    /// for the bounds used here, which is immaterial for node orders).
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform double in `[0, 1)`.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `0..<count` in a uniformly random order (Fisher–Yates from the end).
    mutating func shuffledNodes(_ count: Int) -> [Int32] {
        var order = (0..<count).map { Int32(truncatingIfNeeded: $0) }
        var i = count - 1
        while i > 0 {
            order.swapAt(i, below(i + 1))
            i -= 1
        }
        return order
    }
}
