/// Bit-parallel multi-source BFS with 256 sources per pass (four 64-bit words per node, one
/// `SIMD4<UInt64>`): per-source totals for exact closeness, harmonic and distances (``PathSweep``),
/// or per-reached-node sums for their sampled estimates (``PivotSweep``).
///
/// As ``MultiSourceBFS``, each level pulls the frontier words of every node's neighbours; four
/// words are read per arc for four times the sources, so a pass costs little more than a 64-wide
/// one (the arc reads are random accesses whose cache lines hold the four words together).
///
/// Reference: Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal",
/// PVLDB 8(4), 2014, https://doi.org/10.14778/2735496.2735507 (§4, wider bit fields).
final class WideMultiSourceBFS {
    typealias Lanes = SIMD4<UInt64>
    /// Sources per pass.
    static let width = 256

    let nodeCount: Int
    private let seen: UnsafeMutablePointer<Lanes>
    private var frontier: UnsafeMutablePointer<Lanes>
    private var next: UnsafeMutablePointer<Lanes>
    /// Bits per level counter: a level reaches fewer than 2³³ nodes.
    private static let planeCount = 33
    /// Per level, the count of nodes each source reached, bit-sliced: bit `b` of word
    /// `lane · planeCount + p` is bit `p` of the count of source `64 · lane + b`.
    private var levelCounters = [UInt64](repeating: 0, count: 4 * WideMultiSourceBFS.planeCount)

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        seen = .allocate(capacity: capacity)
        seen.initialize(repeating: .zero, count: capacity)
        frontier = .allocate(capacity: capacity)
        frontier.initialize(repeating: .zero, count: capacity)
        next = .allocate(capacity: capacity)
        next.initialize(repeating: .zero, count: capacity)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
    }

    /// Searches from `sources` (at most 256, distinct) and adds each source's totals at the same
    /// index of `totals`, exactly as ``MultiSourceBFS/search(from:pullArcs:members:totals:)`` does
    /// for 64 (same integer counts, same per-level rounding, so the same values). O(n + m · depth).
    func search(
        from sources: ArraySlice<Int32>, pullArcs arcs: ArcView, members: UnsafeBufferPointer<Bool>?,
        totals: inout [SourceTotals]
    ) {
        let n = nodeCount
        let batch = sources.count
        assert(batch <= Self.width, "at most \(Self.width) sources per pass")
        guard batch > 0 else { return }
        let full = prepare(sources)
        for bit in 0 ..< batch { totals[bit].reached = 1 }
        let offsets = arcs.offsets, targets = arcs.targets, seen = self.seen
        var frontier = self.frontier, next = self.next
        var level = 0
        var distanceSums = [Int](repeating: 0, count: batch)
        levelCounters.withUnsafeMutableBufferPointer { planes in
            while true {
                level += 1
                var anyNew = false
                for y in 0 ..< n {
                    let seenY = seen[y]
                    if seenY == full { next[y] = .zero; continue }
                    if let members, !members[y] { next[y] = .zero; continue }
                    var gathered = Lanes.zero
                    for arc in offsets[y] ..< offsets[y &+ 1] {
                        gathered |= frontier[Int(targets[arc])]
                    }
                    let newBits = gathered & ~seenY
                    next[y] = newBits
                    if newBits != .zero {
                        anyNew = true
                        seen[y] = seenY | newBits
                        // Add one to the counter of every new bit: a ripple-carry add into the
                        // bit-sliced counters (about two planes per word on average).
                        for lane in 0 ..< 4 {
                            var carry = newBits[lane]
                            var plane = lane &* Self.planeCount
                            while carry != 0 {
                                let word = planes[plane]
                                planes[plane] = word ^ carry
                                carry &= word
                                plane &+= 1
                            }
                        }
                    }
                }
                if !anyNew { break }
                for bit in 0 ..< batch {
                    let lane = bit >> 6, shift = UInt64(bit & 63)
                    var count = 0
                    for p in 0 ..< Self.planeCount {
                        count |= Int((planes[lane * Self.planeCount + p] >> shift) & 1) << p
                    }
                    guard count > 0 else { continue }
                    totals[bit].reached += count
                    distanceSums[bit] += count * level
                    totals[bit].harmonicSum += Double(count) / Double(level)
                    totals[bit].eccentricity = Double(level)
                }
                planes.update(repeating: 0)
                swap(&frontier, &next)
            }
        }
        self.frontier = frontier
        self.next = next
        for bit in 0 ..< batch { totals[bit].distanceSum = Double(distanceSums[bit]) }
    }

    /// Clears the words and sets each source's bit in its own `seen` and `frontier`; returns the
    /// mask of the bits in use.
    private func prepare(_ sources: ArraySlice<Int32>) -> Lanes {
        var full = Lanes.zero
        for bit in 0 ..< sources.count { full[bit >> 6] |= 1 << UInt64(bit & 63) }
        seen.update(repeating: .zero, count: nodeCount)
        frontier.update(repeating: .zero, count: nodeCount)
        for (bit, source) in sources.enumerated() {
            seen[Int(source)][bit >> 6] |= 1 << UInt64(bit & 63)
            frontier[Int(source)][bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return full
    }

    /// Searches from `sources` (at most 256, distinct) and adds, per reached node `y ≠ source`,
    /// what the sources tell about `y`: `counts.reached[y] += 1`, `counts.distanceSum[y] +=
    /// d(source, y)` and `counts.inverseDistanceSum[y] += ⌊2³²/d(source, y)⌉` (fixed point, so the
    /// sums are integers and do not depend on the order in which passes are added). `pullArcs` are
    /// the arcs opposite to the direction of travel. O(n + m · depth) for the whole pass.
    func accumulateReached(from sources: ArraySlice<Int32>, pullArcs arcs: ArcView, into counts: TargetCounts) {
        let n = nodeCount
        assert(sources.count <= Self.width, "at most \(Self.width) sources per pass")
        guard !sources.isEmpty else { return }
        let full = prepare(sources)
        // Locals, not stored properties, in the hot loop: no exclusivity checks per access.
        let offsets = arcs.offsets, targets = arcs.targets, seen = self.seen
        let reached = counts.reached, distanceSum = counts.distanceSum, inverseSum = counts.inverseDistanceSum
        var frontier = self.frontier, next = self.next
        var level: Int64 = 0
        while true {
            level += 1
            let inverse = Int64((TargetCounts.inverseScale / Double(level)).rounded())
            var anyNew = false
            for y in 0 ..< n {
                let seenY = seen[y]
                if seenY == full { next[y] = .zero; continue }
                var gathered = Lanes.zero
                for arc in offsets[y] ..< offsets[y &+ 1] {
                    gathered |= frontier[Int(targets[arc])]
                }
                let newBits = gathered & ~seenY
                next[y] = newBits
                if newBits != .zero {
                    anyNew = true
                    seen[y] = seenY | newBits
                    let count = Int64(
                        newBits[0].nonzeroBitCount &+ newBits[1].nonzeroBitCount
                            &+ newBits[2].nonzeroBitCount &+ newBits[3].nonzeroBitCount)
                    reached[y] &+= count
                    distanceSum[y] &+= count &* level
                    inverseSum[y] &+= count &* inverse
                }
            }
            if !anyNew { break }
            swap(&frontier, &next)
        }
        self.frontier = frontier
        self.next = next
    }
}
