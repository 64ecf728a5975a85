/// Bit-parallel multi-source BFS with 256 sources per pass (four 64-bit words per node, one
/// `SIMD4<UInt64>`), accumulating per *reached* node rather than per source: the kernel of the
/// sampled closeness and harmonic estimates (``PivotSweep``).
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

    /// Searches from `sources` (at most 256, distinct) and adds, per reached node `y ≠ source`,
    /// what the sources tell about `y`: `counts.reached[y] += 1`, `counts.distanceSum[y] +=
    /// d(source, y)` and `counts.inverseDistanceSum[y] += ⌊2³²/d(source, y)⌉` (fixed point, so the
    /// sums are integers and do not depend on the order in which passes are added). `pullArcs` are
    /// the arcs opposite to the direction of travel. O(n + m · depth) for the whole pass.
    func accumulateReached(from sources: ArraySlice<Int32>, pullArcs arcs: ArcView, into counts: TargetCounts) {
        let n = nodeCount
        assert(sources.count <= Self.width, "at most \(Self.width) sources per pass")
        guard !sources.isEmpty else { return }
        var full = Lanes.zero
        for bit in 0 ..< sources.count { full[bit >> 6] |= 1 << UInt64(bit & 63) }
        seen.update(repeating: .zero, count: n)
        frontier.update(repeating: .zero, count: n)
        for (bit, source) in sources.enumerated() {
            seen[Int(source)][bit >> 6] |= 1 << UInt64(bit & 63)
            frontier[Int(source)][bit >> 6] |= 1 << UInt64(bit & 63)
        }
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
