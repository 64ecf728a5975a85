import GraphCore

/// Upper bounds on the vertex diameter (the most nodes on any shortest path), which sizes the
/// sample of the Riondato–Kornaropoulos betweenness approximation.
enum VertexDiameter {
    /// An upper bound on the vertex diameter of `graph`.
    ///
    /// Undirected with unit lengths: per connected component, one BFS from its first node gives
    /// an eccentricity `e`; every shortest path there has at most `2e` arcs, so `2e + 1` nodes.
    /// Otherwise (directed, or weighted paths whose hop count a BFS does not bound): the size of
    /// the largest weakly connected component. O(n + m).
    static func upperBound(_ graph: Graph, unitLengths: Bool) -> Int {
        let n = graph.nodeCount
        var component = [Int32](repeating: -1, count: n)
        var depth = [Int32](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var bound = 0
        for start in 0 ..< n where component[start] < 0 {
            component[start] = Int32(truncatingIfNeeded: start)
            queue[0] = Int32(truncatingIfNeeded: start)
            var head = 0, tail = 1
            var eccentricity: Int32 = 0
            while head < tail {
                let v = Int(queue[head])
                head += 1
                eccentricity = max(eccentricity, depth[v])
                for direction in graph.isDirected ? [false, true] : [false] {
                    for w in direction ? graph.inNeighbors(of: v) : graph.outNeighbors(of: v)
                    where component[Int(w)] < 0 {
                        component[Int(w)] = Int32(truncatingIfNeeded: start)
                        depth[Int(w)] = depth[v] + 1
                        queue[tail] = w
                        tail += 1
                    }
                }
            }
            let componentBound = unitLengths && !graph.isDirected ? min(2 * Int(eccentricity) + 1, tail) : tail
            bound = max(bound, componentBound)
        }
        return bound
    }
}
