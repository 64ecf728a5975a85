import GraphAlgorithms
import GraphCore
import Testing

/// Modularity and CPM of fixed partitions against networkx (and the fixture script's CPM sum) on
/// every corpus graph, weighted and unweighted, at resolutions 1 and 0.5.
@Suite struct ModularityFixtureTests {
    @Test func modularityEqualsNetworkx() throws {
        var compared = 0
        for fixture in try CommunityFixture.all() {
            for expected in fixture.modularity {
                let membership = try #require(fixture.partitions[expected.partition])
                let actual = try Modularity.compute(
                    try fixture.graph(weighted: expected.weighted), membership: membership,
                    resolution: expected.resolution, weighted: expected.weighted)
                let what = "\(fixture.name) \(expected.partition) weighted=\(expected.weighted) γ=\(expected.resolution)"
                if let value = expected.value {
                    #expect(abs(actual - value) <= 1e-12, "\(what): \(actual) vs networkx \(value)")
                    compared += 1
                } else {
                    #expect(actual.isNaN, "\(what): \(actual), networkx raises")
                }
            }
        }
        #expect(compared > 400)
    }

    @Test func constantPottsQualityEqualsTheFixture() throws {
        for fixture in try CommunityFixture.all() {
            for expected in fixture.cpm {
                let membership = try #require(fixture.partitions[expected.partition])
                let actual = try Modularity.constantPottsQuality(
                    try fixture.graph(weighted: expected.weighted), membership: membership,
                    resolution: expected.resolution, weighted: expected.weighted)
                let value = try #require(expected.value)
                #expect(abs(actual - value) <= 1e-9 * max(1, abs(value)),
                    "\(fixture.name) \(expected.partition) weighted=\(expected.weighted) γ=\(expected.resolution): \(actual) vs \(value)")
            }
        }
    }

    @Test func modularityEqualsThePairwiseFormula() throws {
        for fixture in try CommunityFixture.all() where !fixture.entry.edges.isEmpty {
            let membership = try #require(fixture.partitions["louvain"])
            for weighted in [false, true] {
                let actual = try Modularity.compute(try fixture.graph(weighted: weighted), membership: membership, resolution: 0.5, weighted: weighted)
                let expected = pairwiseModularity(fixture.entry, membership, weighted: weighted, resolution: 0.5)
                #expect(abs(actual - expected) <= 1e-12, "\(fixture.name) weighted=\(weighted): \(actual) vs \(expected)")
            }
        }
    }

    @Test func invalidArgumentsThrow() throws {
        var builder = try GraphBuilder(nodeCount: 3, directed: false)
        try builder.addEdge(0, 1)
        let graph = builder.build(parallelEdges: .sum)
        #expect(throws: AlgorithmError.self) { try Modularity.compute(graph, membership: [0, 0], weighted: false) }
        #expect(throws: AlgorithmError.self) { try Modularity.compute(graph, membership: [0, 0, 3], weighted: false) }
        #expect(throws: AlgorithmError.self) { try Modularity.compute(graph, membership: [0, -1, 0], weighted: false) }
        #expect(throws: AlgorithmError.self) { try Modularity.compute(graph, membership: [0, 0, 0], resolution: -1, weighted: false) }
        #expect(throws: AlgorithmError.self) { try Modularity.compute(graph, membership: [0, 0, 0], resolution: .nan, weighted: false) }
        #expect(throws: AlgorithmError.self) {
            try Modularity.constantPottsQuality(graph, membership: [0, 0, 0], resolution: .infinity, weighted: false)
        }
    }
}
