import GraphCore

/// Which arcs a degree or strength counts.
public enum DegreeDirection: String, Sendable, CaseIterable {
    /// In-arcs plus out-arcs for directed graphs; the undirected degree otherwise.
    case all
    /// Arcs arriving at the node (the undirected degree for undirected graphs).
    case incoming
    /// Arcs leaving the node (the undirected degree for undirected graphs).
    case outgoing
}

/// Degree, strength (weighted degree) and degree centrality, as networkx defines them.
///
/// Conventions (networkx `G.degree`, `G.in_degree`, `G.out_degree`, `degree_centrality`):
/// - Undirected: the degree of `v` is the number of incident edges, a self-loop counting **twice**.
/// - Directed: in-degree + out-degree for ``DegreeDirection/all``; a self-loop is one in-arc and one
///   out-arc, so it also counts twice in the total.
/// - For undirected graphs the in- and out-degree are the degree.
/// - Strength is the same sum with each edge's weight instead of 1 (`G.degree(weight="weight")`);
///   parallel ties have already been summed into one weight by ``GraphBuilder``.
///
/// Reference: L. C. Freeman, "Centrality in social networks conceptual clarification",
/// Social Networks 1(3), 215–239 (1978), doi:10.1016/0378-8733(78)90021-7.
public enum DegreeCentrality {
    /// The degree of every node (see the conventions above).
    /// - Complexity: O(n) for directed graphs, O(n log d_max) for undirected ones (a binary search
    ///   per row for the self-loop).
    public static func degrees(_ graph: Graph, direction: DegreeDirection = .all) -> [Int] {
        let n = graph.nodeCount
        var result = [Int](repeating: 0, count: n)
        if graph.isDirected {
            for v in 0..<n {
                switch direction {
                case .all: result[v] = graph.outArcCount(of: v) + graph.inArcCount(of: v)
                case .incoming: result[v] = graph.inArcCount(of: v)
                case .outgoing: result[v] = graph.outArcCount(of: v)
                }
            }
            return result
        }
        for v in 0..<n {
            // The self-loop is stored once in the row but counts twice.
            result[v] = graph.outArcCount(of: v) + (graph.hasArc(from: v, to: v) ? 1 : 0)
        }
        return result
    }

    /// The strength (sum of incident edge weights) of every node, a self-loop's weight counting
    /// twice in an undirected graph and once per direction in a directed one.
    /// - Complexity: O(n + m).
    public static func strengths(_ graph: Graph, direction: DegreeDirection = .all) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        let countOut = !graph.isDirected || direction != .incoming
        let countIn = graph.isDirected && direction != .outgoing
        for v in 0..<n {
            var total = 0.0
            if countOut {
                for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                    let w = graph.outWeights[p]
                    total += w
                    if !graph.isDirected && Int(graph.outTargets[p]) == v { total += w }
                }
            }
            if countIn {
                for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] { total += graph.inWeights[p] }
            }
            result[v] = total
        }
        return result
    }

    /// Degree centrality: `degree(v) / (n − 1)` (total degree for directed graphs), networkx's
    /// `degree_centrality`. With self-loops a value can exceed 1. A graph of one node gets 1
    /// (networkx's convention); an empty graph gets an empty array.
    /// - Complexity: as ``degrees(_:direction:)``.
    public static func centrality(_ graph: Graph) -> [Double] {
        let n = graph.nodeCount
        if n <= 1 { return [Double](repeating: 1, count: n) }
        let scale = 1.0 / (Double(n) - 1.0)
        return degrees(graph).map { Double($0) * scale }
    }
}
