import GraphCore

/// A permutation test of the network E-I index: is the observed balance of within- and
/// between-group ties more extreme than the grouping's sizes alone would give?
///
/// Each permutation shuffles the labels among the grouped nodes (a uniform Fisher–Yates shuffle, so
/// group sizes are preserved and ungrouped nodes stay ungrouped) and recomputes the network E-I index
/// of ``GroupMixing`` on the same ties (undirected: each edge once; directed: each arc once; weighted
/// or not). Permutation `k` draws from its own SplitMix64 stream of `seed`, so the result depends on
/// the seed only, not on `threads`.
///
/// Kernel: each permutation is O(g) to draw and O(m) to score. With unit weights and at most 256
/// groups, eight labellings are packed one byte each into a `UInt64` per node and scored in one
/// pass over the ties (byte-wise equality by XOR, see `GroupedTies`), which gives identical counts.
///
/// p-values use the `(count + 1) / (permutations + 1)` convention, which counts the observed labelling
/// as one of the permutations and never gives 0. Two E-I values closer than 1e-12 count as equal
/// (weighted sums in another order may differ in the last bits).
///
/// Reference: D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an
/// experimental simulation", Soc. Psychol. Q. 51(2), 123–140 (1988), doi:10.2307/2786835; p-values as
/// B. V. North, D. Curtis and P. C. Sham, "A note on the calculation of empirical P values from Monte
/// Carlo procedures", Am. J. Hum. Genet. 71(2), 439–441 (2002), doi:10.1086/341527.
public struct EIPermutationTest: Sendable, Equatable {
    /// The observed network E-I index (NaN without grouped ties, and then every other value is NaN).
    public let observed: Double
    /// The mean E-I index over the permutations.
    public let meanPermuted: Double
    /// `(#{EI_perm ≥ EI_obs} + 1) / (permutations + 1)`: small when the groups are unusually open.
    public let pGreaterOrEqual: Double
    /// `(#{EI_perm ≤ EI_obs} + 1) / (permutations + 1)`: small when the groups are unusually closed.
    public let pLessOrEqual: Double
    /// Number of permutations drawn.
    public let permutations: Int

    /// The most permutations one test draws: their values are kept (8 bytes each, 80 MB at most), and
    /// p-values finer than 1e-7 say nothing more.
    public static let maximumPermutations = 10_000_000

    /// Runs the test.
    /// - Parameters:
    ///   - permutations: number of random labellings, from 1 to ``maximumPermutations`` (default 5,000).
    ///   - seed: the seed of the random streams.
    ///   - threads: worker threads, at least 1.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for an invalid grouping,
    ///   `permutations` outside 1…``maximumPermutations`` or `threads < 1`.
    /// - Complexity: O(n + permutations · (g + m)) time for g grouped nodes and m ties, O(g) scratch
    ///   per worker and O(permutations) for the permuted values.
    public static func run(
        _ graph: Graph, groups: [Int32], groupCount: Int, weighted: Bool = false, permutations: Int = 5_000,
        seed: UInt64 = 0, threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> EIPermutationTest {
        try GroupLabels.validate(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        try ParallelWork.validate(threads: threads)
        guard permutations >= 1, permutations <= maximumPermutations else {
            throw .invalidParameter(
                name: "permutations", value: "\(permutations)",
                reason: "must lie between 1 and \(maximumPermutations)")
        }
        let ties = GroupedTies(graph, groups: groups, weighted: weighted)
        let total = ties.totalWeight
        guard total > 0 else {
            return EIPermutationTest(
                observed: .nan, meanPermuted: .nan, pGreaterOrEqual: .nan, pLessOrEqual: .nan,
                permutations: permutations)
        }
        let observed = ties.labels.withUnsafeBufferPointer { (total - 2 * ties.internalWeight(labels: $0)) / total }
        let permuted = SharedBuffer<Double>.allocate(count: permutations, repeating: 0)
        defer { permuted.deallocate() }
        // Eight labellings per pass over the ties when the counts are integers and labels fit a byte.
        let packed = ties.hasUnitWeights && groupCount <= 256
        let blockSize = 64
        let blocks = (permutations + blockSize - 1) / blockSize
        // Each unit writes only the entries of its own block of permutations (SharedBuffer's invariant).
        ParallelWork.run(
            units: blocks, threads: threads, progress: nil,
            makeScratch: { PermutationScratch(labels: ties.labels, packed: packed) },
            body: { scratch, block in
                let end = min(permutations, (block + 1) * blockSize)
                for batch in stride(from: block * blockSize, to: end, by: packed ? 8 : 1) {
                    let lanes = min(packed ? 8 : 1, end - batch)
                    let inside = scratch.internalWeights(
                        ties, permutations: batch..<batch + lanes, seed: seed)
                    for lane in 0..<lanes { permuted.base[batch + lane] = (total - 2 * inside[lane]) / total }
                }
            })
        var sum = 0.0, atLeast = 0, atMost = 0
        let tolerance = 1e-12
        for value in UnsafeBufferPointer(start: permuted.base, count: permutations) {
            sum += value
            if value >= observed - tolerance { atLeast += 1 }
            if value <= observed + tolerance { atMost += 1 }
        }
        let denominator = Double(permutations + 1)
        return EIPermutationTest(
            observed: observed, meanPermuted: sum / Double(permutations),
            pGreaterOrEqual: Double(atLeast + 1) / denominator, pLessOrEqual: Double(atMost + 1) / denominator,
            permutations: permutations)
    }

    /// A uniform integer in `0..<bound` (bound ≥ 1) by Lemire's multiply-and-reject method,
    /// doi:10.1145/3230636, written out so that the stream is the same on every Swift version.
    static func uniform(below bound: UInt64, using random: inout SplitMix64) -> UInt64 {
        var product = random.next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = random.next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }
}

/// One worker's labels: the labelling being shuffled and, for unit weights and labels that fit a
/// byte, eight labellings packed one byte each per node.
private struct PermutationScratch {
    var labels: [Int32]
    var packed: [UInt64]

    init(labels: [Int32], packed: Bool) {
        self.labels = labels
        self.packed = packed ? [UInt64](repeating: 0, count: labels.count) : []
    }

    /// The internal tie weight under the labellings of the given permutation indices (eight at
    /// most, or one without packing), each drawn from the observed labels by its own stream.
    mutating func internalWeights(
        _ ties: GroupedTies, permutations: Range<Int>, seed: UInt64
    ) -> SIMD8<Double> {
        let usePacking = !packed.isEmpty
        if usePacking { for node in packed.indices { packed[node] = 0 } }
        var single = SIMD8<Double>()
        for (lane, index) in permutations.enumerated() {
            labels.withUnsafeMutableBufferPointer { labels in
                // Start every permutation from the observed labels, so that it depends on its index only.
                for node in 0..<labels.count { labels[node] = ties.labels[node] }
                var random = SplitMix64.stream(seed: seed, index: index)
                Self.shuffle(labels, using: &random)
                if !usePacking {
                    single[lane] = ties.internalWeight(labels: UnsafeBufferPointer(labels))
                }
            }
            if usePacking {
                let shift = UInt64(8 * lane)
                for node in packed.indices { packed[node] |= UInt64(UInt8(truncatingIfNeeded: labels[node])) << shift }
            }
        }
        guard usePacking else { return single }
        return packed.withUnsafeBufferPointer { ties.internalTieCounts(packedLabels: $0) }
    }

    /// A uniform random permutation of `labels` (Fisher–Yates).
    static func shuffle(_ labels: UnsafeMutableBufferPointer<Int32>, using random: inout SplitMix64) {
        var i = labels.count - 1
        while i > 0 {
            let j = Int(EIPermutationTest.uniform(below: UInt64(i + 1), using: &random))
            labels.swapAt(i, j)
            i -= 1
        }
    }
}
