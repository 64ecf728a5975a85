import Foundation
import GraphCore

/// What a sampled closeness and harmonic run guarantees, for the caller to print next to the values.
public struct ClosenessGuarantee: Sendable, Equatable {
    /// Additive error on the per-pivot averages (each in [0, 1]; see ``Closeness/estimated(_:epsilon:delta:seed:threads:progress:)``).
    public let epsilon: Double
    /// Failure probability: every bound holds for every node at once with probability at least `1 − delta`.
    public let delta: Double
    /// Number of sampled source nodes (pivots).
    public let samples: Int
    /// The seed; the same seed, graph and parameters give the same values on any thread count.
    public let seed: UInt64
    /// Bound on `|Ĥ(v) − H(v)|` for every node: `epsilon · n`.
    public let harmonicError: Double
    /// Bound on the error of every node's mean distance from the others, `Σd / (n − 1)` (the
    /// inverse of its closeness when every node reaches it): `epsilon · Δ · n / (n − 1)` hops.
    public let meanDistanceError: Double
    /// The upper bound `Δ` on the hop distance between two nodes used in ``meanDistanceError``.
    public let distanceBound: Int
}

/// Closeness and harmonic values, exact or estimated.
public struct ClosenessResult: Sendable {
    public let closeness: [Double]
    public let harmonic: [Double]
    /// The sampling guarantee, or nil when the values are exact.
    public let guarantee: ClosenessGuarantee?
}

extension Closeness {
    /// Above this many nodes ``automatic(_:length:exact:samplingNodeLimit:epsilon:delta:seed:threads:progress:)``
    /// estimates closeness and harmonic centrality instead of computing them over every pair.
    public static let defaultSamplingNodeLimit = 50_000
    /// The default additive error of the estimate on the per-pivot averages.
    public static let defaultEpsilon = 0.03
    /// The default failure probability of the estimate.
    public static let defaultDelta = 0.1

    /// Exact closeness and harmonic centrality when the graph is small (or `exact`), estimated
    /// from sampled sources otherwise.
    ///
    /// Estimates when `exact` is false, the graph has more than `samplingNodeLimit` nodes, path
    /// lengths are hops (weighted lengths are always exact), and the sample is smaller than the
    /// graph; otherwise ``closenessAndHarmonic(_:length:threads:progress:)``.
    /// - Throws: as the two methods, and ``AlgorithmError/invalidParameter(name:value:reason:)``
    ///   for a negative `samplingNodeLimit`.
    /// - Complexity: O(min(n, k) · (n + m · depth) / 64) (256 when sampled), k the sample size.
    public static func automatic(
        _ graph: Graph,
        length: EdgeLength = .hops,
        exact: Bool = false,
        samplingNodeLimit: Int = defaultSamplingNodeLimit,
        epsilon: Double = defaultEpsilon,
        delta: Double = defaultDelta,
        seed: UInt64 = 1,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> ClosenessResult {
        guard samplingNodeLimit >= 0 else {
            throw .invalidParameter(
                name: "samplingNodeLimit", value: "\(samplingNodeLimit)", reason: "must not be negative")
        }
        let n = graph.nodeCount
        let unitLengths = try PathLengths.resolve(length, for: graph) == nil
        if !exact, unitLengths, n > samplingNodeLimit,
           try sampleCount(nodeCount: n, epsilon: epsilon, delta: delta) < Double(n) {
            let estimate = try estimated(
                graph, epsilon: epsilon, delta: delta, seed: seed, threads: threads, progress: progress)
            return estimate
        }
        let values = try closenessAndHarmonic(graph, length: length, threads: threads, progress: progress)
        return ClosenessResult(closeness: values.closeness, harmonic: values.harmonic, guarantee: nil)
    }

    /// Closeness and harmonic centrality (hop distances) estimated from `k` sampled source nodes,
    /// with a uniform guarantee.
    ///
    /// **Method** (Eppstein and Wang's pivots). Draw `k` distinct nodes ("pivots") uniformly with
    /// `seed`, run one BFS from each along the arcs (bit-parallel, 256 at a time), and for every
    /// node `v` sum over the pivots `s ≠ v` that reach it: `1`, `d(s, v)` and `1/d(s, v)`. Scaled
    /// by `n/k` these are unbiased for the nodes that reach `v` (`r − 1`), their distance sum `D`
    /// and `H(v)`; closeness is then `(r̂ − 1)² / ((n − 1) D̂)`, as the exact formula, and 0 when no
    /// pivot reaches `v`. Directed graphs use incoming distances, as the exact values.
    ///
    /// **Guarantee.** Each sum is `n` times the mean over the n nodes of a quantity in [0, 1]
    /// (`1/d`, the reach indicator, `d/Δ` with `Δ` an upper bound on hop distances). By Hoeffding's
    /// inequality (which also holds for sampling without replacement) and a union bound over the
    /// 3n means, `k = ⌈ln(6n/δ) / (2ε²)⌉` pivots make every mean within ε with probability at least
    /// `1 − δ`: every `|Ĥ(v) − H(v)| ≤ εn`, and every mean distance `D/(n − 1)` within
    /// `εΔ·n/(n − 1)` hops. The inverse distances are summed in fixed point (2⁻³² units), which
    /// moves each harmonic value by at most `n·2⁻³³`; the result is identical for every `threads`.
    ///
    /// - Parameters:
    ///   - graph: the graph (weights ignored: hop distances).
    ///   - epsilon: additive error on the means, in (0, 1).
    ///   - delta: failure probability, in (0, 1).
    ///   - seed: random seed of the pivots.
    ///   - threads: worker threads; must be ≥ 1.
    ///   - progress: called with the finished fraction (0…1) from worker threads.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for ε or δ outside (0, 1) or
    ///   `threads < 1`.
    /// - Complexity: O(k/256 · (n + m · depth)) time; O(n) memory per thread.
    ///
    /// References: D. Eppstein, J. Wang, "Fast approximation of centrality", Journal of Graph
    /// Algorithms and Applications 8(1), 2004, https://doi.org/10.7155/jgaa.00081; W. Hoeffding,
    /// "Probability inequalities for sums of bounded random variables", JASA 58(301), 1963,
    /// https://doi.org/10.1080/01621459.1963.10500830.
    public static func estimated(
        _ graph: Graph,
        epsilon: Double = defaultEpsilon,
        delta: Double = defaultDelta,
        seed: UInt64 = 1,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> ClosenessResult {
        try ParallelWork.validate(threads: threads)
        let n = graph.nodeCount
        let k = Int(min(try sampleCount(nodeCount: n, epsilon: epsilon, delta: delta), Double(n)))
        let pivots = PivotSweep.pivots(nodeCount: n, count: k, seed: seed)
        let sums = PivotSweep.sums(graph, pivots: pivots, threads: threads, progress: progress)
        let scale = Double(n) / Double(max(k, 1))
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        for v in 0 ..< n {
            harmonic[v] = Double(sums.inverseDistanceSum[v]) / TargetCounts.inverseScale * scale
            guard sums.distanceSum[v] > 0, n > 1 else { continue }
            let reachedOthers = Double(sums.reached[v]) * scale
            var value = reachedOthers / (Double(sums.distanceSum[v]) * scale)
            value *= reachedOthers / Double(n - 1)
            closeness[v] = value
        }
        let distanceBound = max(VertexDiameter.upperBound(graph, unitLengths: true) - 1, 1)
        let guarantee = ClosenessGuarantee(
            epsilon: epsilon, delta: delta, samples: k, seed: seed, harmonicError: epsilon * Double(n),
            meanDistanceError: epsilon * Double(distanceBound) * Double(n) / Double(max(n - 1, 1)),
            distanceBound: distanceBound)
        return ClosenessResult(closeness: closeness, harmonic: harmonic, guarantee: guarantee)
    }

    /// The pivot count `⌈ln(6n/δ) / (2ε²)⌉` of ``estimated(_:epsilon:delta:seed:threads:progress:)``,
    /// as a `Double` (it can exceed every integer for a tiny ε).
    static func sampleCount(nodeCount n: Int, epsilon: Double, delta: Double) throws(AlgorithmError) -> Double {
        guard epsilon > 0, epsilon < 1 else {
            throw .invalidParameter(name: "epsilon", value: "\(epsilon)", reason: "must lie strictly between 0 and 1")
        }
        guard delta > 0, delta < 1 else {
            throw .invalidParameter(name: "delta", value: "\(delta)", reason: "must lie strictly between 0 and 1")
        }
        return (log(6 * Double(max(n, 1)) / delta) / (2 * epsilon * epsilon)).rounded(.up)
    }
}
