import GraphCore

/// The simple undirected graph behind the key-player and core–periphery kernels: the undirected
/// view of the graph (a directed arc in either direction becomes one edge, as networkx's
/// `to_undirected`) with self-loops dropped and weights ignored, as CSR rows.
struct SimpleUndirectedRows: Sendable {
    /// Row offsets, `nodeCount + 1` entries.
    let offsets: [Int]
    /// Neighbours, sorted within each row; every edge appears in both rows.
    let neighbors: [Int32]

    var nodeCount: Int { offsets.count - 1 }

    /// Number of edges (each counted once).
    var edgeCount: Int { neighbors.count / 2 }

    /// Number of neighbours of `node`.
    func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }

    /// - Complexity: O(n + m).
    init(_ graph: Graph) {
        let view = UndirectedView(graph)
        let n = view.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        neighbors.reserveCapacity(view.neighbors.count)
        for v in 0..<n {
            let me = Int32(truncatingIfNeeded: v)
            for p in view.offsets[v]..<view.offsets[v + 1] where view.neighbors[p] != me {
                neighbors.append(view.neighbors[p])
            }
            offsets[v + 1] = neighbors.count
        }
        self.offsets = offsets
        self.neighbors = neighbors
    }
}
