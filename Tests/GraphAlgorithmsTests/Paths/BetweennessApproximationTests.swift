import Foundation
import GraphAlgorithms
import GraphCore
import Testing

/// The Riondato–Kornaropoulos approximation: within its stated bound, reproducible, validated.
@Suite struct BetweennessApproximationTests {
    @Test(arguments: [
        ("les_miserables", EdgeLength.hops), ("powerlaw_80", .hops), ("directed_er_30", .hops),
        ("karate_weighted", .inverseWeight), ("weighted_float", .inverseWeight),
    ])
    func withinEpsilonOfExact(name: String, length: EdgeLength) throws {
        let graph = try Fixtures.entry(name).graph()
        let exact = try Betweenness.exact(graph, length: length)
        let approximate = try Betweenness.approximate(graph, epsilon: 0.05, delta: 0.1, seed: 7, length: length)
        let bound = approximate.guarantee.epsilonOnReturnedScale
        #expect(approximate.guarantee.samples > 0)
        #expect(abs(bound - 0.05 * Double(graph.nodeCount) / Double(graph.nodeCount - 2)) < 1e-15)
        let worst = zip(exact, approximate.values).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= bound, "\(name): largest error \(worst) exceeds \(bound)")
    }

    @Test func sameSeedSameValuesOnAnyThreadCount() throws {
        let graph = try Fixtures.entry("les_miserables").graph()
        let one = try Betweenness.approximate(graph, epsilon: 0.1, seed: 3, threads: 1)
        let two = try Betweenness.approximate(graph, epsilon: 0.1, seed: 3, threads: 2)
        #expect(one.values == two.values)
        #expect(one.guarantee == two.guarantee)
        let other = try Betweenness.approximate(graph, epsilon: 0.1, seed: 4, threads: 2)
        #expect(other.values != one.values)
    }

    /// r = ⌈(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ)) / ε²⌉: for a path of 6 nodes VD = 6, so ⌊log₂ 4⌋ = 2.
    @Test func sampleSizeFollowsTheBound() throws {
        let graph = try Fixtures.entry("path_6").graph()
        let result = try Betweenness.approximate(graph, epsilon: 0.1, delta: 0.1, seed: 1)
        #expect(result.guarantee.vertexDiameterBound <= 11)
        #expect(result.guarantee.vertexDiameterBound >= 6)
        let expectedLog = Double(Int.bitWidth - 1 - (result.guarantee.vertexDiameterBound - 2).leadingZeroBitCount)
        #expect(result.guarantee.samples == Int(((expectedLog + 1 + (10.0).logarithm) / 0.01).rounded(.up)))
    }

    @Test func invalidParametersThrow() throws {
        let graph = try Fixtures.entry("karate").graph()
        for (epsilon, delta) in [(0.0, 0.1), (1.0, 0.1), (-0.1, 0.1), (0.1, 0.0), (0.1, 1.0), (.nan, 0.1)] {
            #expect(throws: AlgorithmError.self) { try Betweenness.approximate(graph, epsilon: epsilon, delta: delta) }
        }
        #expect(throws: AlgorithmError.self) { try Betweenness.approximate(graph, threads: 0) }
    }

    @Test func automaticSwitchesAtTheWorkLimit() throws {
        let graph = try Fixtures.entry("les_miserables").graph()
        let work = graph.nodeCount * graph.arcCount
        let exact = try Betweenness.automatic(graph, exactWorkLimit: work)
        #expect(exact.isExact)
        #expect(exact.values == (try Betweenness.exact(graph)))
        let sampled = try Betweenness.automatic(graph, exactWorkLimit: work - 1, epsilon: 0.1, seed: 5)
        let guarantee = try #require(sampled.guarantee)
        #expect(guarantee.epsilon == 0.1 && guarantee.seed == 5)
        #expect(sampled.values == (try Betweenness.approximate(graph, epsilon: 0.1, seed: 5).values))
        #expect(throws: AlgorithmError.self) { try Betweenness.automatic(graph, exactWorkLimit: -1) }
    }

    @Test func tinyGraphsAreExactZeros() throws {
        let graph = try Fixtures.entry("isolates_one_edge").graph()
        let result = try Betweenness.approximate(graph)
        #expect(result.values == [0, 0, 0, 0, 0])
        #expect(result.guarantee.samples == 0)
    }
}

extension Double {
    fileprivate var logarithm: Double { Foundation.log(self) }
}
