import GraphCore

/// Nodes within a number of steps of a centre, ignoring direction.
public enum EgoNetwork {
    /// Graph nodes at distance at most `radius` from `centre` (the centre included), in BFS order.
    /// - Complexity: O(n + m) at most.
    public static func members(of centre: Int, radius: Int, in graph: Graph) -> [Int] {
        guard centre >= 0, centre < graph.nodeCount else { return [] }
        var distance = [Int](repeating: -1, count: graph.nodeCount)
        distance[centre] = 0
        var queue = [centre]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            guard distance[v] < radius else { continue }
            for w in graph.outNeighbors(of: v) + graph.inNeighbors(of: v) where distance[Int(w)] < 0 {
                distance[Int(w)] = distance[v] + 1
                queue.append(Int(w))
            }
        }
        return queue
    }
}
