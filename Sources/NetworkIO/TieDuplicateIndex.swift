import NetworkModel

/// Finds repeated ties while they are read: an open-addressing hash table of
/// tie positions keyed by endpoints (in order only for directed ties), kind,
/// wave and whether the tie is directed. It stores 4 bytes per slot, keeps at
/// most two thirds of the slots full (any slot count, mapped by multiply-shift)
/// and reads the ties themselves to compare, so a million ties cost 6 MB.
///
/// - Complexity: O(1) expected per insertion.
struct TieDuplicateIndex {
    private var slots: [Int32]
    private var count = 0

    init(expectedCount: Int) {
        slots = Array(repeating: -1, count: max(16, expectedCount * 3 / 2 + 1))
    }

    /// The home slot of a hash: its high bits scaled to the slot count.
    private static func home(_ hash: UInt64, slotCount: Int) -> Int {
        Int(truncatingIfNeeded: ((hash >> 32) &* UInt64(slotCount)) >> 32)
    }

    private static func endpoints(of tie: Tie) -> (UInt32, UInt32) {
        let first = UInt32(bitPattern: tie.source)
        let second = UInt32(bitPattern: tie.target)
        if tie.direction == .directed || first <= second { return (first, second) }
        return (second, first)
    }

    private static func hash(_ tie: Tie) -> UInt64 {
        let (first, second) = endpoints(of: tie)
        var value = UInt64(first) << 32 | UInt64(second)
        value = (value ^ (value >> 33)) &* 0xff51_afd7_ed55_8ccd
        value = (value ^ (value >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return value ^ (value >> 33)
    }

    /// Whether the stored tie has the same identity; reads its endpoints and direction first
    /// (one cache line) and its kind and wave only when those agree.
    private static func same(_ stored: UnsafePointer<Tie>, _ tie: Tie, endpoints wanted: (UInt32, UInt32)) -> Bool {
        let first = UInt32(bitPattern: stored.pointee.source)
        let second = UInt32(bitPattern: stored.pointee.target)
        let directed = stored.pointee.direction == .directed
        guard directed == (tie.direction == .directed) else { return false }
        let ends = directed || first <= second ? (first, second) : (second, first)
        guard ends == wanted else { return false }
        return stored.pointee.kind == tie.kind && stored.pointee.wave == tie.wave
    }

    /// The position of an earlier tie that `tie` repeats, or nil after recording `position` for `tie`.
    /// `ties` holds every tie recorded so far.
    mutating func earlierTie(matching tie: Tie, position: Int32, in ties: [Tie]) -> Int32? {
        if (count + 1) * 3 > slots.count * 2 { grow(ties) }
        let slotCount = slots.count
        var slot = Self.home(Self.hash(tie), slotCount: slotCount)
        let wanted = Self.endpoints(of: tie)
        let earlier: Int32? = ties.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            while true {
                let stored = slots[slot]
                if stored < 0 { return nil }
                if Self.same(base + Int(stored), tie, endpoints: wanted) { return stored }
                slot += 1
                if slot == slotCount { slot = 0 }
            }
        }
        if let earlier { return earlier }
        slots[slot] = position
        count += 1
        return nil
    }

    private mutating func grow(_ ties: [Tie]) {
        let old = slots
        slots = Array(repeating: -1, count: slots.count * 2)
        let slotCount = slots.count
        for stored in old where stored >= 0 {
            var slot = Self.home(Self.hash(ties[Int(stored)]), slotCount: slotCount)
            while slots[slot] >= 0 {
                slot += 1
                if slot == slotCount { slot = 0 }
            }
            slots[slot] = stored
        }
    }
}
