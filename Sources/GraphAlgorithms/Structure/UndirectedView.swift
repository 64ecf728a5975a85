import GraphCore

/// The undirected simple view of a graph as CSR rows: for a directed graph the sorted union of
/// each node's out- and in-neighbours (a reciprocated pair becomes one edge, as networkx's
/// `to_undirected`); for an undirected graph its own rows. Self-loops are kept (one entry).
struct UndirectedView {
    let offsets: [Int]
    let neighbors: [Int32]

    var nodeCount: Int { offsets.count - 1 }

    /// - Complexity: O(n + m).
    init(_ graph: Graph) {
        guard graph.isDirected else {
            offsets = graph.outOffsets
            neighbors = graph.outTargets
            return
        }
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        neighbors.reserveCapacity(graph.outTargets.count + graph.inTargets.count)
        for v in 0..<n {
            var a = graph.outOffsets[v], b = graph.inOffsets[v]
            let aEnd = graph.outOffsets[v + 1], bEnd = graph.inOffsets[v + 1]
            while a < aEnd || b < bEnd {
                if b >= bEnd || (a < aEnd && graph.outTargets[a] < graph.inTargets[b]) {
                    neighbors.append(graph.outTargets[a]); a += 1
                } else if a >= aEnd || graph.inTargets[b] < graph.outTargets[a] {
                    neighbors.append(graph.inTargets[b]); b += 1
                } else {
                    neighbors.append(graph.outTargets[a]); a += 1; b += 1
                }
            }
            offsets[v + 1] = neighbors.count
        }
        self.offsets = offsets
        self.neighbors = neighbors
    }
}
