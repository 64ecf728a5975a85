import GraphCore
import Testing

@Suite struct GraphBuilderTests {
    @Test func undirectedEdgesBecomeTwoSortedArcs() throws {
        var builder = try GraphBuilder(nodeCount: 4, directed: false)
        try builder.addEdge(2, 0)
        try builder.addEdge(0, 1)
        try builder.addEdge(3, 3)
        let graph = builder.build()
        #expect(Array(graph.outNeighbors(of: 0)) == [1, 2])
        #expect(Array(graph.outNeighbors(of: 2)) == [0])
        #expect(Array(graph.outNeighbors(of: 3)) == [3])
        #expect(graph.edgeCount == 3)
        #expect(graph.selfLoopCount == 1)
        #expect(graph.arcCount == 5)
        #expect(!graph.isWeighted)
    }

    @Test func directedGraphStoresTheTranspose() throws {
        var builder = try GraphBuilder(nodeCount: 3, directed: true)
        try builder.addEdge(0, 2, weight: 2)
        try builder.addEdge(1, 2, weight: 3)
        try builder.addEdge(2, 0)
        let graph = builder.build()
        #expect(Array(graph.inNeighbors(of: 2)) == [0, 1])
        #expect(Array(graph.inWeights[graph.inOffsets[2] ..< graph.inOffsets[3]]) == [2, 3])
        #expect(Array(graph.outNeighbors(of: 2)) == [0])
        #expect(graph.edgeCount == 3)
        #expect(graph.isWeighted)
    }

    @Test(arguments: [
        (ParallelEdgePolicy.sum, 6.0), (.max, 3.0), (.min, 1.0), (.count, 3.0), (.first, 2.0),
    ])
    func parallelEdgesMergeByPolicy(policy: ParallelEdgePolicy, expected: Double) throws {
        var builder = try GraphBuilder(nodeCount: 2, directed: false)
        try builder.addEdge(0, 1, weight: 2)
        try builder.addEdge(1, 0, weight: 1)
        try builder.addEdge(0, 1, weight: 3)
        let graph = builder.build(parallelEdges: policy)
        #expect(graph.edgeCount == 1)
        #expect(Array(graph.outArcWeights(of: 0)) == [expected])
        #expect(Array(graph.outArcWeights(of: 1)) == [expected])
    }

    @Test func refusesBadInput() throws {
        var builder = try GraphBuilder(nodeCount: 2, directed: false)
        #expect(throws: GraphBuildError.nodeOutOfRange(node: 2, nodeCount: 2)) { try builder.addEdge(0, 2) }
        #expect(throws: GraphBuildError.nonFiniteWeight(source: 0, target: 1)) {
            try builder.addEdge(0, 1, weight: .nan)
        }
        #expect(throws: GraphBuildError.tooManyNodes(-1)) { try GraphBuilder(nodeCount: -1, directed: true) }
    }

    @Test func hasArcUsesTheSortedRows() throws {
        var builder = try GraphBuilder(nodeCount: 6, directed: true)
        for t in [5, 1, 3] { try builder.addEdge(0, t) }
        let graph = builder.build()
        #expect(graph.hasArc(from: 0, to: 3))
        #expect(!graph.hasArc(from: 0, to: 2))
        #expect(!graph.hasArc(from: 3, to: 0))
    }
}
