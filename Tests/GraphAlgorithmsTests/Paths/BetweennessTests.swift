import GraphAlgorithms
import GraphCore
import Testing

/// Exact betweenness against networkx on the corpus, plus hand-worked cases.
@Suite struct BetweennessTests {
    static let graphNames = (try? Fixtures.graphNames()) ?? []

    @Test(arguments: graphNames) func matchesNetworkx(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let expected = try Fixtures.expected("paths", name)
        expectColumn(try Betweenness.exact(graph), try Fixtures.column(expected, "betweenness"), "\(name) betweenness")
        expectColumn(
            try Betweenness.exact(graph, normalized: false),
            try Fixtures.column(expected, "betweenness_unnormalized"), "\(name) unnormalized")
        expectColumn(
            try Betweenness.exact(graph, endpoints: true),
            try Fixtures.column(expected, "betweenness_endpoints"), "\(name) endpoints")
        guard expected["weighted"] as? Bool == true else { return }
        expectColumn(
            try Betweenness.exact(graph, length: .inverseWeight),
            try Fixtures.column(expected, "betweenness_weighted"), "\(name) weighted")
        expectColumn(
            try Betweenness.exact(graph, length: .weight),
            try Fixtures.column(expected, "betweenness_distance"), "\(name) distance")
    }

    /// networkx docstring: the undirected path 0–1–2 gives node 1 the value 1, normalised or not;
    /// directed, normalised, 0.5.
    @Test func threePath() throws {
        var undirected = try GraphBuilder(nodeCount: 3, directed: false)
        try undirected.addEdge(0, 1)
        try undirected.addEdge(1, 2)
        #expect(try Betweenness.exact(undirected.build()) == [0, 1, 0])
        #expect(try Betweenness.exact(undirected.build(), normalized: false) == [0, 1, 0])
        var directed = try GraphBuilder(nodeCount: 3, directed: true)
        try directed.addEdge(0, 1)
        try directed.addEdge(1, 2)
        #expect(try Betweenness.exact(directed.build()) == [0, 0.5, 0])
        #expect(try Betweenness.exact(directed.build(), normalized: false) == [0, 1, 0])
    }

    /// Strengths 10, 10, 10 (lengths 0.1 each) against 20 then 4 (0.05 + 0.25): equal routes from
    /// 0 to 3, although `0.1 + 0.1 + 0.1 != 0.05 + 0.25` in floating point. The integer lengths
    /// (L = 20: 2 + 2 + 2 = 1 + 5) see the tie; networkx on float lengths would give [2, 2, 1, 0, 1].
    @Test func equalWeightedRoutesTieExactly() throws {
        var builder = try GraphBuilder(nodeCount: 5, directed: false)
        for (u, v, w) in [(0, 1, 10.0), (1, 2, 10), (2, 3, 10), (0, 4, 20), (4, 3, 4)] {
            try builder.addEdge(u, v, weight: w)
        }
        let values = try Betweenness.exact(builder.build(), length: .inverseWeight, normalized: false)
        #expect(values == [2, 2.5, 1.5, 0, 0.5])
    }

    @Test func invalidParametersThrow() throws {
        let graph = try Fixtures.entry("karate").graph()
        #expect(throws: AlgorithmError.self) { try Betweenness.exact(graph, threads: 0) }
        var builder = try GraphBuilder(nodeCount: 3, directed: false)
        try builder.addEdge(0, 1, weight: 2)
        try builder.addEdge(1, 2, weight: -1)
        let negative = builder.build()
        #expect(throws: AlgorithmError.self) { try Betweenness.exact(negative, length: .inverseWeight) }
        #expect(throws: AlgorithmError.self) { try Betweenness.exact(negative, length: .weight) }
        #expect(try Betweenness.exact(negative) == [0, 1, 0])
    }

    @Test(arguments: ["les_miserables", "powerlaw_80", "directed_weighted"])
    func identicalForOneAndTwoThreads(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        for length in EdgeLength.allCases {
            let one = try Betweenness.exact(graph, length: length, threads: 1)
            let two = try Betweenness.exact(graph, length: length, threads: 2)
            #expect(one == two, "\(name) \(length)")
        }
    }

    @Test func progressReachesOne() throws {
        let graph = try Fixtures.entry("les_miserables").graph()
        let recorder = ProgressRecorder()
        _ = try Betweenness.exact(graph, threads: 2) { recorder.record($0) }
        #expect(recorder.values.last == 1)
        #expect(recorder.values.allSatisfy { $0 > 0 && $0 <= 1 })
        #expect(recorder.values == recorder.values.sorted())
    }

    @Test func emptyAndTinyGraphs() throws {
        #expect(try Betweenness.exact(GraphBuilder(nodeCount: 0, directed: false).build()) == [])
        #expect(try Betweenness.exact(GraphBuilder(nodeCount: 1, directed: false).build()) == [0])
    }
}
