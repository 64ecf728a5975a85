/// (Internal: GraphAlgorithms has the public SplitMix64.) A small, fast, seeded pseudo-random generator whose sequence is the same on
/// every machine and every Swift version, so a seed names one network forever.
///
/// The state advances by the golden-ratio increment and each output is the
/// state passed through Stafford's "Mix13" finaliser (Steele, Lea & Flood 2014).
/// Bounded integers use Lemire's multiply-shift with rejection, never the
/// standard library's `random(in:using:)`, whose algorithm may change.
///
/// Reference: G. L. Steele Jr., D. Lea, C. H. Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014, doi:10.1145/2660193.2660195;
/// D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1),
/// 2019, doi:10.1145/3230636.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose whole sequence is determined by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits. - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniform integer in `0..<bound`; 0 when `bound` is not positive. - Complexity: O(1) expected.
    public mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
        }
        return Int(product.high)
    }

    /// A uniform integer in `range`. - Complexity: O(1) expected.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// A uniform Double in `[0, 1)` with 53 random bits. - Complexity: O(1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `probability`. - Complexity: O(1).
    public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    /// A uniformly chosen element, or nil for an empty array. - Complexity: O(1).
    public mutating func element<Element>(of array: [Element]) -> Element? {
        array.isEmpty ? nil : array[below(array.count)]
    }

    /// Shuffles `array` in place (Fisher–Yates, Durstenfeld's variant). - Complexity: O(n).
    public mutating func shuffle<Element>(_ array: inout [Element]) {
        guard array.count > 1 else { return }
        for index in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(index, below(index + 1))
        }
    }

    /// `count` distinct elements of `array` in random order (all of them if it has fewer). - Complexity: O(n).
    public mutating func sample<Element>(_ count: Int, from array: [Element]) -> [Element] {
        var copy = array
        let taken = min(max(count, 0), copy.count)
        for index in 0..<taken { copy.swapAt(index, index + below(copy.count - index)) }
        return Array(copy[0..<taken])
    }
}
