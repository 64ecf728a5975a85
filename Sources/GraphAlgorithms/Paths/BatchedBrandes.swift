/// Brandes' algorithm for unit lengths from eight consecutive sources per pass: one worker's scratch.
///
/// **How.** The eight searches advance level by level together. A node's eight hop counts are the bytes of
/// one `UInt64` (`0xFF`: not reached), compared eight at a time with word arithmetic; its eight path counts
/// σ, and later its eight coefficients `(1 + δ) / σ`, are eight adjacent doubles, one aligned cache line,
/// moved with vector arithmetic. At each level every node that some of the eight sources reach at that level
/// scans its arcs once for all of them, instead of once per source: on the 20,000-node benchmark graph a
/// node is scanned about 1.7 times per pass instead of 8 (docs/PERFORMANCE.md, "Batched sources").
///
/// **Two lines per node, by the parity of the level.** An arc from a node at level `l` (in one source's
/// search) leads to a node at level `l + 1` or shallower. So the search pushes the σ of the lanes at level
/// `l` along every arc, unmasked, into the line of parity `l + 1`: in a lane where the target is at `l + 1`
/// that sums exactly its predecessors (a lane is cleared when the search reaches the node), and what other
/// lanes collect is never read, because a node's σ is copied out when its level is expanded. Back-propagation
/// runs deepest level first and publishes each node's coefficients in the line of its level's parity, zero
/// elsewhere; a node at level `l` sums the lines of parity `l + 1` over its arcs, and the only nonzero lanes
/// it meets there are those of its successors (deeper levels of that parity are at `l + 3` or more,
/// shallower ones are not done yet). Neither inner loop tests a hop count per lane. δ replaces σ lane by
/// lane; at a node's shallowest level every lane is done and the eight are added to the row there.
///
/// **Bit-identical to one search per source** (``SingleSourcePaths/breadthFirst(from:arcs:recordingInto:)``
/// and the pull over successor lists). σ is a sum of integers, exact in a `Double` below 2⁵³, so its order
/// does not matter; a pass whose σ reaches 2⁵³ is refused and the caller searches from those sources one by
/// one. Each coefficient sum runs over the node's arcs in adjacency order, as the successor lists keep them,
/// and adding `+0` changes no sum. Dependencies are added to the row per node in source order, as the
/// per-source kernel adds them. A pass deeper than 254 levels (a hop count needs a byte) is refused too.
///
/// - Complexity: O(n + m · ℓ) per pass of eight sources, where ℓ ≤ 8 is the number of distinct levels at
///   which the sources reach a node (about 1.7 on small-world graphs); 236 bytes per node of scratch.
///
/// Reference: U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001;
/// scanning once for several sources as the multi-source BFS of M. Then et al., "The More the Merrier:
/// Efficient Multi-Source Graph Traversal", PVLDB 8(4), 2014, https://doi.org/10.14778/2735496.2735507.
final class BatchedBrandes {
    /// Sources per pass: the bytes of one `UInt64`.
    static let width = 8
    /// The deepest level a byte can hold (`0xFF` marks a node not reached).
    private static let deepestLevel = 254
    /// 2⁵³: from here on a `Double` no longer holds every integer, so σ sums would depend on their order.
    private static let exactIntegerLimit = 9_007_199_254_740_992.0
    /// A node not listed yet in this pass.
    private static let unlisted: UInt32 = .max

    let nodeCount: Int
    /// Hop counts of the eight sources, one byte each (lane `k` in bits `8k ..< 8k + 8`).
    private let levels: UnsafeMutablePointer<UInt64>
    /// One line per node: σ of the eight sources, copied in when the node's level is expanded and replaced lane
    /// by lane by δ during back-propagation.
    private let counts: UnsafeMutablePointer<Double>
    /// Two lines per node, a line per node for even levels and then one for odd levels. During the search,
    /// σ sums (a lane is cleared when the search reaches the node, other lanes hold leftovers); then cleared,
    /// and during back-propagation the published coefficients `(1 + δ) / σ`, zero in every other lane.
    private let parityLines: UnsafeMutablePointer<Double>
    /// The first level a node is listed at in this pass (high half) and the last (low half).
    private let listings: UnsafeMutablePointer<UInt32>
    /// The nodes some source reaches at each level, level after level (a node once per level it is on, so at
    /// most eight times): `visitCount` entries of `8n`.
    private let visits: UnsafeMutablePointer<Int32>
    private var visitCount = 0
    /// Where each level's nodes start in `visits`, with the end of the last one: `levelCount + 1` entries.
    private let levelStarts: UnsafeMutablePointer<Int>
    private var levelCount = 0
    /// The lane masks of four lanes, for each pattern of four bits.
    private let quarterMasks: UnsafeMutablePointer<SIMD4<UInt64>>

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        levels = .allocate(capacity: capacity)
        levels.initialize(repeating: ~0, count: capacity)
        counts = Self.allocateLines(capacity)
        parityLines = Self.allocateLines(2 * capacity)
        listings = .allocate(capacity: capacity)
        listings.initialize(repeating: Self.unlisted, count: capacity)
        visits = .allocate(capacity: capacity * Self.width)
        levelStarts = .allocate(capacity: Self.deepestLevel + 3)
        quarterMasks = UnsafeMutableRawPointer.allocate(byteCount: 16 * 32, alignment: 64)
            .bindMemory(to: SIMD4<UInt64>.self, capacity: 16)
        for pattern in 0 ..< 16 {
            quarterMasks[pattern] = SIMD4<UInt64>(
                pattern & 1 == 0 ? 0 : ~0, pattern & 2 == 0 ? 0 : ~0, pattern & 4 == 0 ? 0 : ~0,
                pattern & 8 == 0 ? 0 : ~0)
        }
    }

    /// `count` zeroed lines of eight doubles, aligned to 64 bytes.
    private static func allocateLines(_ count: Int) -> UnsafeMutablePointer<Double> {
        let lines = UnsafeMutableRawPointer.allocate(byteCount: count * 64, alignment: 64)
            .bindMemory(to: Double.self, capacity: count * width)
        lines.initialize(repeating: 0, count: count * width)
        return lines
    }

    deinit {
        levels.deallocate()
        counts.deallocate()
        parityLines.deallocate()
        listings.deallocate()
        visits.deallocate()
        levelStarts.deallocate()
        quarterMasks.deallocate()
    }

    /// Adds the dependencies of every node on the sources `first ..< first + count` (`count` ≤ 8) to `row`,
    /// as the per-source kernel would (with `endpoints`, `δ + 1` for each reached node and the number of
    /// reached nodes for the source itself). Returns false, leaving `row` untouched, when the pass is
    /// deeper than 254 levels or some σ reaches 2⁵³; the caller then searches from these sources one by one.
    func accumulate(
        sources first: Int, count: Int, arcs: ArcView, endpoints: Bool, into row: UnsafeMutablePointer<Double>
    ) -> Bool {
        precondition(count >= 1 && count <= Self.width)
        defer { reset() }
        guard searchForward(sources: first, count: count, arcs: arcs) else { return false }
        clearParityLines()
        propagateBack(sources: first, arcs: arcs, endpoints: endpoints, into: row)
        return true
    }

    /// The high bit of each byte of `x` that is zero, and no other bit.
    @inline(__always) private static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x) & 0x8080_8080_8080_8080
    }

    /// `byte` in every byte of a word.
    @inline(__always) private static func everyByte(_ byte: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: byte) &* 0x0101_0101_0101_0101
    }

    /// All ones in the lanes whose byte of `lanes` has its high bit set, zero elsewhere: the eight high bits
    /// gathered into one byte by a multiplication, each half of that byte looked up in `quarterMasks`.
    @inline(__always) private func laneMask(_ lanes: UInt64) -> SIMD8<UInt64> {
        let bits = Int(truncatingIfNeeded: ((lanes >> 7) &* 0x0102_0408_1020_4080) >> 56)
        return SIMD8(lowHalf: quarterMasks[bits & 15], highHalf: quarterMasks[bits >> 4])
    }

    /// `values` in the lanes where `mask` is all ones, +0 elsewhere.
    @inline(__always) private static func masked(_ values: SIMD8<Double>, _ mask: SIMD8<UInt64>) -> SIMD8<Double> {
        unsafeBitCast(unsafeBitCast(values, to: SIMD8<UInt64>.self) & mask, to: SIMD8<Double>.self)
    }

    /// `new` in the lanes where `mask` is all ones, `old` elsewhere.
    @inline(__always) private static func blend(
        _ new: SIMD8<Double>, _ old: SIMD8<Double>, _ mask: SIMD8<UInt64>
    ) -> SIMD8<Double> {
        let newBits = unsafeBitCast(new, to: SIMD8<UInt64>.self)
        let oldBits = unsafeBitCast(old, to: SIMD8<UInt64>.self)
        return unsafeBitCast((newBits & mask) | (oldBits & ~mask), to: SIMD8<Double>.self)
    }

    /// Node `node`'s line in an array of lines.
    @inline(__always) private static func line(
        _ lines: UnsafeMutablePointer<Double>, _ node: Int
    ) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(lines + node &* width)
    }

    /// The level-synchronous search counting shortest paths; false when too deep or σ too large.
    private func searchForward(sources first: Int, count: Int, arcs: ArcView) -> Bool {
        let offsets = arcs.offsets, targets = arcs.targets
        let levels = self.levels, counts = self.counts, listings = self.listings
        let visits = self.visits, levelStarts = self.levelStarts
        var visitCount = 0
        defer { self.visitCount = visitCount }
        levelStarts[0] = 0
        for lane in 0 ..< count {
            let source = first + lane
            levels[source] &= ~(UInt64(0xFF) << UInt64(8 * lane))
            parityLines[source * Self.width + lane] = 1
            if listings[source] == Self.unlisted {
                listings[source] = 0
                visits[visitCount] = Int32(truncatingIfNeeded: source)
                visitCount &+= 1
            }
        }
        levelStarts[1] = visitCount
        levelCount = 1
        let limit = SIMD8<Double>(repeating: Self.exactIntegerLimit)
        let none = SIMD8<UInt64>(repeating: 0)
        var level = 0
        while levelStarts[level + 1] > levelStarts[level] {
            guard level < Self.deepestLevel else { return false }
            let here = Self.everyByte(level)
            let nextLevel = UInt32(level + 1)
            let toNext = Self.everyByte(0xFF ^ (level + 1))
            let arrived = parityLines + (level & 1) &* nodeCount &* Self.width
            let pushed = parityLines + ((level + 1) & 1) &* nodeCount &* Self.width
            for index in levelStarts[level] ..< levelStarts[level + 1] {
                let v = Int(visits[index])
                let active = Self.zeroBytes(levels[v] ^ here)
                let mask = laneMask(active)
                let sums = Self.line(arrived, v).load(as: SIMD8<Double>.self)
                let countsV = Self.line(counts, v)
                countsV.storeBytes(
                    of: Self.blend(sums, countsV.load(as: SIMD8<Double>.self), mask), as: SIMD8<Double>.self)
                let sigmaV = Self.masked(sums, mask)
                // σ(v) is complete once v's level is reached; a sum at or past 2⁵³ may have been rounded.
                let tooLarge = unsafeBitCast(sigmaV .>= limit, to: SIMD8<UInt64>.self)
                guard tooLarge == none else { return false }
                for arc in offsets[v] ..< offsets[v &+ 1] {
                    let target = targets[arc]
                    let w = Int(target)
                    let levelsW = levels[w]
                    let discovered = active & Self.zeroBytes(~levelsW)
                    let pushedW = Self.line(pushed, w)
                    if discovered != 0 {
                        levels[w] = levelsW ^ (((discovered >> 7) &* 0xFF) & toNext)
                        let listing = listings[w]
                        if listing & 0xFFFF != nextLevel {
                            listings[w] = listing == Self.unlisted
                                ? nextLevel << 16 | nextLevel : listing & 0xFFFF_0000 | nextLevel
                            visits[visitCount] = target
                            visitCount &+= 1
                        }
                        let stale = pushedW.load(as: SIMD8<Double>.self)
                        pushedW.storeBytes(of: Self.masked(stale, ~laneMask(discovered)), as: SIMD8<Double>.self)
                    }
                    let old = pushedW.load(as: SIMD8<Double>.self)
                    pushedW.storeBytes(of: old + sigmaV, as: SIMD8<Double>.self)
                }
            }
            levelStarts[level + 2] = visitCount
            levelCount = level + 2
            level += 1
        }
        return true
    }

    /// Zeroes both lines of every visited node, so that back-propagation finds zeros where nothing is published.
    private func clearParityLines() {
        let visits = self.visits
        let even = parityLines, odd = parityLines + nodeCount &* Self.width
        let zero = SIMD8<Double>()
        for index in 0 ..< visitCount {
            let v = Int(visits[index])
            Self.line(even, v).storeBytes(of: zero, as: SIMD8<Double>.self)
            Self.line(odd, v).storeBytes(of: zero, as: SIMD8<Double>.self)
        }
    }

    /// Back-propagation, deepest level first: `δ(v) = σ(v) Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w)` per source,
    /// the sum over the published coefficients of the level below in the order of `v`'s arcs; then the
    /// coefficient of `v` is published, δ replaces σ, and at `v`'s shallowest level the row gets its lanes.
    private func propagateBack(
        sources first: Int, arcs: ArcView, endpoints: Bool, into row: UnsafeMutablePointer<Double>
    ) {
        let offsets = arcs.offsets, targets = arcs.targets
        let levels = self.levels, counts = self.counts, listings = self.listings
        let visits = self.visits, levelStarts = self.levelStarts
        // Per lane, the nodes reached so far (each is counted at its level in that lane).
        var reached = SIMD8<UInt64>()
        var level = levelCount - 1
        while level >= 0 {
            let here = Self.everyByte(level)
            let thisLevel = UInt32(level)
            let below = parityLines + ((level + 1) & 1) &* nodeCount &* Self.width
            let published = parityLines + (level & 1) &* nodeCount &* Self.width
            for index in levelStarts[level] ..< levelStarts[level + 1] {
                let v = Int(visits[index])
                let levelsV = levels[v]
                var sum = SIMD8<Double>()
                for arc in offsets[v] ..< offsets[v &+ 1] {
                    sum += Self.line(below, Int(targets[arc])).load(as: SIMD8<Double>.self)
                }
                let mask = laneMask(Self.zeroBytes(levelsV ^ here))
                let countsV = Self.line(counts, v), publishedV = Self.line(published, v)
                let sigma = countsV.load(as: SIMD8<Double>.self)
                let dependency = sigma * sum
                publishedV.storeBytes(
                    of: Self.blend((1 + dependency) / sigma, publishedV.load(as: SIMD8<Double>.self), mask),
                    as: SIMD8<Double>.self)
                let dependencies = Self.blend(dependency, sigma, mask)
                countsV.storeBytes(of: dependencies, as: SIMD8<Double>.self)
                reached &+= mask & 1
                guard listings[v] >> 16 == thisLevel else { continue }
                // v's shallowest level: every lane that reaches v is done. In source order, as one search per
                // source would add them; the source itself gets the number of other nodes it reaches.
                let sourceLane = v &- first
                var lanes = ~Self.zeroBytes(~levelsV) & 0x8080_8080_8080_8080
                var total = row[v]
                while lanes != 0 {
                    let lane = lanes.trailingZeroBitCount >> 3
                    if lane == sourceLane {
                        if endpoints { total += Double(reached[lane] &- 1) }
                    } else {
                        total += endpoints ? dependencies[lane] + 1 : dependencies[lane]
                    }
                    lanes &= lanes &- 1
                }
                row[v] = total
            }
            level -= 1
        }
    }

    /// Clears what the next pass reads before writing: the hop counts and listings of the visited nodes.
    private func reset() {
        let levels = self.levels, listings = self.listings, visits = self.visits
        for index in 0 ..< visitCount {
            let v = Int(visits[index])
            levels[v] = ~0
            listings[v] = Self.unlisted
        }
        visitCount = 0
        levelCount = 0
    }
}
