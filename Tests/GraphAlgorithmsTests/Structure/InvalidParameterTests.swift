import GraphAlgorithms
import GraphCore
import Testing

/// Parameters outside their domain throw typed errors; nothing traps.
@Suite struct InvalidParameterTests {
    static func triangle() throws -> Graph {
        var builder = try GraphBuilder(nodeCount: 3, directed: false)
        try builder.addEdge(0, 1); try builder.addEdge(1, 2); try builder.addEdge(2, 0)
        return builder.build()
    }

    @Test(arguments: [0.0, 1.0, -0.1, 1.5, Double.nan, Double.infinity])
    func pageRankRejectsAlphaOutsideOpenUnitInterval(alpha: Double) throws {
        let g = try Self.triangle()
        #expect(throws: AlgorithmError.self) { try PageRank.compute(g, alpha: alpha) }
    }

    @Test(arguments: [-1e-6, -1, Double.nan, Double.infinity])
    func iterationsRejectBadTolerance(tolerance: Double) throws {
        let g = try Self.triangle()
        #expect(throws: AlgorithmError.self) { try PageRank.compute(g, tolerance: tolerance) }
        #expect(throws: AlgorithmError.self) { try EigenvectorCentrality.compute(g, tolerance: tolerance) }
    }

    @Test func iterationsRejectNonPositiveIterationCount() throws {
        let g = try Self.triangle()
        #expect(throws: AlgorithmError.self) { try PageRank.compute(g, maxIterations: 0) }
        #expect(throws: AlgorithmError.self) { try EigenvectorCentrality.compute(g, maxIterations: -3) }
    }

    @Test func pageRankRejectsBadPersonalization() throws {
        let g = try Self.triangle()
        #expect(throws: AlgorithmError.self) { try PageRank.compute(g, personalization: [1, 1]) }
        #expect(throws: AlgorithmError.self) { try PageRank.compute(g, personalization: [1, -1, 1]) }
        #expect(throws: AlgorithmError.self) { try PageRank.compute(g, personalization: [0, 0, 0]) }
        #expect(throws: AlgorithmError.self) { try PageRank.compute(g, personalization: [1, .nan, 1]) }
    }

    @Test func tooFewIterationsReportNonConvergence() throws {
        let g = try Self.triangle()
        // One iteration from the uniform start already converges on a vertex-transitive graph,
        // so use a zero tolerance to force the failure.
        #expect(throws: AlgorithmError.notConverged(iterations: 3)) {
            try PageRank.compute(g, maxIterations: 3, tolerance: 0)
        }
    }

    @Test func attributeAssortativityNeedsOneCategoryPerNode() throws {
        let g = try Self.triangle()
        #expect(throws: AlgorithmError.self) { try Assortativity.attribute(g, categories: [0, 1]) }
    }
}
