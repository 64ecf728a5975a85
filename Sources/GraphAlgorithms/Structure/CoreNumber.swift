import GraphCore

/// Core numbers (k-core decomposition), as networkx's `core_number`.
///
/// Definition: the k-core is the largest subgraph in which every node has degree at least k; the
/// core number of a node is the largest k for which it belongs to the k-core.
///
/// Conventions: **self-loops are ignored** (networkx refuses graphs with self-loops; dropping them
/// first gives its result). For directed graphs the degree is in-degree + out-degree and a
/// reciprocated pair counts twice (networkx uses `all_neighbors`). Weights are ignored. Isolates
/// have core number 0.
///
/// Algorithm: Batagelj–Zaversnik bin sort, processing nodes in order of current degree.
/// - Complexity: O(n + m) time and O(n) extra memory.
///
/// Reference: V. Batagelj and M. Zaversnik, "An O(m) algorithm for cores decomposition of
/// networks", arXiv:cs/0310049 (2003), doi:10.48550/arXiv.cs/0310049; S. B. Seidman, "Network
/// structure and minimum degree", Social Networks 5(3), 269–287 (1983),
/// doi:10.1016/0378-8733(83)90028-X.
public enum CoreNumber {
    public static func compute(_ graph: Graph) -> [Int] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let rows = LooplessNeighbourRows(graph)
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n { degree[v] = rows.offsets[v + 1] - rows.offsets[v] }
        let maxDegree = degree.max() ?? 0
        // binStart[d] = first position in `order` of the nodes whose current degree is d.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var cursor = binStart
        for v in 0..<n {
            position[v] = cursor[degree[v]]
            order[position[v]] = v
            cursor[degree[v]] += 1
        }
        rows.neighbors.withUnsafeBufferPointer { neighbors in
            rows.offsets.withUnsafeBufferPointer { offsets in
                for i in 0..<n {
                    let v = order[i]
                    let dv = degree[v]
                    for p in offsets[v]..<offsets[v + 1] {
                        let u = Int(neighbors[p])
                        let du = degree[u]
                        guard du > dv else { continue }
                        // Move u to the front of its bin, then shrink the bin past it.
                        let first = binStart[du]
                        let w = order[first]
                        if w != u {
                            let pu = position[u]
                            order[pu] = w
                            position[w] = pu
                            order[first] = u
                            position[u] = first
                        }
                        binStart[du] = first + 1
                        degree[u] = du - 1
                    }
                }
            }
        }
        return degree
    }
}

/// Every node's neighbours without self-loops, out-arcs then in-arcs for a directed graph
/// (a reciprocated pair appears twice, as networkx's `all_neighbors`).
private struct LooplessNeighbourRows {
    let offsets: [Int]
    let neighbors: [Int32]

    init(_ graph: Graph) {
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbors: [Int32] = []
        neighbors.reserveCapacity(graph.outTargets.count + (graph.isDirected ? graph.inTargets.count : 0))
        for v in 0..<n {
            let me = Int32(truncatingIfNeeded: v)
            for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] where graph.outTargets[p] != me {
                neighbors.append(graph.outTargets[p])
            }
            if graph.isDirected {
                for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] where graph.inTargets[p] != me {
                    neighbors.append(graph.inTargets[p])
                }
            }
            offsets[v + 1] = neighbors.count
        }
        self.offsets = offsets
        self.neighbors = neighbors
    }
}
