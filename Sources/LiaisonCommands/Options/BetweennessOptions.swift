import ArgumentParser
import NetworkAnalysis

/// How betweenness and eigenvector centrality are computed: shared by `metrics` and `export`.
public struct BetweennessOptions: ParsableArguments {
    @Flag(help: "Exact betweenness, closeness and harmonic whatever the network's size.")
    public var exact = false

    @Option(help: "Estimate betweenness by sampling, each value within EPSILON of the exact one (normalised scale).")
    public var epsilon: Double?

    @Option(help: "With --epsilon, the probability that any value misses the bound.")
    public var delta: Double = 0.1

    @Option(
        name: .customLong("eigen-tolerance"),
        help: "Stop eigenvector centrality as networkx does with tol=T (at most 100 iterations; 1e-6 gives networkx's default output). Default: run to convergence (1e-12).")
    public var eigenTolerance: Double?

    @Option(help: "Seed of the betweenness sampling.")
    public var seed: UInt64 = 1

    public init() {}

    public func validate() throws {
        if exact && epsilon != nil { throw ValidationError("--exact and --epsilon cannot be used together.") }
        if let epsilon, !(epsilon > 0 && epsilon < 1) { throw ValidationError("--epsilon must lie between 0 and 1.") }
        if !(delta > 0 && delta < 1) { throw ValidationError("--delta must lie between 0 and 1.") }
        if let eigenTolerance, !(eigenTolerance > 0 && eigenTolerance < 1) {
            throw ValidationError("--eigen-tolerance must lie between 0 and 1 (networkx's default is 1e-6).")
        }
    }

    /// `request` with these options' betweenness and closeness mode, sampling seed and eigenvector stop.
    func applied(to request: MetricRequest) -> MetricRequest {
        var result = request
        result.seed = seed
        result.eigenvectorTolerance = eigenTolerance
        if exact { result.betweenness = .exact; result.closeness = .exact }
        if let epsilon { result.betweenness = .approximate(epsilon: epsilon, delta: delta) }
        return result
    }
}
