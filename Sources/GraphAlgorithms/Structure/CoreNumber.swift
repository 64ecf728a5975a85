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
        guard graph.nodeCount > 0 else { return [] }
        return graph.outOffsets.withUnsafeBufferPointer { outOffsets in
            graph.outTargets.withUnsafeBufferPointer { outTargets in
                graph.inOffsets.withUnsafeBufferPointer { inOffsets in
                    graph.inTargets.withUnsafeBufferPointer { inTargets in
                        // Undirected rows hold both directions; directed graphs count out- and in-neighbours
                        // (a reciprocated pair twice).
                        var rows = [NeighbourRows(offsets: outOffsets, targets: outTargets)]
                        if graph.isDirected { rows.append(NeighbourRows(offsets: inOffsets, targets: inTargets)) }
                        return decompose(nodeCount: graph.nodeCount, rows: rows)
                    }
                }
            }
        }
    }

    /// The bin sort over the neighbours in `rows`, read in place (the work arrays are unsafe buffers: this loop
    /// is the whole cost, and every index in it is a node id or a degree of the graph).
    private static func decompose(nodeCount n: Int, rows: [NeighbourRows]) -> [Int] {
        let degree = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
        defer { degree.deallocate() }
        for v in 0 ..< n { degree[v] = rows.reduce(0) { $0 + $1.count(of: v) } }
        let maxDegree = degree.max() ?? 0
        // binStart[d] = first position in `order` of the nodes whose current degree is d.
        let binStart = UnsafeMutableBufferPointer<Int>.allocate(capacity: maxDegree + 2)
        defer { binStart.deallocate() }
        binStart.initialize(repeating: 0)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0 ... maxDegree { binStart[d + 1] += binStart[d] }
        let order = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
        let position = UnsafeMutableBufferPointer<Int>.allocate(capacity: n)
        defer { order.deallocate(); position.deallocate() }
        var cursor = Array(binStart)
        for v in 0 ..< n {
            position[v] = cursor[degree[v]]
            order[position[v]] = v
            cursor[degree[v]] += 1
        }
        for i in 0 ..< n {
            let v = order[i]
            let dv = degree[v]
            for neighbours in rows {
                for p in neighbours.offsets[v] ..< neighbours.offsets[v + 1] {
                    let u = Int(neighbours.targets[p])
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
        }
        return Array(degree)
    }
}

/// One direction of a graph's rows, read in place.
private struct NeighbourRows {
    let offsets: UnsafeBufferPointer<Int>
    let targets: UnsafeBufferPointer<Int32>

    /// The neighbours of `v` in these rows, self-loops left out.
    func count(of v: Int) -> Int {
        let me = Int32(truncatingIfNeeded: v)
        var count = 0
        for p in offsets[v] ..< offsets[v + 1] where targets[p] != me { count += 1 }
        return count
    }
}
