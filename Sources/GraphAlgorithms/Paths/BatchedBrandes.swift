/// Brandes' algorithm for unit lengths from eight consecutive sources per pass: one worker's scratch.
///
/// **How.** The eight searches advance level by level together. A node's eight hop counts are the bytes of
/// one `UInt64` (`0xFF`: not reached), compared eight at a time with word arithmetic, and its eight path
/// counts (σ, later the coefficients `(1 + δ) / σ`) and dependencies (δ) are eight adjacent doubles, one
/// cache line. At each level every node that some of the eight sources reach at that level scans its arcs
/// once for all of them, instead of once per source: on the 20,000-node benchmark graph a node is scanned
/// about 1.6 times per pass instead of 8 (docs/PERFORMANCE.md, "Batched sources").
///
/// **Bit-identical to one search per source** (``SingleSourcePaths/breadthFirst(from:arcs:recordingInto:)``
/// and the pull over successor lists). σ is a sum of integers, exact in a `Double` below 2⁵³, so its order
/// does not matter; a pass whose σ reaches 2⁵³ is refused and the caller searches from those sources one by
/// one. Each coefficient sum runs over the node's arcs in adjacency order, as the successor lists keep them.
/// Dependencies are added to the row per node in source order, as the per-source kernel adds them.
/// A pass deeper than 254 levels (a hop count needs a byte) is refused the same way.
///
/// - Complexity: O(n + m · ℓ) per pass of eight sources, where ℓ ≤ 8 is the number of distinct levels at
///   which the sources reach a node (about 1.6 on small-world graphs); 144 bytes per node of scratch.
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

    let nodeCount: Int
    /// Hop counts of the eight sources, one byte each (lane `k` in bits `8k ..< 8k + 8`).
    private let levels: UnsafeMutablePointer<UInt64>
    /// σ of the eight sources, replaced lane by lane by the coefficient `(1 + δ) / σ` during back-propagation.
    private let counts: UnsafeMutablePointer<Double>
    /// δ of the eight sources.
    private let dependencies: UnsafeMutablePointer<Double>
    /// The level whose list a node was last added to (−1: none; −2 and −3 while the row is written).
    private let listedAt: UnsafeMutablePointer<Int32>
    /// One node's eight coefficient sums during back-propagation.
    private let sums: UnsafeMutablePointer<Double>
    /// The nodes some source reaches at each level, level after level (a node once per level it is on, so at
    /// most eight times): `visitCount` entries of `8n`.
    private let visits: UnsafeMutablePointer<Int32>
    private var visitCount = 0
    /// Where each level's nodes start in `visits`, with the end of the last one: `levelCount + 1` entries.
    private let levelStarts: UnsafeMutablePointer<Int>
    private var levelCount = 0

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let capacity = max(nodeCount, 1)
        levels = .allocate(capacity: capacity)
        levels.initialize(repeating: ~0, count: capacity)
        counts = .allocate(capacity: capacity * Self.width)
        counts.initialize(repeating: 0, count: capacity * Self.width)
        dependencies = .allocate(capacity: capacity * Self.width)
        dependencies.initialize(repeating: 0, count: capacity * Self.width)
        listedAt = .allocate(capacity: capacity)
        listedAt.initialize(repeating: -1, count: capacity)
        visits = .allocate(capacity: capacity * Self.width)
        levelStarts = .allocate(capacity: Self.deepestLevel + 3)
        sums = .allocate(capacity: Self.width)
        sums.initialize(repeating: 0, count: Self.width)
    }

    deinit {
        levels.deallocate()
        counts.deallocate()
        dependencies.deallocate()
        listedAt.deallocate()
        sums.deallocate()
        visits.deallocate()
        levelStarts.deallocate()
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
        propagateBack(arcs: arcs)
        addToRow(sources: first, count: count, endpoints: endpoints, into: row)
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

    /// The level-synchronous search counting shortest paths; false when too deep or σ too large.
    private func searchForward(sources first: Int, count: Int, arcs: ArcView) -> Bool {
        let offsets = arcs.offsets, targets = arcs.targets
        let levels = self.levels, counts = self.counts, listedAt = self.listedAt
        let visits = self.visits, levelStarts = self.levelStarts
        var visitCount = 0
        defer { self.visitCount = visitCount }
        levelStarts[0] = 0
        for lane in 0 ..< count {
            let source = first + lane
            levels[source] &= ~(UInt64(0xFF) << UInt64(8 * lane))
            counts[source * Self.width + lane] = 1
            if listedAt[source] != 0 {
                listedAt[source] = 0
                visits[visitCount] = Int32(truncatingIfNeeded: source)
                visitCount &+= 1
            }
        }
        levelStarts[1] = visitCount
        levelCount = 1
        var level = 0
        while levelStarts[level + 1] > levelStarts[level] {
            guard level < Self.deepestLevel else { return false }
            let here = Self.everyByte(level), next = Self.everyByte(level + 1)
            let nextMark = Int32(level + 1)
            let toNext = Self.everyByte(0xFF ^ (level + 1))
            for index in levelStarts[level] ..< levelStarts[level + 1] {
                let v = Int(visits[index])
                let active = Self.zeroBytes(levels[v] ^ here)
                let countsV = counts + v &* Self.width
                for arc in offsets[v] ..< offsets[v &+ 1] {
                    let target = targets[arc]
                    let w = Int(target)
                    let levelsW = levels[w]
                    let unreached = Self.zeroBytes(~levelsW)
                    let discovered = active & unreached
                    var successors = active & (unreached | Self.zeroBytes(levelsW ^ next))
                    if discovered != 0 {
                        levels[w] = levelsW ^ (((discovered >> 7) &* 0xFF) & toNext)
                        if listedAt[w] != nextMark {
                            listedAt[w] = nextMark
                            visits[visitCount] = target
                            visitCount &+= 1
                        }
                    }
                    let countsW = counts + w &* Self.width
                    while successors != 0 {
                        let lane = successors.trailingZeroBitCount >> 3
                        countsW[lane] += countsV[lane]
                        successors &= successors &- 1
                    }
                }
            }
            levelStarts[level + 2] = visitCount
            levelCount = level + 2
            level += 1
        }
        // A sum at or past 2⁵³ may have been rounded.
        for index in 0 ..< visitCount {
            let countsV = counts + Int(visits[index]) &* Self.width
            for lane in 0 ..< Self.width where countsV[lane] >= Self.exactIntegerLimit { return false }
        }
        return true
    }

    /// Back-propagation, deepest level first: `δ(v) = σ(v) Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w)` per source,
    /// the sum in the order of `v`'s arcs; then σ(v) becomes the coefficient `(1 + δ(v)) / σ(v)`.
    private func propagateBack(arcs: ArcView) {
        let offsets = arcs.offsets, targets = arcs.targets
        let levels = self.levels, counts = self.counts, dependencies = self.dependencies, sums = self.sums
        let visits = self.visits, levelStarts = self.levelStarts
        var level = levelCount - 1
        while level >= 0 {
            let here = Self.everyByte(level), next = Self.everyByte(level + 1)
            for index in levelStarts[level] ..< levelStarts[level + 1] {
                let v = Int(visits[index])
                let active = Self.zeroBytes(levels[v] ^ here)
                for lane in 0 ..< Self.width { sums[lane] = 0 }
                for arc in offsets[v] ..< offsets[v &+ 1] {
                    let w = Int(targets[arc])
                    var successors = active & Self.zeroBytes(levels[w] ^ next)
                    let coefficientsW = counts + w &* Self.width
                    while successors != 0 {
                        let lane = successors.trailingZeroBitCount >> 3
                        sums[lane] += coefficientsW[lane]
                        successors &= successors &- 1
                    }
                }
                let countsV = counts + v &* Self.width, dependenciesV = dependencies + v &* Self.width
                var lanes = active
                while lanes != 0 {
                    let lane = lanes.trailingZeroBitCount >> 3
                    let sigma = countsV[lane]
                    let dependency = sigma * sums[lane]
                    dependenciesV[lane] = dependency
                    countsV[lane] = (1 + dependency) / sigma
                    lanes &= lanes &- 1
                }
            }
            level -= 1
        }
    }

    /// Adds each reached node's dependencies to `row` in source order, and with `endpoints` what the
    /// per-source kernel adds for them: `δ + 1` for each reached node, the number of other nodes reached for
    /// the source itself (in its lane's turn, so a source's row entry sums in source order too).
    private func addToRow(sources first: Int, count: Int, endpoints: Bool, into row: UnsafeMutablePointer<Double>) {
        let levels = self.levels, dependencies = self.dependencies, listedAt = self.listedAt
        let visits = self.visits, visitCount = self.visitCount
        // A node is listed once per level it is on; the marks −2 and −3 make each pass see it once.
        var reached = [Int](repeating: 0, count: Self.width)
        if endpoints {
            for index in 0 ..< visitCount {
                let v = Int(visits[index])
                guard listedAt[v] >= 0 else { continue }
                listedAt[v] = -2
                let levelsV = levels[v]
                for lane in 0 ..< count where (levelsV >> UInt64(8 * lane)) & 0xFF != 0xFF { reached[lane] += 1 }
            }
        }
        for index in 0 ..< visitCount {
            let v = Int(visits[index])
            guard listedAt[v] != -3 else { continue }
            listedAt[v] = -3
            let levelsV = levels[v]
            for lane in 0 ..< count where (levelsV >> UInt64(8 * lane)) & 0xFF != 0xFF {
                if v == first + lane {
                    if endpoints { row[v] += Double(reached[lane] - 1) }
                } else {
                    let dependency = dependencies[v * Self.width + lane]
                    row[v] += endpoints ? dependency + 1 : dependency
                }
            }
        }
    }

    /// Clears what the pass touched: hop counts, σ and list marks of the visited nodes.
    private func reset() {
        let levels = self.levels, counts = self.counts, listedAt = self.listedAt, visits = self.visits
        for index in 0 ..< visitCount {
            let v = Int(visits[index])
            levels[v] = ~0
            listedAt[v] = -1
            let countsV = counts + v &* Self.width
            for lane in 0 ..< Self.width { countsV[lane] = 0 }
        }
        visitCount = 0
        levelCount = 0
    }
}
