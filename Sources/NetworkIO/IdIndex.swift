/// Finds a node's position from the bytes of its id without making a `String`:
/// an open-addressing hash table (linear probing, FNV-1a hash with a 64-bit
/// finaliser) whose keys live in one byte arena. Each slot holds the key's
/// place in the arena and the node position, and each arena entry is its
/// length followed by its bytes, so a lookup touches two cache lines (slot and
/// key), not three. Reading a million ties costs two probes per row instead
/// of two `String`s and two dictionary lookups.
///
/// - Complexity: O(length of the id) expected per lookup or insertion.
struct IdIndex {
    /// Per slot: arena offset in the high 32 bits, node position in the low 32; ``empty`` when free.
    private var slots: [UInt64]
    /// Every id as a 4-byte little-endian length and its bytes, in position order.
    private var arena: [UInt8] = []
    private(set) var count = 0

    private static let empty = UInt64.max

    init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity *= 2 }
        slots = Array(repeating: Self.empty, count: capacity)
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        hash = (hash ^ (hash >> 33)) &* 0xff51_afd7_ed55_8ccd
        hash = (hash ^ (hash >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return Int(truncatingIfNeeded: hash ^ (hash >> 33))
    }

    /// Whether the arena entry at `offset` holds exactly `key`.
    private static func entry(_ arena: UnsafeBufferPointer<UInt8>, at offset: Int, equals key: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let length = Int(arena[offset]) | Int(arena[offset &+ 1]) << 8 | Int(arena[offset &+ 2]) << 16
            | Int(arena[offset &+ 3]) << 24
        guard length == key.count else { return false }
        let start = offset &+ 4
        var index = 0
        while index < length {
            if arena[start &+ index] != key[index] { return false }
            index &+= 1
        }
        return true
    }

    /// The key bytes of the arena entry at `offset`.
    private static func key(in arena: UnsafeBufferPointer<UInt8>, at offset: Int) -> UnsafeBufferPointer<UInt8> {
        let length = Int(arena[offset]) | Int(arena[offset + 1]) << 8 | Int(arena[offset + 2]) << 16
            | Int(arena[offset + 3]) << 24
        return UnsafeBufferPointer(rebasing: arena[(offset + 4)..<(offset + 4 + length)])
    }

    /// The position stored for `key`, or nil.
    func position(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                let mask = slots.count - 1
                var slot = Self.hash(key) & mask
                while true {
                    let entry = slots[slot]
                    if entry == Self.empty { return nil }
                    if Self.entry(arena, at: Int(entry >> 32), equals: key) {
                        return Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                    }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    /// The position stored for `id`, or nil.
    func position(of id: String) -> Int32? {
        var id = id
        return id.withUTF8 { position(of: $0) }
    }

    /// Adds `id` as the next position (``count``); the id must not be present and the arena stays under 4 GB.
    mutating func append(_ id: String) {
        if (count + 1) * 2 > slots.count { grow() }
        var id = id
        let offset = arena.count
        let length = id.utf8.count
        arena.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 24 & 0xFF)])
        id.withUTF8 { arena.append(contentsOf: $0) }
        let hash = id.withUTF8 { Self.hash($0) }
        insert(UInt64(offset) << 32 | UInt64(count), hash: hash)
        count += 1
    }

    private mutating func insert(_ entry: UInt64, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != Self.empty { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Self.empty, count: slots.count * 2)
        let arena = self.arena
        arena.withUnsafeBufferPointer { bytes in
            for entry in old where entry != Self.empty {
                insert(entry, hash: Self.hash(Self.key(in: bytes, at: Int(entry >> 32))))
            }
        }
    }
}
