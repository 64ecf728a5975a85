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
