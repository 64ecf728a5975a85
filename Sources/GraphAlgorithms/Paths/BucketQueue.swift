/// The priority queues Dijkstra can run on: entries come out in non-decreasing key order and
/// a key pushed is never below the last key popped (monotone use), with lazy deletion.
protocol MonotonePriorityQueue: AnyObject {
    func removeAll()
    func push(_ key: Double, _ node: Int)
    func popMinimum() -> (Double, Int)?
}

extension DistanceHeap: MonotonePriorityQueue {}

/// Dial's bucket queue for integer arc lengths `1 … maximumLength`: `maximumLength + 1` circular
/// buckets, O(1) per push and amortised O(1 + maximumLength / settled) per pop, instead of a
/// heap's O(log size). Valid because every key in the queue lies in `[min, min + maximumLength]`
/// while Dijkstra runs, so a key's bucket `key mod (maximumLength + 1)` is unambiguous and a
/// bucket holds one key at a time.
///
/// Reference: R. B. Dial, "Algorithm 360: shortest-path forest with topological ordering",
/// Communications of the ACM 12(11), 1969, https://doi.org/10.1145/363269.363610.
final class BucketQueue: MonotonePriorityQueue {
    private let bucketCount: Int
    private let heads: UnsafeMutablePointer<Int32>
    private let nodes: UnsafeMutablePointer<Int32>
    private let keys: UnsafeMutablePointer<Double>
    private let links: UnsafeMutablePointer<Int32>
    private let capacity: Int
    private var used = 0
    private var count = 0
    private var cursor = 0

    /// A queue for integer lengths up to `maximumLength` and at most `capacity` pushes between
    /// two `removeAll()` calls (one per arc plus the source for a Dijkstra).
    init(maximumLength: Int, capacity: Int) {
        bucketCount = maximumLength + 1
        self.capacity = max(capacity, 1)
        heads = .allocate(capacity: bucketCount)
        heads.initialize(repeating: -1, count: bucketCount)
        nodes = .allocate(capacity: self.capacity)
        keys = .allocate(capacity: self.capacity)
        links = .allocate(capacity: self.capacity)
    }

    deinit {
        heads.deallocate()
        nodes.deallocate()
        keys.deallocate()
        links.deallocate()
    }

    /// Empties the queue. O(maximumLength).
    func removeAll() {
        if used > 0 { heads.update(repeating: -1, count: bucketCount) }
        used = 0
        count = 0
        cursor = 0
    }

    /// Adds an entry; `key` must be an integer (ignored beyond the capacity). O(1).
    func push(_ key: Double, _ node: Int) {
        guard used < capacity else { return }
        let entry = used
        used &+= 1
        let bucket = Int(key) % bucketCount
        nodes[entry] = Int32(truncatingIfNeeded: node)
        keys[entry] = key
        links[entry] = heads[bucket]
        heads[bucket] = Int32(truncatingIfNeeded: entry)
        count &+= 1
    }

    /// Removes and returns an entry with the smallest key. Amortised O(1 + maximumLength / pops).
    func popMinimum() -> (Double, Int)? {
        guard count > 0 else { return nil }
        while heads[cursor] < 0 {
            cursor &+= 1
            if cursor == bucketCount { cursor = 0 }
        }
        let entry = Int(heads[cursor])
        heads[cursor] = links[entry]
        count &-= 1
        return (keys[entry], Int(nodes[entry]))
    }
}
