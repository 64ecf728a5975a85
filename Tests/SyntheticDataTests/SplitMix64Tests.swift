import Testing

@testable import SyntheticData

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("matches the reference sequence for seed 0")
    func referenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("bounded integers stay in range and cover it")
    func boundedIntegers() {
        var rng = SplitMix64(seed: 42)
        var seen = Array(repeating: 0, count: 7)
        for _ in 0..<7_000 {
            let value = rng.below(7)
            #expect((0..<7).contains(value))
            if (0..<7).contains(value) { seen[value] += 1 }
        }
        #expect(seen.allSatisfy { $0 > 800 })
        #expect(rng.below(0) == 0)
        #expect(rng.below(-3) == 0)
        for _ in 0..<100 { #expect((5...9).contains(rng.integer(in: 5...9))) }
    }

    @Test("unit doubles are in [0, 1)")
    func unitDoubles() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<1_000 {
            let value = rng.unit()
            #expect(value >= 0 && value < 1)
        }
    }

    @Test("shuffle and sample keep the elements")
    func shuffleAndSample() {
        var rng = SplitMix64(seed: 3)
        var values = Array(0..<50)
        rng.shuffle(&values)
        #expect(values.sorted() == Array(0..<50))
        #expect(values != Array(0..<50))
        let sample = rng.sample(10, from: Array(0..<50))
        #expect(sample.count == 10)
        #expect(Set(sample).count == 10)
        #expect(rng.sample(80, from: [1, 2, 3]).sorted() == [1, 2, 3])
        #expect(rng.element(of: [Int]()) == nil)
    }
}
