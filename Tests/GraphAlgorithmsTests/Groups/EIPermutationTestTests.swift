import GraphAlgorithms
import GraphCore
import Testing

/// The seeded permutation test of the network E-I index.
@Suite struct EIPermutationTestTests {
    /// The two-group graph of ``HandWorkedGroupTests`` (observed E-I −3/7).
    static func twoGroupGraph() throws -> Graph {
        try HandWorkedGroupTests.graph(HandWorkedGroupTests.twoGroupEdges, nodes: 6)
    }

    @Test func deterministicForASeedAndAnyThreadCount() throws {
        let g = try Self.twoGroupGraph(), groups = HandWorkedGroupTests.twoGroups
        let one = try EIPermutationTest.run(g, groups: groups, groupCount: 2, permutations: 1_000, seed: 42, threads: 1)
        let two = try EIPermutationTest.run(g, groups: groups, groupCount: 2, permutations: 1_000, seed: 42, threads: 2)
        let again = try EIPermutationTest.run(g, groups: groups, groupCount: 2, permutations: 1_000, seed: 42, threads: 2)
        #expect(one == two && two == again)
        #expect(isClose(one.observed, -3.0 / 7, relative: 1e-15))
        let other = try EIPermutationTest.run(g, groups: groups, groupCount: 2, permutations: 1_000, seed: 43, threads: 2)
        #expect(other.meanPermuted != one.meanPermuted, "another seed draws other permutations")
    }

    /// With group sizes 3 and 3 every labelling is one of the C(6, 3) = 20 ways to choose group A,
    /// equally likely under a uniform shuffle. The exact p-values and mean come from enumerating
    /// them (each scored by ``GroupMixing``, an independent code path); the Monte Carlo estimates
    /// must lie within 5 binomial standard errors (plus the +1 of the p-value convention).
    @Test func pValuesMatchExactEnumeration() throws {
        let g = try Self.twoGroupGraph(), groups = HandWorkedGroupTests.twoGroups
        let observed = try GroupMixing.compute(g, groups: groups, groupCount: 2).networkEIIndex
        var values: [Double] = []
        for mask in 0..<(1 << 6) where mask.nonzeroBitCount == 3 {
            let labels = (0..<6).map { Int32((mask >> $0) & 1) }
            values.append(try GroupMixing.compute(g, groups: labels, groupCount: 2).networkEIIndex)
        }
        #expect(values.count == 20)
        let exactAtLeast = Double(values.filter { $0 >= observed - 1e-12 }.count) / 20
        let exactAtMost = Double(values.filter { $0 <= observed + 1e-12 }.count) / 20
        let exactMean = values.reduce(0, +) / 20
        let n = 5_000.0
        let test = try EIPermutationTest.run(g, groups: groups, groupCount: 2, seed: 7)
        #expect(test.permutations == 5_000)
        for (estimate, exact) in [(test.pGreaterOrEqual, exactAtLeast), (test.pLessOrEqual, exactAtMost)] {
            let standardError = (exact * (1 - exact) / n).squareRoot()
            #expect(abs(estimate - exact) <= 5 * standardError + 1 / (n + 1), "p \(estimate) vs exact \(exact)")
        }
        let variance = values.map { ($0 - exactMean) * ($0 - exactMean) }.reduce(0, +) / 20
        #expect(abs(test.meanPermuted - exactMean) <= 5 * (variance / n).squareRoot(), "mean \(test.meanPermuted) vs \(exactMean)")
    }

    /// A graph whose ties all run inside the groups: every other labelling has fewer internal ties,
    /// so P(EI_perm ≤ EI_obs) is the share of labellings as closed, and P(EI_perm ≥ EI_obs) = 1.
    @Test func extremeGroupingsAndUngroupedNodes() throws {
        let g = try HandWorkedGroupTests.graph([(0, 1), (2, 3), (4, 5)], nodes: 7)
        let groups: [Int32] = [0, 0, 1, 1, 2, 2, -1]
        let test = try EIPermutationTest.run(g, groups: groups, groupCount: 3, permutations: 2_000, seed: 1)
        #expect(test.observed == -1)
        #expect(test.pGreaterOrEqual == 1)
        // Labellings keeping all three pairs together: 3! of the 6!/(2!2!2!) = 90 arrangements, 1/15.
        let exact = 1.0 / 15, n = 2_000.0
        #expect(abs(test.pLessOrEqual - exact) <= 5 * (exact * (1 - exact) / n).squareRoot() + 1 / (n + 1))
        let empty = try EIPermutationTest.run(g, groups: [Int32](repeating: -1, count: 7), groupCount: 0, permutations: 10)
        #expect(empty.observed.isNaN && empty.pLessOrEqual.isNaN)
    }

    /// Eight labellings scored per pass (unit weights, at most 256 groups) against one at a time
    /// (forced by a group count above 256): the same permutations give the same result. The ring has
    /// 400 ties, so the byte counters are flushed along the way.
    @Test func packedAndSingleScoringAgree() throws {
        var edges: [(Int, Int)] = []
        for v in 0..<200 { edges += [(v, (v + 1) % 200), (v, (v + 2) % 200)] }
        let g = try HandWorkedGroupTests.graph(edges, nodes: 200)
        let groups: [Int32] = (0..<200).map { (node: Int) -> Int32 in node % 7 == 0 ? -1 : Int32(node % 3) }
        let packed = try EIPermutationTest.run(g, groups: groups, groupCount: 3, permutations: 203, seed: 5, threads: 2)
        let single = try EIPermutationTest.run(g, groups: groups, groupCount: 257, permutations: 203, seed: 5, threads: 1)
        #expect(packed == single)
        // Nodes one or two apart on the ring are in different groups (except across the seam at 199 → 0),
        // so nearly every grouped tie is between groups: far more than chance.
        #expect(packed.observed > 0.9 && packed.meanPermuted < 0.5 && packed.pGreaterOrEqual < 0.01)
    }
}
