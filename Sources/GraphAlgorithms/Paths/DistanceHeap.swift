/// A binary min-heap of (length, node) entries with lazy deletion: a node may be pushed again
/// with a shorter length and its stale entries are skipped by the caller, as in networkx's
/// `heapq`-based Dijkstra. Storage is allocated once with a fixed capacity (a Dijkstra pushes
/// at most one entry per arc plus the source) and owned by one worker.
final class DistanceHeap {
    private struct Entry {
        var key: Double
        var node: Int32
    }

    private let entries: UnsafeMutablePointer<Entry>
    private let capacity: Int
    private(set) var count = 0

    /// A heap for at most `capacity` entries.
    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        entries = .allocate(capacity: self.capacity)
    }

    deinit {
        entries.deallocate()
    }

    func removeAll() {
        count = 0
    }

    /// Adds an entry (ignored beyond the capacity, which a Dijkstra never exceeds). O(log count).
    func push(_ key: Double, _ node: Int) {
        guard count < capacity else { return }
        let entries = self.entries
        var i = count
        count += 1
        while i > 0 {
            let parent = (i &- 1) >> 1
            if entries[parent].key <= key { break }
            entries[i] = entries[parent]
            i = parent
        }
        entries[i] = Entry(key: key, node: Int32(truncatingIfNeeded: node))
    }

    /// Removes and returns the entry with the smallest key. O(log count).
    func popMinimum() -> (Double, Int)? {
        guard count > 0 else { return nil }
        let entries = self.entries
        let top = entries[0]
        count -= 1
        let size = count
        guard size > 0 else { return (top.key, Int(top.node)) }
        let last = entries[size]
        var i = 0
        while true {
            let left = 2 &* i &+ 1
            if left >= size { break }
            let right = left &+ 1
            let child = right < size && entries[right].key < entries[left].key ? right : left
            if entries[child].key >= last.key { break }
            entries[i] = entries[child]
            i = child
        }
        entries[i] = last
        return (top.key, Int(top.node))
    }
}
