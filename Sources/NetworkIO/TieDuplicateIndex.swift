import NetworkModel

/// Finds repeated ties while they are read: an open-addressing hash table of
/// tie positions keyed by endpoints (in order only for directed ties), kind,
/// wave and whether the tie is directed. It stores 4 bytes per slot and reads
/// the ties themselves to compare, so a million ties cost 8 MB, not a dictionary.
///
/// - Complexity: O(1) expected per insertion.
struct TieDuplicateIndex {
    private var slots: [Int32]
    private var count = 0

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity *= 2 }
        slots = Array(repeating: -1, count: capacity)
    }

    private static func endpoints(of tie: Tie) -> (UInt32, UInt32) {
        let first = UInt32(bitPattern: tie.source)
        let second = UInt32(bitPattern: tie.target)
        if tie.direction == .directed || first <= second { return (first, second) }
        return (second, first)
    }

    private static func hash(_ tie: Tie) -> Int {
        let (first, second) = endpoints(of: tie)
        var value = UInt64(first) << 32 | UInt64(second)
        value = (value ^ (value >> 33)) &* 0xff51_afd7_ed55_8ccd
        value = (value ^ (value >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return Int(truncatingIfNeeded: value ^ (value >> 33))
    }

    private static func same(_ a: Tie, _ b: Tie) -> Bool {
        endpoints(of: a) == endpoints(of: b) && (a.direction == .directed) == (b.direction == .directed)
            && a.kind == b.kind && a.wave == b.wave
    }

    /// The position of an earlier tie that `tie` repeats, or nil after recording `position` for `tie`.
    /// `ties` holds every tie recorded so far.
    mutating func earlierTie(matching tie: Tie, position: Int32, in ties: [Tie]) -> Int32? {
        if (count + 1) * 2 > slots.count { grow(ties) }
        let mask = slots.count - 1
        var slot = Self.hash(tie) & mask
        while true {
            let stored = slots[slot]
            if stored < 0 { break }
            if Self.same(ties[Int(stored)], tie) { return stored }
            slot = (slot + 1) & mask
        }
        slots[slot] = position
        count += 1
        return nil
    }

    private mutating func grow(_ ties: [Tie]) {
        let old = slots
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for stored in old where stored >= 0 {
            var slot = Self.hash(ties[Int(stored)]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}
