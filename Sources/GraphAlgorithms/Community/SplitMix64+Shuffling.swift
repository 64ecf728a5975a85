/// Seeded draws for the node orders and random merges of community detection.
extension SplitMix64 {
    /// A uniform integer in `0..<bound` (bound > 0) by Lemire's multiply-shift, without rejection:
    /// each value's probability is off by at most `bound / 2⁶⁴`, immaterial for node orders.
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform double in `[0, 1)`.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `0..<count` in a uniformly random order (Fisher–Yates from the end).
    mutating func shuffledNodes(_ count: Int) -> [Int32] {
        var order = (0..<count).map { Int32(truncatingIfNeeded: $0) }
        var i = count - 1
        while i > 0 {
            order.swapAt(i, below(i + 1))
            i -= 1
        }
        return order
    }
}
