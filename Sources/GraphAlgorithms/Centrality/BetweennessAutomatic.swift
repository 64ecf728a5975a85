import GraphCore

/// Betweenness values, exact or approximate.
public struct BetweennessResult: Sendable {
    /// One value per node, on networkx's scale.
    public let values: [Double]
    /// The sampling guarantee, or nil when the values are exact.
    public let guarantee: BetweennessGuarantee?

    /// Whether the values are exact.
    public var isExact: Bool { guarantee == nil }
}

extension Betweenness {
    /// The default limit on `n × stored arcs` up to which ``automatic(_:length:normalized:exactWorkLimit:epsilon:delta:seed:threads:progress:)``
    /// computes exact values: 4·10⁹, about a 20,000-node, 100,000-edge graph (some 15 s on two cores).
    public static let defaultExactWorkLimit = 4_000_000_000

    /// Exact betweenness when the graph is small enough, otherwise the sampling approximation.
    ///
    /// Chooses ``exact(_:length:normalized:endpoints:threads:progress:)`` (endpoints not counted)
    /// when `n · arcCount ≤ exactWorkLimit` (Brandes' running time is proportional to it), and
    /// ``approximate(_:epsilon:delta:seed:length:normalized:threads:samplesAtMostPairs:progress:)`` otherwise; the
    /// result carries the guarantee when it is approximate, for the caller to print.
    ///
    /// - Throws: as the two methods (invalid `threads`, ε, δ, non-positive weights), and
    ///   ``AlgorithmError/invalidParameter(name:value:reason:)`` for a negative `exactWorkLimit`.
    /// - Complexity: O(min(n m, r (n + m))) with r the approximation's sample size.
    ///
    /// Reference: see the two methods (Brandes 2001, https://doi.org/10.1080/0022250X.2001.9990249;
    /// Riondato–Kornaropoulos 2016, https://doi.org/10.1007/s10618-015-0423-0).
    public static func automatic(
        _ graph: Graph,
        length: EdgeLength = .hops,
        normalized: Bool = true,
        exactWorkLimit: Int = defaultExactWorkLimit,
        epsilon: Double = 0.01,
        delta: Double = 0.1,
        seed: UInt64 = 1,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> BetweennessResult {
        guard exactWorkLimit >= 0 else {
            throw .invalidParameter(name: "exactWorkLimit", value: "\(exactWorkLimit)", reason: "must not be negative")
        }
        let (work, overflow) = graph.nodeCount.multipliedReportingOverflow(by: graph.arcCount)
        if !overflow, work <= exactWorkLimit {
            let values = try exact(
                graph, length: length, normalized: normalized, threads: threads, progress: progress)
            return BetweennessResult(values: values, guarantee: nil)
        }
        let sampled = try approximate(
            graph, epsilon: epsilon, delta: delta, seed: seed, length: length, normalized: normalized,
            threads: threads, progress: progress)
        return BetweennessResult(values: sampled.values, guarantee: sampled.guarantee)
    }
}
