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
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n {
            var d = 0
            for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] where Int(graph.outTargets[p]) != v { d += 1 }
            if graph.isDirected {
                for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] where Int(graph.inTargets[p]) != v { d += 1 }
            }
            degree[v] = d
        }
        let maxDegree = degree.max() ?? 0
        // binStart[d] = first position in `order` of the nodes of current degree d.
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

        func lower(_ u: Int, below v: Int) {
            guard degree[u] > degree[v] else { return }
            let du = degree[u]
            let first = binStart[du]
            let w = order[first]
            if w != u {
                order[position[u]] = w
                position[w] = position[u]
                order[first] = u
                position[u] = first
            }
            binStart[du] += 1
            degree[u] = du - 1
        }

        for i in 0..<n {
            let v = order[i]
            for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let u = Int(graph.outTargets[p])
                if u != v { lower(u, below: v) }
            }
            if graph.isDirected {
                for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
                    let u = Int(graph.inTargets[p])
                    if u != v { lower(u, below: v) }
                }
            }
        }
        return degree
    }
}
