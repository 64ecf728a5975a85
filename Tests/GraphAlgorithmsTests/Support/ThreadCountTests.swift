import GraphAlgorithms
import GraphCore
import Testing

/// The node-range kernels take the caller's thread count (through the one parallel runner) and give
/// the same values for every count; a count below one is refused where the API can throw.
@Suite struct ThreadCountTests {
    @Test(arguments: ["powerlaw_80", "directed_er_30", "les_miserables"])
    func sameValuesForEveryThreadCount(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        for threads in [2, 7] {
            #expect(try PageRank.compute(graph, threads: threads) == PageRank.compute(graph, threads: 1))
            #expect(try EigenvectorCentrality.compute(graph, weighted: true, threads: threads)
                == EigenvectorCentrality.compute(graph, weighted: true, threads: 1))
            #expect(Clustering.local(graph, threads: threads) == Clustering.local(graph, threads: 1))
            #expect(Clustering.local(graph, weighted: true, threads: threads)
                == Clustering.local(graph, weighted: true, threads: 1))
        }
    }

    @Test func fewerThanOneThreadIsRefused() throws {
        let graph = try Fixtures.entry("karate").graph()
        #expect(throws: AlgorithmError.self) { try PageRank.compute(graph, threads: 0) }
        #expect(throws: AlgorithmError.self) { try EigenvectorCentrality.compute(graph, threads: 0) }
    }
}
