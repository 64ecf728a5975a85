import GraphCore

/// Density of a graph, as networkx's `density`.
///
/// `m / (n(n − 1))` for directed graphs and `2m / (n(n − 1))` for undirected ones, where `m` is
/// the number of edges *including self-loops* (networkx's `number_of_edges`, so the value can
/// exceed 1 with self-loops); 0 when `n ≤ 1` or there is no edge. Parallel ties count once
/// (``GraphBuilder`` merges them).
///
/// - Complexity: O(1).
///
/// Reference: S. Wasserman and K. Faust, *Social Network Analysis*, Cambridge University Press
/// (1994), §4.2, doi:10.1017/CBO9780511815478.
public enum Density {
    public static func density(_ graph: Graph) -> Double {
        density(nodeCount: graph.nodeCount, edgeCount: graph.edgeCount, directed: graph.isDirected)
    }

    /// The density of a graph of `nodeCount` nodes and `edgeCount` edges (parallel edges merged, self-loops
    /// counted), for callers that count edges without building the graph.
    public static func density(nodeCount n: Int, edgeCount m: Int, directed: Bool) -> Double {
        if m == 0 || n <= 1 { return 0 }
        let d = Double(m) / (Double(n) * (Double(n) - 1))
        return directed ? d : d * 2
    }
}
