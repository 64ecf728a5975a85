import Foundation
import GraphCore

/// What an approximate betweenness run guarantees, for the CLI to print next to the values.
public struct BetweennessGuarantee: Sendable, Equatable {
    /// Additive error bound on the `1/(n(n−1))` ordered-pair scale of Riondato and Kornaropoulos.
    public let epsilon: Double
    /// Failure probability: all nodes are within the bound with probability at least `1 − delta`.
    public let delta: Double
    /// The same bound on the scale of the returned values (`epsilon · n/(n−2)` when normalised,
    /// `epsilon · n(n−1)` (halved if undirected) when not).
    public let epsilonOnReturnedScale: Double
    /// Number of sampled node pairs.
    public let samples: Int
    /// The seed; the same seed, graph and parameters give the same values on any thread count.
    public let seed: UInt64
    /// The upper bound on the vertex diameter used to size the sample.
    public let vertexDiameterBound: Int
}

/// Approximate betweenness values and their guarantee.
public struct ApproximateBetweenness: Sendable {
    /// One value per node, on networkx's scale (see ``Betweenness/exact(_:length:normalized:endpoints:threads:progress:)``).
    public let values: [Double]
    public let guarantee: BetweennessGuarantee
}

extension Betweenness {
    /// Sampling approximation of betweenness with an (ε, δ) guarantee (Riondato–Kornaropoulos).
    ///
    /// **Method.** Draw `r` ordered pairs `(s, t)`, `s ≠ t`, uniformly; for each, if `t` is
    /// reachable, pick one shortest `s`–`t` path uniformly at random (backwards from `t`, choosing a
    /// predecessor `v` with probability `σ_sv / σ_sw`) and add `1/r` to its interior nodes. The
    /// estimate `b̃(v)` is unbiased for `b(v) / (n(n−1))`, and with
    /// `r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉`, `c = 1` (NetworKit's default; 0.5 is the
    /// empirical estimate of the constant), `|b̃(v) − b(v)/(n(n−1))| ≤ ε` for all `v` at once with
    /// probability ≥ `1 − δ`. `VD` is bounded from above by `2·ecc + 1` per component (undirected,
    /// hops) or by the largest weakly connected component's size (directed or weighted).
    ///
    /// **Scale.** Values are returned on networkx's scale: normalised → multiplied by
    /// `n/(n−2)` (pairs with `v` as an endpoint contribute nothing, so the same sum is divided by
    /// `(n−1)(n−2)`); unnormalised → multiplied by `n(n−1)`, halved if undirected. Endpoints are
    /// not counted. For `n < 3`, or when no shortest path has an interior node, values are the
    /// exact zeros and `samples` is 0.
    ///
    /// **Determinism and parallelism.** Samples are drawn in fixed blocks, each from its own
    /// SplitMix64 stream derived from `seed` and the block index; counts are integers, so the
    /// result is identical for every `threads` value.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - epsilon: additive error, in (0, 1).
    ///   - delta: failure probability, in (0, 1).
    ///   - seed: random seed.
    ///   - length: how weights become path lengths (default hops).
    ///   - normalized: networkx's normalisation (default true).
    ///   - threads: worker threads (default: active processors); must be ≥ 1.
    ///   - samplesAtMostPairs: refuse an ε that needs more samples than the graph's ordered pairs (the CLI's
    ///     rule); otherwise the limit is ``maximumSamples``.
    ///   - progress: called with the finished fraction (0…1) from worker threads.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for ε or δ outside (0, 1), for an
    ///   ε so small that the sample would pass its limit (`samplesAtMostPairs`: the `n(n − 1)` ordered
    ///   pairs, where exact Brandes is cheaper; otherwise ``maximumSamples``, so the count stays bounded),
    ///   `threads < 1`, or a weight ≤ 0 under a weighted `length`.
    /// - Complexity: O(r · (n + m)) time in the worst case (each search stops at its target);
    ///   O(n) memory per thread.
    ///
    /// Reference: M. Riondato, E. M. Kornaropoulos, "Fast approximation of betweenness centrality
    /// through sampling", Data Mining and Knowledge Discovery 30(2), 2016,
    /// https://doi.org/10.1007/s10618-015-0423-0.
    public static func approximate(
        _ graph: Graph,
        epsilon: Double = 0.01,
        delta: Double = 0.1,
        seed: UInt64 = 1,
        length: EdgeLength = .hops,
        normalized: Bool = true,
        threads: Int = Parallelism.defaultThreadCount,
        samplesAtMostPairs: Bool = false,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> ApproximateBetweenness {
        guard epsilon > 0, epsilon < 1 else {
            throw .invalidParameter(name: "epsilon", value: "\(epsilon)", reason: "must lie strictly between 0 and 1")
        }
        guard delta > 0, delta < 1 else {
            throw .invalidParameter(name: "delta", value: "\(delta)", reason: "must lie strictly between 0 and 1")
        }
        try ParallelWork.validate(threads: threads)
        let lengths = try PathLengths.resolve(length, for: graph, countingPaths: true)
        let n = graph.nodeCount
        let diameterBound = VertexDiameter.upperBound(graph, unitLengths: lengths == nil)
        let pairScale = Double(n) * Double(max(n - 1, 0))
        let returnedScale = normalized ? Double(n) / Double(max(n - 2, 1)) : pairScale * (graph.isDirected ? 1 : 0.5)
        func result(_ values: [Double], samples: Int) -> ApproximateBetweenness {
            ApproximateBetweenness(
                values: values,
                guarantee: BetweennessGuarantee(
                    epsilon: epsilon, delta: delta, epsilonOnReturnedScale: epsilon * returnedScale, samples: samples,
                    seed: seed, vertexDiameterBound: diameterBound))
        }
        guard n >= 3, diameterBound >= 3 else {
            return result([Double](repeating: 0, count: n), samples: 0)
        }
        // A tiny ε makes the count overflow or the run endless; more samples than ordered pairs cost more
        // than exact Brandes. Refuse past the limit, naming the smallest ε that stays within it.
        let limit = samplesAtMostPairs ? pairScale : Double(maximumSamples)
        let needed = sampleCount(epsilon: epsilon, delta: delta, vertexDiameter: diameterBound)
        guard needed <= limit else {
            let smallest = (sampleCount(epsilon: 1, delta: delta, vertexDiameter: diameterBound) / limit).squareRoot()
            // Rounded up to three significant digits, so the value printed is itself accepted.
            let unit = pow(10, (log10(smallest)).rounded(.down) - 2)
            let shown = String(format: "%.3g", (smallest / unit).rounded(.up) * unit)
            let count = needed < 1e15 ? String(Int(needed)) : String(format: "%.3g", needed)
            let advice = smallest < 1
                ? "use an epsilon of at least \(shown) (and below 1), or exact betweenness"
                : "no epsilon below 1 needs fewer, so use exact betweenness"
            throw .invalidParameter(
                name: "epsilon", value: "\(epsilon)",
                reason: "sampling would need \(count) paths, more than "
                    + (samplesAtMostPairs
                        ? "the \(Int(limit)) ordered pairs of nodes (exact betweenness is cheaper)"
                        : "the limit of \(maximumSamples)") + ": \(advice)")
        }
        let samples = Int(needed)
        let counts = PathSampler.countInteriorVisits(
            graph, lengths: lengths, samples: samples, seed: seed, threads: threads, progress: progress)
        let factor = returnedScale / Double(samples)
        return result(counts.map { Double($0) * factor }, samples: samples)
    }

    /// The most sampled paths one approximation draws (about 2·10⁹).
    public static let maximumSamples = Int(Int32.max)

    /// Riondato–Kornaropoulos sample size with universal constant `c = 1`, as a `Double` (it can exceed
    /// every integer for a tiny ε).
    static func sampleCount(epsilon: Double, delta: Double, vertexDiameter: Int) -> Double {
        let inverse = 1 / delta
        let logTerm = Double((vertexDiameter - 2).floorLog2()) + 1 + (inverse.isFinite ? log(inverse) : -log(delta))
        return (logTerm / (epsilon * epsilon)).rounded(.up)
    }
}

extension Int {
    /// ⌊log₂ self⌋ for self ≥ 1.
    fileprivate func floorLog2() -> Int {
        Int.bitWidth - 1 - leadingZeroBitCount
    }
}
