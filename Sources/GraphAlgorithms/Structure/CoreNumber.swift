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
        // Directed graphs count out- and in-neighbours (a reciprocated pair twice); undirected rows hold both.
        let rows = graph.isDirected
            ? [(graph.outOffsets, graph.outTargets), (graph.inOffsets, graph.inTargets)]
            : [(graph.outOffsets, graph.outTargets)]
        var degree = [Int](repeating: 0, count: n)
        for (offsets, targets) in rows {
            offsets.withUnsafeBufferPointer { offsets in
                targets.withUnsafeBufferPointer { targets in
                    for v in 0 ..< n {
                        let me = Int32(truncatingIfNeeded: v)
                        var count = 0
                        for p in offsets[v] ..< offsets[v + 1] where targets[p] != me { count += 1 }
                        degree[v] += count
                    }
                }
            }
        }
        let maxDegree = degree.max() ?? 0
        // binStart[d] = first position in `order` of the nodes whose current degree is d.
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0 ... maxDegree { binStart[d + 1] += binStart[d] }
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var cursor = binStart
        for v in 0 ..< n {
            position[v] = cursor[degree[v]]
            order[position[v]] = v
            cursor[degree[v]] += 1
        }
        degree.withUnsafeMutableBufferPointer { degree in
            binStart.withUnsafeMutableBufferPointer { binStart in
                order.withUnsafeMutableBufferPointer { order in
                    position.withUnsafeMutableBufferPointer { position in
                        /// Lowers the degree of each neighbour of `v` in `targets` whose degree exceeds `v`'s.
                        func lowerNeighbours(
                            of v: Int, _ offsets: UnsafeBufferPointer<Int>, _ targets: UnsafeBufferPointer<Int32>
                        ) {
                            let dv = degree[v]
                            for p in offsets[v] ..< offsets[v + 1] {
                                let u = Int(targets[p])
                                let du = degree[u]
                                // Also skips a self-loop (du == dv).
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
                        graph.outOffsets.withUnsafeBufferPointer { outOffsets in
                            graph.outTargets.withUnsafeBufferPointer { outTargets in
                                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                                    graph.inTargets.withUnsafeBufferPointer { inTargets in
                                        for i in 0 ..< n {
                                            let v = order[i]
                                            lowerNeighbours(of: v, outOffsets, outTargets)
                                            if graph.isDirected { lowerNeighbours(of: v, inOffsets, inTargets) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return degree
    }
}
