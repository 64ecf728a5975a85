import GraphAlgorithms
import GraphCore
import Testing

/// Degree, eigenvector centrality, PageRank and density against networkx on every corpus graph.
@Suite struct DegreeAndSpectralFixtureTests {
    @Test func degreesAndStrengths() throws {
        for fixture in try StructureFixture.all() {
            let g = fixture.graph, name = fixture.name
            expectColumn(DegreeCentrality.degrees(g).map(Double.init), try fixture.column("degree"), "\(name) degree")
            expectColumn(
                DegreeCentrality.degrees(g, direction: .incoming).map(Double.init), try fixture.column("in_degree"),
                "\(name) in-degree")
            expectColumn(
                DegreeCentrality.degrees(g, direction: .outgoing).map(Double.init), try fixture.column("out_degree"),
                "\(name) out-degree")
            expectColumn(DegreeCentrality.strengths(g), try fixture.column("strength"), "\(name) strength")
            expectColumn(
                DegreeCentrality.strengths(g, direction: .incoming), try fixture.column("in_strength"),
                "\(name) in-strength")
            expectColumn(
                DegreeCentrality.strengths(g, direction: .outgoing), try fixture.column("out_strength"),
                "\(name) out-strength")
            expectColumn(
                DegreeCentrality.centrality(g), try fixture.column("degree_centrality"), "\(name) degree centrality")
        }
    }

    @Test func density() throws {
        for fixture in try StructureFixture.all() {
            expectScalar(Density.density(fixture.graph), try fixture.scalar("density"), "\(fixture.name) density")
        }
    }

    @Test func eigenvectorCentrality() throws {
        for fixture in try StructureFixture.all() {
            for (key, weighted) in [("eigenvector", false), ("eigenvector_weighted", true)] {
                let what = "\(fixture.name) \(key)"
                // The fixture is networkx's default run (tol 1e-6, max_iter 100): reproduce it with the same stop.
                func networkxRun() throws(AlgorithmError) -> [Double] {
                    try EigenvectorCentrality.compute(
                        fixture.graph, weighted: weighted, maxIterations: EigenvectorCentrality.networkxMaxIterations,
                        tolerance: EigenvectorCentrality.networkxTolerance, rule: .networkx)
                }
                if fixture.error(key) != nil {
                    #expect(throws: AlgorithmError.self, "\(what)") { try networkxRun() }
                    continue
                }
                let values = try networkxRun()
                expectColumn(values, try fixture.column(key), relative: 1e-6, what)
                // Replicating networkx's iteration should give far better than the 1e-6 required.
                expectColumn(values, try fixture.column(key), relative: 1e-11, "\(what) (tight)")
            }
        }
    }

    @Test func pageRank() throws {
        for fixture in try StructureFixture.all() {
            let n = fixture.graph.nodeCount
            let personalization = (0..<n).map { $0 % 3 == 0 ? 0.0 : Double(1 + $0 % 5) }
            let variants: [(String, [Double]?, Bool)] = [
                ("pagerank", nil, true), ("pagerank_unweighted", nil, false),
                ("pagerank_personalized", personalization, true),
            ]
            for (key, p, weighted) in variants {
                let what = "\(fixture.name) \(key)"
                if fixture.error(key) != nil {
                    #expect(throws: AlgorithmError.self, "\(what)") {
                        try PageRank.compute(fixture.graph, personalization: p, weighted: weighted)
                    }
                    continue
                }
                let values = try PageRank.compute(fixture.graph, personalization: p, weighted: weighted)
                expectColumn(values, try fixture.column(key), relative: 1e-6, what)
                expectColumn(values, try fixture.column(key), relative: 1e-11, "\(what) (tight)")
            }
        }
    }
}
