import GraphAlgorithms
import GraphCore
import Testing

/// Small graphs whose values are worked out by hand (and agree with networkx 3.6.1).
@Suite struct HandWorkedStructureTests {
    static func graph(_ n: Int, directed: Bool = false, _ edges: [(Int, Int, Double)]) throws -> Graph {
        var builder = try GraphBuilder(nodeCount: n, directed: directed)
        for (u, v, w) in edges { try builder.addEdge(u, v, weight: w) }
        return builder.build()
    }

    static func path(_ n: Int, directed: Bool = false) throws -> Graph {
        try graph(n, directed: directed, (0..<max(n - 1, 0)).map { ($0, $0 + 1, 1) })
    }

    @Test func undirectedSelfLoopCountsTwice() throws {
        // Path 0–1–2 with a loop on 1 (weight 3): degree 4, strength 1 + 1 + 2·3.
        let g = try Self.graph(3, [(0, 1, 1), (1, 2, 1), (1, 1, 3)])
        #expect(DegreeCentrality.degrees(g) == [1, 4, 1])
        #expect(DegreeCentrality.strengths(g) == [1, 8, 1])
        #expect(DegreeCentrality.centrality(g) == [0.5, 2, 0.5])
        #expect(Density.density(g) == 1)  // 3 edges including the loop over 3 pairs.
    }

    @Test func directedDegrees() throws {
        let g = try Self.graph(3, directed: true, [(0, 1, 2), (0, 2, 1), (2, 2, 5)])
        #expect(DegreeCentrality.degrees(g, direction: .outgoing) == [2, 0, 1])
        #expect(DegreeCentrality.degrees(g, direction: .incoming) == [0, 1, 2])
        #expect(DegreeCentrality.degrees(g) == [2, 1, 3])
        #expect(DegreeCentrality.strengths(g, direction: .outgoing) == [3, 0, 5])
        #expect(DegreeCentrality.strengths(g) == [3, 2, 11])
        #expect(Density.density(g) == 0.5)
        #expect(DegreeCentrality.centrality(try Self.graph(1, [])) == [1])
    }

    @Test func eigenvectorOfCompleteGraphIsUniform() throws {
        let k4 = try Self.graph(4, (0..<4).flatMap { u in (u + 1..<4).map { (u, $0, 1.0) } })
        for value in try EigenvectorCentrality.compute(k4) { #expect(abs(value - 0.5) < 1e-12) }
    }

    @Test func eigenvectorFailsOnDirectedAcyclicGraph() throws {
        // networkx raises PowerIterationFailedConvergence on a directed path (its rule, 100 iterations); the
        // converged default cannot settle either (the vector creeps towards the last node as 1/k).
        #expect(throws: AlgorithmError.notConverged(iterations: 100)) {
            try EigenvectorCentrality.compute(
                try Self.path(4, directed: true), maxIterations: 100, tolerance: 1e-6, rule: .networkx)
        }
        #expect(throws: AlgorithmError.notConverged(iterations: EigenvectorCentrality.convergedMaxIterations)) {
            try EigenvectorCentrality.compute(try Self.path(4, directed: true))
        }
        #expect(throws: AlgorithmError.self) { try EigenvectorCentrality.compute(try Self.graph(0, [])) }
    }

    @Test func pageRankOfPathWithSelfLoopMatchesNetworkx() throws {
        let g = try Self.graph(3, [(0, 1, 1), (1, 2, 1), (1, 1, 1)])
        let expected = [0.212765701725957, 0.5744685965480859, 0.212765701725957]
        let values = try PageRank.compute(g)
        for (a, e) in zip(values, expected) { #expect(abs(a - e) < 1e-15) }
    }

    @Test func pageRankDanglingMassFollowsPersonalization() throws {
        // 0 → 1, 1 dangling; all restarts and dangling jumps go to node 0.
        let g = try Self.graph(2, directed: true, [(0, 1, 1)])
        let values = try PageRank.compute(g, personalization: [1, 0], maxIterations: 1000, tolerance: 1e-14)
        // Stationary: x0 = x1 (dangling) + 0.15 x0 → x1 = 0.85 x0, x0 + x1 = 1.
        #expect(abs(values[0] - 1 / 1.85) < 1e-12)
        #expect(abs(values[1] - 0.85 / 1.85) < 1e-12)
    }

    @Test func coreNumbersIgnoreSelfLoops() throws {
        let g = try Self.graph(4, [(0, 1, 1), (1, 2, 1), (2, 0, 1), (2, 3, 1), (3, 3, 1)])
        #expect(CoreNumber.compute(g) == [2, 2, 2, 1])
        // Directed: a reciprocated pair counts twice (in + out degree); a self-loop is in neither row's count.
        let d = try Self.graph(3, directed: true, [(0, 1, 1), (1, 0, 1), (1, 2, 1), (2, 2, 1)])
        #expect(CoreNumber.compute(d) == [2, 2, 1])
    }

    @Test func clusteringOfTriangleWithPendant() throws {
        let g = try Self.graph(4, [(0, 1, 1), (1, 2, 1), (2, 0, 1), (2, 3, 1)])
        let local = Clustering.local(g)
        #expect(local[0] == 1 && local[1] == 1 && local[3] == 0)
        #expect(abs(local[2] - 1.0 / 3) < 1e-15)
        #expect(abs(Clustering.transitivity(g) - 0.6) < 1e-15)
        #expect(abs(Clustering.average(g) - (7.0 / 3) / 4) < 1e-15)
    }

    @Test func weightedClusteringUsesGeometricMeanOverMaximum() throws {
        // Weights 1, 1, 8 with maximum 8: (1/8 · 1/8 · 1)^(1/3) = 1/4 at every node.
        let g = try Self.graph(3, [(0, 1, 1), (1, 2, 1), (0, 2, 8)])
        for value in Clustering.local(g, weighted: true) { #expect(abs(value - 0.25) < 1e-15) }
    }

    @Test func directedClusteringFagiolo() throws {
        let cycle = try Self.graph(3, directed: true, [(0, 1, 1), (1, 2, 1), (2, 0, 1)])
        #expect(Clustering.local(cycle) == [0.5, 0.5, 0.5])
        let dense = try Self.graph(3, directed: true, [(0, 1, 1), (1, 0, 1), (1, 2, 1), (2, 0, 1), (0, 2, 1)])
        #expect(Clustering.local(dense) == [0.5, 1, 1])
    }

    @Test func componentsAreNumberedBySmallestNode() throws {
        let g = try Self.graph(6, directed: true, [(3, 4, 1), (4, 3, 1), (0, 1, 1), (1, 2, 1), (2, 0, 1), (2, 5, 1)])
        let strong = Components.strong(g)
        #expect(strong.labels == [0, 0, 0, 1, 1, 2])
        #expect(strong.sizes == [3, 2, 1])
        let weak = Components.weak(g)
        #expect(weak.labels == [0, 0, 0, 1, 1, 0])
        #expect(weak.largestShare == 4.0 / 6)
    }

    @Test func pathCutOffsAndBridges() throws {
        let cut = ArticulationPoints.compute(try Self.path(5))
        #expect(cut.isArticulationPoint == [false, true, true, true, false])
        #expect(cut.cutOff == [0, 1, 2, 1, 0])
        #expect(cut.bridges.map { [$0.0, $0.1] } == [[0, 1], [1, 2], [2, 3], [3, 4]])
        let star = ArticulationPoints.compute(try Self.graph(6, (1..<6).map { (0, $0, 1) }))
        #expect(star.cutOff == [4, 0, 0, 0, 0, 0])
    }

    @Test func selfLoopAndCycleEdgesAreNeverBridges() throws {
        let g = try Self.graph(4, [(0, 1, 1), (1, 2, 1), (2, 0, 1), (2, 3, 1), (3, 3, 1), (1, 1, 1)])
        let cut = ArticulationPoints.compute(g)
        #expect(cut.bridges.map { [$0.0, $0.1] } == [[2, 3]])
        #expect(cut.cutOff == [0, 0, 1, 0])
    }

    @Test func longChainsDoNotOverflowTheStack() throws {
        let n = 200_000
        let chain = try Self.path(n)
        let cut = ArticulationPoints.compute(chain)
        #expect(cut.cutOff[n / 2] == n / 2 - 1)
        #expect(cut.bridges.count == n - 1)
        var edges = (0..<(n - 1)).map { ($0, $0 + 1, 1.0) }
        edges.append((n - 1, 0, 1))
        let ring = try Self.graph(n, directed: true, edges)
        #expect(Components.strong(ring).count == 1)
        #expect(Components.strong(try Self.path(n, directed: true)).count == n)
    }

    @Test func starCentralization() throws {
        let star = try Self.graph(8, (1..<8).map { (0, $0, 1) })
        #expect(Centralization.degree(star) == 0.75)
        var betweenness = [Double](repeating: 0, count: 8)
        betweenness[0] = 21  // 7 choose 2 pairs through the centre.
        #expect(Centralization.betweenness(betweenness, directed: false) == 1)
        betweenness[0] = 1  // networkx normalised scale.
        #expect(Centralization.betweenness(betweenness, directed: false, normalized: true) == 1)
        #expect(Centralization.betweenness([0, 0], directed: false).isNaN)
        #expect(Assortativity.degree(star) == -1)
    }

    @Test func attributeAssortativityOfPerfectSorting() throws {
        // Two cliques of different categories joined by nothing: r = 1.
        let g = try Self.graph(4, [(0, 1, 1), (2, 3, 1)])
        #expect(try Assortativity.attribute(g, categories: [7, 7, -2, -2]) == 1)
        // Every edge joins different categories, two equal groups: r = -1.
        #expect(try Assortativity.attribute(g, categories: [0, 1, 0, 1]) == -1)
    }
}
