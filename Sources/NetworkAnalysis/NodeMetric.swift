/// The per-node metrics `liaison metrics` can compute, in the order of its columns.
public enum NodeMetric: String, CaseIterable, Sendable {
    case degree
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case strength
    case betweenness
    case closeness
    case harmonic
    case eigenvector
    case pagerank
    case core
    case clustering
    case articulation
    case reach2 = "reach_2"
    case constraint
    case effectiveSize = "effective_size"
    case efficiency

    /// The metric named by a column name, or nil.
    public init?(column: String) { self.init(rawValue: column.lowercased()) }
}

/// How betweenness is computed.
public enum BetweennessMode: Sendable, Equatable {
    /// Exact up to ``MetricRequest/exactWorkLimit``, sampled with the default guarantee (ε 0.01, δ 0.1) above it.
    case automatic
    /// Exact Brandes whatever the size.
    case exact
    /// Riondato–Kornaropoulos sampling with this guarantee: every value within `epsilon` of the
    /// exact one with probability at least 1 − `delta`.
    case approximate(epsilon: Double, delta: Double)
}

/// How closeness and harmonic centrality are computed.
public enum ClosenessMode: Sendable, Equatable {
    /// Exact up to ``MetricRequest/closenessSamplingNodeLimit`` nodes (and always with weighted path
    /// lengths), estimated from sampled sources with a stated guarantee above it.
    case automatic
    /// Every pair, whatever the size.
    case exact
}
