import Foundation

/// Finds a node's position from the bytes of its id without making a `String`:
/// an open-addressing hash table (linear probing, FNV-1a hash) whose keys live
/// in one byte arena. Reading a million ties then costs two table probes per
/// row instead of two `String`s and two dictionary lookups.
///
/// - Complexity: O(length of the id) expected per lookup or insertion.
struct IdIndex {
    /// Node position per slot, or -1 for an empty slot; the count is a power of two.
    private var slots: [Int32]
    /// The bytes of every id, one after another, in position order.
    private var arena: [UInt8] = []
    /// Where each id starts in ``arena``; one more entry than ids.
    private var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }

    /// The position stored for `key`, or nil.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { arena in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: Self.hash(key)) & mask
                    while true {
                        let position = slots[slot]
                        if position < 0 { return nil }
                        let start = starts[Int(position)]
                        let length = starts[Int(position) + 1] - start
                        if length == key.count,
                            length == 0 || memcmp(arena.baseAddress! + start, key.baseAddress!, length) == 0
                        {
                            return position
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The position stored for `id`, or nil.
    func position(of id: String) -> Int32? {
        var id = id
        return id.withUTF8 { position(of: $0) }
    }

    /// Adds `key` as the next position (``count``); the key must not be present.
    mutating func append(_ key: UnsafeBufferPointer<UInt8>) {
        if (count + 1) * 2 > slots.count { grow() }
        let position = Int32(count)
        arena.append(contentsOf: key)
        starts.append(arena.count)
        insert(position, hash: Self.hash(key))
    }

    /// Adds `id` as the next position (``count``); the id must not be present.
    mutating func append(_ id: String) {
        var id = id
        id.withUTF8 { append($0) }
    }

    private mutating func insert(_ position: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = position
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let arena = self.arena
        let starts = self.starts
        arena.withUnsafeBufferPointer { bytes in
            for position in 0..<starts.count - 1 {
                let key = UnsafeBufferPointer(rebasing: bytes[starts[position]..<starts[position + 1]])
                insert(Int32(position), hash: Self.hash(key))
            }
        }
    }
}
