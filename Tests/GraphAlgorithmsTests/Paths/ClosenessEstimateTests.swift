import Foundation
import GraphAlgorithms
import GraphCore
import Testing

/// Closeness and harmonic centrality estimated from sampled sources: within the stated bound,
/// reproducible, exact when every node is a source, and chosen only above the size limit.
@Suite struct ClosenessEstimateTests {
    @Test(arguments: ["les_miserables", "powerlaw_80", "directed_er_30", "karate", "disconnected_isolates"])
    func withinTheStatedBound(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let n = graph.nodeCount
        let exact = try Closeness.closenessAndHarmonic(graph)
        for seed: UInt64 in 1 ... 5 {
            let estimate = try Closeness.estimated(graph, epsilon: 0.4, delta: 0.1, seed: seed)
            let guarantee = try #require(estimate.guarantee)
            #expect(guarantee.samples > 0 && guarantee.samples < n, "\(name): the sample must be a proper subset")
            #expect(guarantee.samples == Int((log(6 * Double(n) / 0.1) / (2 * 0.4 * 0.4)).rounded(.up)))
            #expect(guarantee.harmonicError == 0.4 * Double(n))
            for v in 0 ..< n {
                let harmonicError = abs(estimate.harmonic[v] - exact.harmonic[v])
                #expect(harmonicError <= guarantee.harmonicError, "\(name) seed \(seed) node \(v): \(harmonicError)")
            }
        }
    }

    /// The bound is a worst case; on the 80-node power-law graph the real errors stay far inside it.
    @Test func errorsAreSmallInPractice() throws {
        let graph = try Fixtures.entry("powerlaw_80").graph()
        let exact = try Closeness.closenessAndHarmonic(graph)
        let estimate = try Closeness.estimated(graph, epsilon: 0.3, seed: 2)
        let worst = zip(exact.harmonic, estimate.harmonic).map { abs($0 - $1) / $0 }.max() ?? 0
        #expect(worst < 0.5)
        #expect(worst > 0, "a sample of \(estimate.guarantee?.samples ?? 0) of 80 nodes cannot be exact everywhere")
    }

    @Test(arguments: ["les_miserables", "directed_er_30", "powerlaw_80"])
    func everyNodeAsSourceGivesTheExactValues(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let exact = try Closeness.closenessAndHarmonic(graph)
        let estimate = try Closeness.estimated(graph, epsilon: 0.01, seed: 1)
        #expect(estimate.guarantee?.samples == graph.nodeCount)
        #expect(estimate.closeness == exact.closeness)
        for (a, b) in zip(estimate.harmonic, exact.harmonic) {
            #expect(isClose(a, b, relative: 1e-9), "\(name): harmonic \(a) vs \(b)")
        }
    }

    @Test func sameSeedSameValuesOnAnyThreadCount() throws {
        let graph = try Fixtures.entry("les_miserables").graph()
        let one = try Closeness.estimated(graph, epsilon: 0.3, seed: 3, threads: 1)
        let two = try Closeness.estimated(graph, epsilon: 0.3, seed: 3, threads: 2)
        #expect(one.closeness == two.closeness && one.harmonic == two.harmonic)
        let other = try Closeness.estimated(graph, epsilon: 0.3, seed: 4, threads: 2)
        #expect(other.harmonic != one.harmonic)
    }

    @Test func automaticSamplesOnlyAboveTheLimitAndNotWhenExact() throws {
        let graph = try Fixtures.entry("les_miserables").graph()
        let exact = try Closeness.closenessAndHarmonic(graph)
        let small = try Closeness.automatic(graph, samplingNodeLimit: graph.nodeCount, epsilon: 0.3)
        #expect(small.guarantee == nil && small.closeness == exact.closeness && small.harmonic == exact.harmonic)
        let large = try Closeness.automatic(graph, samplingNodeLimit: graph.nodeCount - 1, epsilon: 0.3, seed: 5)
        #expect(large.guarantee?.seed == 5)
        #expect(large.harmonic == (try Closeness.estimated(graph, epsilon: 0.3, seed: 5)).harmonic)
        let insisted = try Closeness.automatic(graph, exact: true, samplingNodeLimit: 0, epsilon: 0.3)
        #expect(insisted.guarantee == nil && insisted.closeness == exact.closeness)
        // A sample as large as the graph is not worth it: exact.
        let pointless = try Closeness.automatic(graph, samplingNodeLimit: 0, epsilon: 0.01)
        #expect(pointless.guarantee == nil)
        // Weighted path lengths are always exact.
        let weighted = try Fixtures.entry("karate_weighted").graph()
        #expect(try Closeness.automatic(weighted, length: .inverseWeight, samplingNodeLimit: 0, epsilon: 0.3)
            .guarantee == nil)
        #expect(throws: AlgorithmError.self) { try Closeness.automatic(graph, samplingNodeLimit: -1) }
    }

    @Test func invalidParametersThrow() throws {
        let graph = try Fixtures.entry("karate").graph()
        for (epsilon, delta) in [(0.0, 0.1), (1.0, 0.1), (.nan, 0.1), (0.1, 0.0), (0.1, 1.0)] {
            #expect(throws: AlgorithmError.self) { try Closeness.estimated(graph, epsilon: epsilon, delta: delta) }
        }
        #expect(throws: AlgorithmError.self) { try Closeness.estimated(graph, threads: 0) }
    }
}
