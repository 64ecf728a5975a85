import GraphCore
import Testing

/// The corpus itself loads, and each graph has the shape its fixture script says.
@Suite struct CorpusTests {
    @Test func everyGraphBuilds() throws {
        let names = try Fixtures.graphNames()
        #expect(names.count >= 30)
        for name in names {
            let entry = try Fixtures.entry(name)
            let graph = try entry.graph()
            #expect(graph.nodeCount == entry.n, "\(name)")
            #expect(graph.isDirected == entry.directed, "\(name)")
        }
    }

    @Test func parallelEdgesAreSummed() throws {
        let graph = try Fixtures.entry("parallel_edges").graph()
        // Raw edges 4-5 three times with weight 1: one edge of weight 3.
        let position = try #require(graph.arcPosition(from: 4, to: 5))
        #expect(graph.outWeights[position] == 3)
        #expect(graph.edgeCount == 7)
    }
}
