import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// What ``NetworkChange/compare(before:after:options:)`` measures, and on which graph.
public struct ChangeOptions: Sendable {
    /// The graph every indicator and centrality is measured on (undirected, every kind, by default).
    public var projection = GraphProjection()
    /// Optional grouping for the E-I index, cross-group ties and the groups practices reach, made on each
    /// side's own network. Community names (`community-1`, …) do not carry meaning across sides, so with
    /// communities cross-group changes are only indicative.
    public var grouping: GroupingSpec?
    /// Risers and fallers listed per centrality; 0 or more.
    public var top = 10
    /// Whether to find the centrality risers and fallers (``NetworkChange/centrality``), which costs a
    /// betweenness run on each side (O(*n*·*m*), sampled on large sides); false leaves them empty, for callers
    /// that do not show them (the HTML report).
    public var measuresCentrality = true
    /// Seed of the Leiden runs (modularity on each side).
    public var seed: UInt64 = 1
    public var threads = Parallelism.defaultThreadCount

    public init() {}
}
