/// A small seeded random number generator (SplitMix64).
///
/// Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014,
/// https://doi.org/10.1145/2660193.2660195. Passes BigCrush; 8 bytes of state; the same seed
/// gives the same sequence on every platform, which is what reproducible sampling needs.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits. O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An independent stream for unit `index` of a parallel job seeded with `seed`, so the
    /// numbers a unit draws do not depend on which thread runs it.
    static func stream(seed: UInt64, index: Int) -> SplitMix64 {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        return SplitMix64(seed: mixer.next())
    }
}
