/// Bit-parallel multi-source breadth-first search (MS-BFS): up to 64 searches at once, one bit
/// per source in a `UInt64` per node.
///
/// Per level every node pulls the frontier words of its neighbours, keeps the bits it has not
/// seen, and credits the level to each newly set bit; each arc is read once per level for all 64
/// sources together. Per source the kernel returns integer counts only (nodes reached, sum of
/// hop distances, nodes per level folded into `Σ count/level`), so closeness is exact and
/// harmonic differs from a per-node sum only by rounding once per level.
///
/// Reference: M. Then, M. Kaufmann, F. Chirigati, T.-A. Hoang-Vu, K. Pham, A. Kemper, T. Neumann,
/// H. T. Vo, "The More the Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8(4), 2014,
/// https://doi.org/10.14778/2735496.2735507.
final class MultiSourceBFS {
    let nodeCount: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private var frontier: UnsafeMutablePointer<UInt64>
    private var next: UnsafeMutablePointer<UInt64>
    private var levelCounts = [Int](repeating: 0, count: 64)

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        seen = .allocate(capacity: capacity)
        seen.initialize(repeating: 0, count: capacity)
        frontier = .allocate(capacity: capacity)
        frontier.initialize(repeating: 0, count: capacity)
        next = .allocate(capacity: capacity)
        next.initialize(repeating: 0, count: capacity)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
    }

    /// Searches from `sources` (at most 64) and adds each source's totals at the same index of
    /// `totals`. `pullArcs` must be the arcs *opposite* to the direction of travel (a node is
    /// reached from a frontier node it has a pull-arc to). With `members`, only flagged nodes are
    /// entered. O(n + m · depth) for the whole batch.
    func search(
        from sources: ArraySlice<Int32>, pullArcs arcs: ArcView, members: UnsafeBufferPointer<Bool>?,
        totals: inout [SourceTotals]
    ) {
        let n = nodeCount
        let batch = sources.count
        guard batch > 0 else { return }
        let fullMask: UInt64 = batch == 64 ? ~0 : (1 << UInt64(batch)) &- 1
        seen.update(repeating: 0, count: n)
        frontier.update(repeating: 0, count: n)
        for (bit, source) in sources.enumerated() {
            let s = Int(source)
            seen[s] |= 1 << UInt64(bit)
            frontier[s] |= 1 << UInt64(bit)
        }
        for bit in 0 ..< batch { totals[bit].reached = 1 }
        // Locals, not stored properties, in the hot loop: no exclusivity checks per access.
        let offsets = arcs.offsets, targets = arcs.targets, seen = self.seen
        var frontier = self.frontier, next = self.next
        var level = 0
        var distanceSums = [Int](repeating: 0, count: batch)
        levelCounts.withUnsafeMutableBufferPointer { counts in
            while true {
                level += 1
                var anyNew = false
                for y in 0 ..< n {
                    let seenY = seen[y]
                    if seenY == fullMask { next[y] = 0; continue }
                    if let members, !members[y] { next[y] = 0; continue }
                    var gathered: UInt64 = 0
                    for arc in offsets[y] ..< offsets[y &+ 1] {
                        gathered |= frontier[Int(targets[arc])]
                    }
                    let newBits = gathered & ~seenY
                    next[y] = newBits
                    if newBits != 0 {
                        anyNew = true
                        seen[y] = seenY | newBits
                        var bits = newBits
                        while bits != 0 {
                            counts[bits.trailingZeroBitCount] &+= 1
                            bits &= bits &- 1
                        }
                    }
                }
                if !anyNew { break }
                for bit in 0 ..< batch where counts[bit] > 0 {
                    let count = counts[bit]
                    totals[bit].reached += count
                    distanceSums[bit] += count * level
                    totals[bit].harmonicSum += Double(count) / Double(level)
                    totals[bit].eccentricity = Double(level)
                    counts[bit] = 0
                }
                swap(&frontier, &next)
            }
        }
        self.frontier = frontier
        self.next = next
        for bit in 0 ..< batch { totals[bit].distanceSum = Double(distanceSums[bit]) }
    }
}

/// Per-node integer sums over sampled sources, written by one worker of a pivot sweep.
struct TargetCounts {
    /// The fixed-point scale of ``inverseDistanceSum`` (2³²).
    static let inverseScale = 0x1p32
    /// Sources that reach the node (the node itself not counted).
    let reached: UnsafeMutablePointer<Int64>
    /// Sum of the hop distances from those sources.
    let distanceSum: UnsafeMutablePointer<Int64>
    /// Sum of `⌊2³²/d⌉` over those sources.
    let inverseDistanceSum: UnsafeMutablePointer<Int64>
}
