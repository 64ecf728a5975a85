import GraphCore

/// Diameter and average shortest-path length of a set of nodes.
public struct PathLengthSummary: Sendable, Equatable {
    /// Number of distinct nodes in the set.
    public let nodeCount: Int
    /// Longest shortest path between two nodes of the set (over reachable pairs); 0 for one node,
    /// nil for an empty set or when no pair is reachable.
    public let diameter: Double?
    /// Mean shortest-path length over the reachable ordered pairs `(s, t)`, `s ≠ t`; 0 for one
    /// node, nil for an empty set or when no pair is reachable.
    public let averageShortestPathLength: Double?
    /// Ordered pairs `(s, t)`, `s ≠ t`, with `t` reachable from `s` inside the set.
    public let reachablePairs: Int
    /// All ordered pairs of distinct nodes, `k (k − 1)`.
    public var orderedPairs: Int { nodeCount * max(nodeCount - 1, 0) }
    /// Whether every node of the set reaches every other (then the values equal networkx's).
    public var isFullyReachable: Bool { reachablePairs == orderedPairs }
}

/// Distance statistics of node sets.
public enum Distances {
    /// Diameter and average shortest-path length of the subgraph induced by `nodes`, as networkx
    /// `diameter` and `average_shortest_path_length` on `G.subgraph(nodes)`.
    ///
    /// **Definition.** With `d(s, t)` the shortest-path length inside the induced subgraph and
    /// `P` the ordered pairs `s ≠ t` with `t` reachable from `s`: diameter `= max_P d(s, t)`,
    /// average `= Σ_P d(s, t) / |P|`.
    ///
    /// **Conventions.** Meant for one connected component (the CLI passes the largest). Undirected
    /// connected sets give exactly networkx's values. networkx refuses directed graphs that are
    /// not strongly connected (and undirected ones that are not connected); here the sums run over
    /// reachable ordered pairs only, arcs keep their direction, and ``PathLengthSummary/isFullyReachable``
    /// says whether that was all pairs (then the values are networkx's). Lengths follow
    /// ``EdgeLength``; integer strengths under ``EdgeLength/inverseWeight`` use exact lengths `L / w`
    /// and divide by `L` at the end. Duplicate nodes in `nodes` count once.
    ///
    /// - Parameters:
    ///   - graph: the graph.
    ///   - nodes: the node set (node ids of `graph`).
    ///   - length: how weights become path lengths (default hops).
    ///   - threads: worker threads (default: active processors); must be ≥ 1.
    ///   - progress: called with the finished fraction (0…1) from worker threads.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for a node outside the
    ///   graph, `threads < 1`, or a weight ≤ 0 under a weighted `length`.
    /// - Complexity: k searches restricted to the set: hops O(k m · depth / 64 + k n / 64) with the
    ///   bit-parallel BFS; weighted O(k (m + n) log n).
    ///
    /// Reference: networkx `average_shortest_path_length`, `diameter`; M. Then et al., "The More
    /// the Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8(4), 2014,
    /// https://doi.org/10.14778/2735496.2735507.
    public static func summary(
        _ graph: Graph,
        nodes: [Int],
        length: EdgeLength = .hops,
        threads: Int = Parallelism.defaultThreadCount,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(AlgorithmError) -> PathLengthSummary {
        try ParallelWork.validate(threads: threads)
        let lengths = try PathLengths.resolve(length, for: graph)
        var members = [Bool](repeating: false, count: graph.nodeCount)
        var sources: [Int32] = []
        for node in nodes {
            guard node >= 0, node < graph.nodeCount else {
                throw .invalidParameter(
                    name: "nodes", value: "\(node)", reason: "not a node of the graph (0..<\(graph.nodeCount))")
            }
            if !members[node] {
                members[node] = true
                sources.append(Int32(truncatingIfNeeded: node))
            }
        }
        sources.sort()
        let k = sources.count
        if k <= 1 {
            return PathLengthSummary(
                nodeCount: k, diameter: k == 1 ? 0 : nil, averageShortestPathLength: k == 1 ? 0 : nil,
                reachablePairs: 0)
        }
        let totals = PathSweep.totals(
            graph, lengths: lengths, incoming: false, sources: sources, members: members, threads: threads,
            progress: progress)
        // Sums are kept per length factor (one per component) so exact integer sums are divided once.
        var pairs = 0
        var totalByScale: [Double: Double] = [:]
        var longest = 0.0
        for (index, t) in totals.enumerated() {
            let scale = lengths?.scale(of: Int(sources[index])) ?? 1
            pairs += t.reached - 1
            totalByScale[scale, default: 0] += t.distanceSum
            longest = max(longest, t.eccentricity / scale)
        }
        guard pairs > 0 else {
            return PathLengthSummary(nodeCount: k, diameter: nil, averageShortestPathLength: nil, reachablePairs: 0)
        }
        let average: Double
        if totalByScale.count == 1, let only = totalByScale.first {
            average = only.value / Double(pairs) / only.key
        } else {
            average = totalByScale.keys.sorted().reduce(0.0) { $0 + (totalByScale[$1] ?? 0) / $1 } / Double(pairs)
        }
        return PathLengthSummary(
            nodeCount: k, diameter: longest, averageShortestPathLength: average, reachablePairs: pairs)
    }
}
