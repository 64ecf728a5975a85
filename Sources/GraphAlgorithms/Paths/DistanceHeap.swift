/// A binary min-heap of (length, node) with lazy deletion (stale entries are skipped by the
/// caller), as networkx's `heapq` use in Dijkstra.
struct DistanceHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
    }

    /// Adds an entry. O(log size).
    mutating func push(_ key: Double, _ node: Int) {
        var i = keys.count
        keys.append(key)
        nodes.append(Int32(truncatingIfNeeded: node))
        while i > 0 {
            let parent = (i - 1) / 2
            if keys[parent] <= key { break }
            keys[i] = keys[parent]
            nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key
        nodes[i] = Int32(truncatingIfNeeded: node)
    }

    /// Removes and returns the entry with the smallest key. O(log size).
    mutating func popMinimum() -> (Double, Int)? {
        guard let lastKey = keys.popLast(), let lastNode = nodes.popLast() else { return nil }
        guard !keys.isEmpty else { return (lastKey, Int(lastNode)) }
        let top = (keys[0], Int(nodes[0]))
        let count = keys.count
        var i = 0
        while true {
            let left = 2 * i + 1
            if left >= count { break }
            let right = left + 1
            let child = right < count && keys[right] < keys[left] ? right : left
            if keys[child] >= lastKey { break }
            keys[i] = keys[child]
            nodes[i] = nodes[child]
            i = child
        }
        keys[i] = lastKey
        nodes[i] = lastNode
        return top
    }
}
