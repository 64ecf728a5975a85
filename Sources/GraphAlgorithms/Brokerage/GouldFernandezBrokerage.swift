import GraphCore

/// Gould–Fernandez brokerage: how often each node mediates between two others that are not tied,
/// split by the groups involved, with expectations, standard deviations and z-scores under a
/// random graph of the same density, exactly as R `sna::brokerage(g, cl)` reports them.
///
/// **Definition.** Node `b` brokers the ordered pair `(a, c)` when `a → b → c` and not `a → c`,
/// with `a`, `b`, `c` distinct. Each such open two-path counts once for `b` in one role,
/// determined by the groups (see ``BrokerageRole``): coordinator `w_I` (`A→A→A`), itinerant `w_O`
/// (`A→B→A`), representative `b_IO` (`A→A→B`), gatekeeper `b_OI` (`A→B→B`), liaison `b_O`
/// (`A→B→C`), and the total `t`. The network counts are the sums over nodes.
///
/// **Null model.** A Bernoulli digraph with the observed density `d = m / (N(N − 1))`, `m` the
/// number of arcs *including self-loops*: sna's `brokerage` sums the whole adjacency matrix,
/// diagonal included (so `d` differs from `sna::gden`, which skips the diagonal, exactly when there
/// are self-loops); see ``BrokerageNullModel`` for the moments. `d` is NaN when `N < 2`. The z-score
/// is `(observed − expected) / sd`; it is NaN when both are 0 (e.g. a coordinator score in a
/// group of one or two), as in R.
///
/// **Conventions.** Directed graphs use the arcs as given (`a → b` out of `a`, into `b`).
/// Undirected graphs are treated as symmetric digraphs: each tie is two arcs (`m` = twice the
/// ties), so an open triad `a – b – c` counts **twice** for `b`, as `a → b → c` and `c → b → a`
/// (sna on a symmetric adjacency matrix does the same). Self-loops never form a two-path (the
/// three nodes are distinct) but count in `m`, as above. Tie strengths are ignored: a tie is
/// present or absent. Disconnected graphs need nothing special.
///
/// **Every node must have a group**: a label of -1 is refused, as sna needs a class for every
/// vertex and the null model is defined on a complete partition; give ungrouped nodes a group of
/// their own (one shared "no group" label, or one each) if they should take part.
///
/// - Complexity: O(Σ_b Σ_{a ∈ in(b)} (d⁺(a) + d⁺(b))) time for the counts (≤ O(m · d_max)),
///   parallel over blocks of brokers with one O(n) scratch row per worker; O(g + D²) for the
///   moments (g groups with D distinct sizes); O(n) memory for the result.
///
/// Reference: R. V. Gould and R. M. Fernandez, "Structures of mediation: a formal approach to
/// brokerage in transaction networks", Sociological Methodology 19, 89–126 (1989),
/// doi:10.2307/270949.
public enum GouldFernandezBrokerage {
    /// Per-node and network brokerage scores (sna's `*.nli` and `*.gli`).
    public struct Result: Sendable {
        /// Observed counts per node (whole numbers), sna `raw.nli`.
        public let raw: [BrokerageScores]
        /// Expected counts per node (they depend only on the node's group), sna `exp.nli`.
        public let expected: [BrokerageScores]
        /// Standard deviations per node, sna `sd.nli`.
        public let standardDeviation: [BrokerageScores]
        /// `(raw − expected) / sd` per node, sna `z.nli`.
        public let zScore: [BrokerageScores]
        /// Observed counts summed over all nodes, sna `raw.gli`.
        public let networkRaw: BrokerageScores
        /// sna `exp.gli`.
        public let networkExpected: BrokerageScores
        /// sna `sd.gli`.
        public let networkStandardDeviation: BrokerageScores
        /// sna `z.gli`.
        public let networkZScore: BrokerageScores
        /// The density `d` of the null model: all arcs, self-loops included, over `N(N − 1)`.
        public let density: Double
    }

    /// Brokers per unit of parallel work.
    private static let blockSize = 64

    /// Brokerage scores of every node for the grouping `groups` (see the type's documentation).
    /// - Parameters:
    ///   - groups: one label per node, in `0..<groupCount` (no -1: every node needs a group).
    ///   - groupCount: number of groups; labels need not all be used.
    ///   - threads: worker threads (default: active processors); must be ≥ 1.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `groups` does not
    ///   have one label per node, a label is -1 or outside `0..<groupCount`, `groupCount < 0`, or
    ///   `threads < 1`.
    /// - Complexity: see the type's documentation.
    public static func compute(
        _ graph: Graph, groups: [Int32], groupCount: Int, threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> Result {
        try ParallelWork.validate(threads: threads)
        let sizes = try groupSizes(groups, groupCount: groupCount, nodeCount: graph.nodeCount)
        let raw = countRoles(graph, groups: groups, threads: threads)
        let n = graph.nodeCount
        // Every stored arc: an undirected tie is two arcs, any self-loop one (sna's Σ g_ij).
        let density = Double(graph.arcCount) / (Double(n) * Double(n - 1))
        let model = BrokerageNullModel(density: density, nodeCount: n, groupSizes: sizes)

        let perGroup = sizes.map { model.broker(groupSize: $0) }
        var expected: [BrokerageScores] = [], deviation: [BrokerageScores] = [], z: [BrokerageScores] = []
        expected.reserveCapacity(n)
        deviation.reserveCapacity(n)
        z.reserveCapacity(n)
        var networkRaw = BrokerageScores(repeating: 0)
        for node in 0..<n {
            let moments = perGroup[Int(groups[node])]
            expected.append(moments.expected)
            deviation.append(moments.sd)
            z.append(.zScores(raw[node], moments.expected, moments.sd))
            for role in BrokerageRole.allCases { networkRaw[role] += raw[node][role] }
        }
        let network = model.network()
        return Result(
            raw: raw, expected: expected, standardDeviation: deviation, zScore: z, networkRaw: networkRaw,
            networkExpected: network.expected, networkStandardDeviation: network.sd,
            networkZScore: .zScores(networkRaw, network.expected, network.sd), density: density)
    }

    /// Members per group, after checking the grouping.
    private static func groupSizes(
        _ groups: [Int32], groupCount: Int, nodeCount: Int
    ) throws(AlgorithmError) -> [Int] {
        guard groupCount >= 0 else {
            throw .invalidParameter(name: "groupCount", value: "\(groupCount)", reason: "must not be negative")
        }
        guard groups.count == nodeCount else {
            throw .invalidParameter(
                name: "groups", value: "\(groups.count) labels", reason: "needs one label per node (\(nodeCount))")
        }
        var sizes = [Int](repeating: 0, count: groupCount)
        for (node, label) in groups.enumerated() {
            if label == -1 {
                throw .invalidParameter(
                    name: "groups[\(node)]", value: "-1",
                    reason: "brokerage needs a group for every node; give ungrouped nodes a group of their own")
            }
            guard label >= 0, Int(label) < groupCount else {
                throw .invalidParameter(
                    name: "groups[\(node)]", value: "\(label)", reason: "must be in 0..<\(groupCount)")
            }
            sizes[Int(label)] += 1
        }
        return sizes
    }

    /// The observed role counts of every broker.
    private static func countRoles(_ graph: Graph, groups: [Int32], threads: Int) -> [BrokerageScores] {
        let n = graph.nodeCount
        let roleCount = BrokerageRole.allCases.count - 1
        let counts = SharedBuffer<Int>.allocate(count: n * roleCount, repeating: 0)
        defer { counts.deallocate() }
        ArcRows.with(graph, groups) { rows in
            // Invariant (SharedBuffer): each block writes only the rows of its own brokers.
            ParallelWork.run(
                units: (n + blockSize - 1) / blockSize, threads: threads, progress: nil,
                makeScratch: { OutRowMarks(nodeCount: n) },
                body: { marks, block in
                    for broker in block * blockSize..<min(n, (block + 1) * blockSize) {
                        countRoles(of: broker, rows, marks, into: counts.base + broker * roleCount)
                    }
                })
        }
        return (0..<n).map { node in
            let row = counts.base + node * roleCount
            var scores = BrokerageScores(repeating: 0)
            var total = 0
            for (index, role) in BrokerageRole.allCases.dropLast().enumerated() {
                scores[role] = Double(row[index])
                total += row[index]
            }
            scores.total = Double(total)
            return scores
        }
    }

    /// Adds to `row` (indexed by ``BrokerageRole/rawValue``) the open two-paths through `broker`.
    private static func countRoles(
        of broker: Int, _ rows: ArcRows, _ marks: OutRowMarks, into row: UnsafeMutablePointer<Int>
    ) {
        let brokerGroup = rows.groups[broker]
        let outStart = rows.outOffsets[broker], outEnd = rows.outOffsets[broker + 1]
        for p in rows.inOffsets[broker]..<rows.inOffsets[broker + 1] {
            let source = Int(rows.inTargets[p])
            if source == broker { continue }
            marks.mark(rows.outTargets, from: rows.outOffsets[source], to: rows.outOffsets[source + 1])
            let sourceGroup = rows.groups[source]
            for q in outStart..<outEnd {
                let target = Int(rows.outTargets[q])
                if target == broker || target == source || marks.isMarked(target) { continue }
                let role = BrokerageRole.of(source: sourceGroup, broker: brokerGroup, target: rows.groups[target])
                row[role.rawValue] &+= 1
            }
        }
    }

    /// Read-only views of the CSR arrays and the labels for the parallel kernel; valid only inside
    /// ``with(_:_:_:)``, and never written.
    private struct ArcRows: @unchecked Sendable {
        let outOffsets: UnsafePointer<Int>
        let outTargets: UnsafePointer<Int32>
        let inOffsets: UnsafePointer<Int>
        let inTargets: UnsafePointer<Int32>
        let groups: UnsafePointer<Int32>

        static func with(_ graph: Graph, _ groups: [Int32], _ body: (ArcRows) -> Void) {
            graph.outOffsets.withUnsafeBufferPointer { outOffsets in
                graph.outTargets.withUnsafeBufferPointer { outTargets in
                    graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                        graph.inTargets.withUnsafeBufferPointer { inTargets in
                            groups.withUnsafeBufferPointer { labels in
                                // Empty arrays (no arcs, no nodes) have no base address and nothing to read.
                                guard let outOffsetBase = outOffsets.baseAddress,
                                    let inOffsetBase = inOffsets.baseAddress,
                                    let outTargetBase = outTargets.baseAddress,
                                    let inTargetBase = inTargets.baseAddress,
                                    let labelBase = labels.baseAddress
                                else { return }
                                body(
                                    ArcRows(
                                        outOffsets: outOffsetBase, outTargets: outTargetBase, inOffsets: inOffsetBase,
                                        inTargets: inTargetBase, groups: labelBase))
                            }
                        }
                    }
                }
            }
        }
    }

    /// One worker's marks of the current source's out-neighbours: a stamp per node, bumped per
    /// source, so nothing is ever cleared.
    private final class OutRowMarks {
        private let stamp: UnsafeMutablePointer<Int>
        private var current = 0

        init(nodeCount: Int) {
            stamp = .allocate(capacity: max(nodeCount, 1))
            stamp.initialize(repeating: 0, count: max(nodeCount, 1))
        }

        deinit { stamp.deallocate() }

        /// Marks `targets[start..<end]`, one source's out-row (and forgets the previous marks).
        func mark(_ targets: UnsafePointer<Int32>, from start: Int, to end: Int) {
            current += 1
            for p in start..<end {
                stamp[Int(targets[p])] = current
            }
        }

        /// Whether `node` is an out-neighbour of the last marked source.
        func isMarked(_ node: Int) -> Bool { stamp[node] == current }
    }
}
