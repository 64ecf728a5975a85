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
/// stack so that a node can move into an empty community in O(1). A class over raw storage, so that
/// the moving loops update it in place without copy-on-write checks; it never leaves one run.
final class LevelPartition {
    let nodeCount: Int
    let community: UnsafeMutablePointer<Int32>
    let communityWeight: UnsafeMutablePointer<Double>
    let memberCount: UnsafeMutablePointer<Int32>
    private(set) var emptyLabels: [Int32]

    /// The given labelling (labels in `0..<n`), or every node alone when `community` is nil.
    init(community labels: [Int32]?, nodeWeight: [Double]) {
        let n = nodeWeight.count
        nodeCount = n
        community = .allocate(capacity: max(n, 1))
        communityWeight = .allocate(capacity: max(n, 1))
        memberCount = .allocate(capacity: max(n, 1))
        communityWeight.initialize(repeating: 0, count: n)
        memberCount.initialize(repeating: 0, count: n)
        for v in 0..<n {
            let c = labels?[v] ?? Int32(truncatingIfNeeded: v)
            community[v] = c
            communityWeight[Int(c)] += nodeWeight[v]
            memberCount[Int(c)] += 1
        }
        emptyLabels = []
        for c in (0..<n).reversed() where memberCount[c] == 0 { emptyLabels.append(Int32(truncatingIfNeeded: c)) }
    }

    deinit {
        community.deallocate()
        communityWeight.deallocate()
        memberCount.deallocate()
    }

    /// Moves `node` (of weight `weight`) into `target`. O(1).
    @inline(__always)
    func move(_ node: Int, weight: Double, to target: Int32) {
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
        canonicalLabels(Array(UnsafeBufferPointer(start: community, count: nodeCount)))
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
/// A class over raw storage, allocated once per run and reused by every node and level.
final class NeighbourWeights {
    let weight: UnsafeMutablePointer<Double>
    private let isTouched: UnsafeMutablePointer<Bool>
    let touched: UnsafeMutablePointer<Int32>
    private(set) var touchedCount = 0

    init(capacity: Int) {
        weight = .allocate(capacity: max(capacity, 1))
        weight.initialize(repeating: 0, count: capacity)
        isTouched = .allocate(capacity: max(capacity, 1))
        isTouched.initialize(repeating: false, count: capacity)
        touched = .allocate(capacity: max(capacity, 1))
    }

    deinit {
        weight.deallocate()
        isTouched.deallocate()
        touched.deallocate()
    }

    @inline(__always)
    func add(_ w: Double, to label: Int32) {
        let c = Int(label)
        if !isTouched[c] {
            isTouched[c] = true
            touched[touchedCount] = label
            touchedCount += 1
        }
        weight[c] += w
    }

    @inline(__always)
    func reset() {
        for i in 0..<touchedCount {
            let c = Int(touched[i])
            weight[c] = 0
            isTouched[c] = false
        }
        touchedCount = 0
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
