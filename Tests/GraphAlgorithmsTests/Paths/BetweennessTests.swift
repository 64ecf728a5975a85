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

    /// Issue 14, item 5: the 4-cycle 0–1–2–3 with strengths 2, 12, 3, 4 has two equally short routes
    /// from 0 to 2 (1/2 + 1/12 = 1/4 + 1/3 = 7/12), which floats miss. An unrelated pendant 4–5–6 with
    /// strengths 100000007 and 100000037 makes one graph-wide lcm pass 2⁵³; lcm per component keeps
    /// the cycle exact (L = 12). For closeness and harmonic the pendant's lengths are floats (adding them
    /// only rounds); for counting paths its ties are bridges, neutral, so it is exact too.
    /// networkx 3.6.1 `betweenness_centrality(G, weight="length")` with the cycle's lengths 12/w:
    /// [0, 1/30, 2/30, 1/30, 0, 2/30, 0] (float lengths 1/w everywhere give node 1 0 and node 3 2/30);
    /// closeness × 12 [1.125, 1.5, 1.5, 1.5], harmonic × 12 [7.7142857142857135, 16.4, 16.714285714285715, 9.4].
    @Test func exactLengthsPerComponent() throws {
        var builder = try GraphBuilder(nodeCount: 7, directed: false)
        for (u, v, w) in [(0, 1, 2.0), (1, 2, 12), (2, 3, 3), (3, 0, 4), (4, 5, 100000007), (5, 6, 100000037)] {
            try builder.addEdge(u, v, weight: w)
        }
        let graph = builder.build()
        let values = try Betweenness.exact(graph, length: .inverseWeight)
        expectColumn(values, [0, 1.0 / 30, 2.0 / 30, 1.0 / 30, 0, 2.0 / 30, 0], "betweenness")
        let (closeness, harmonic) = try Closeness.closenessAndHarmonic(graph, length: .inverseWeight)
        expectColumn(Array(closeness.prefix(4)), [1.125, 1.5, 1.5, 1.5], "closeness")
        expectColumn(
            Array(harmonic.prefix(4)), [7.7142857142857135, 16.4, 16.714285714285715, 9.4], "harmonic")
        // The pendant path is all bridges: neutral for counting, so every component counts exactly.
        #expect(PathArithmetic.of(graph, length: .inverseWeight).kind == .exactIntegers)
        // A triangle with coprime large strengths cannot be made exact: floats there, and a note says so.
        var mixed = try GraphBuilder(nodeCount: 7, directed: false)
        for (u, v, w) in [(0, 1, 2.0), (1, 2, 12), (2, 3, 3), (3, 0, 4), (4, 5, 100000007), (5, 6, 100000037),
                          (4, 6, 100000039)] {
            try mixed.addEdge(u, v, weight: w)
        }
        let arithmetic = PathArithmetic.of(mixed.build(), length: .inverseWeight)
        #expect(arithmetic.kind == .mixed)
        #expect(arithmetic.floatingComponents == 1 && arithmetic.floatingNodes == 3)
        #expect(arithmetic.note?.contains("1 of 2 components (3 nodes)") == true, "\(arithmetic.note ?? "")")
        var exactOnly = try GraphBuilder(nodeCount: 4, directed: false)
        for (u, v, w) in [(0, 1, 2.0), (1, 2, 12), (2, 3, 3), (3, 0, 4)] { try exactOnly.addEdge(u, v, weight: w) }
        #expect(PathArithmetic.of(exactOnly.build(), length: .inverseWeight).kind == .exactIntegers)
        #expect(PathArithmetic.of(exactOnly.build(), length: .inverseWeight).note == nil)
    }

    /// Issue 14, item 5, the reported case: the 4-cycle 0–1–2–3 with strengths 4, 3, 12, 2 has two equally
    /// short routes from 1 to 3 (1/4 + 1/2 = 1/3 + 1/12 = 3/4), and a pendant chain 0–4–5 with strengths
    /// 100000007 and 100000037 hangs off node 0. The component's lcm (12 · 100000007 · 100000037) passes
    /// 2⁵³, so lengths used to fall back to floats and miss the tie (nodes 1 and 3: 0.275 and 0.025). Every
    /// path crosses the same bridges, so they are neutral for counting, and the cycle stays exact (L = 12).
    /// networkx 3.6.1 `betweenness_centrality(G, weight="d")` with exact integer lengths d = L/w:
    /// [0.6000000000000001, 0.15000000000000002, 0.1, 0.15000000000000002, 0.4, 0.0].
    @Test func pendantChainDoesNotSpoilExactLengths() throws {
        var builder = try GraphBuilder(nodeCount: 6, directed: false)
        for (u, v, w) in [(0, 1, 4.0), (1, 2, 3), (2, 3, 12), (3, 0, 2), (0, 4, 100000007), (4, 5, 100000037)] {
            try builder.addEdge(u, v, weight: w)
        }
        let graph = builder.build()
        expectColumn(
            try Betweenness.exact(graph, length: .inverseWeight),
            [0.6000000000000001, 0.15000000000000002, 0.1, 0.15000000000000002, 0.4, 0.0], "betweenness")
        let sampled = try Betweenness.approximate(graph, epsilon: 0.2, seed: 3, length: .inverseWeight)
        #expect(sampled.values.count == 6)
        #expect(PathArithmetic.of(graph, length: .inverseWeight).kind == .exactIntegers)
        #expect(PathArithmetic.of(graph, length: .inverseWeight).note == nil)
    }

    /// Strengths written as decimals count exactly too: 0 → 3 along three ties of strength 2.1 is as short
    /// as along two of strength 1.4 (3/2.1 = 2/1.4 = 10/7), which float sums miss (1.4285714285714284 against
    /// 1.4285714285714286). Read as decimals (× 10: 21 and 14, L = 42) the tie is seen; networkx with exact
    /// rational lengths gives [1, 1.5, 1.5, 1, 0.5] (floats: [1, 2, 2, 1, 0]).
    @Test func decimalStrengthsCountExactly() throws {
        var builder = try GraphBuilder(nodeCount: 5, directed: false)
        for (u, v, w) in [(0, 1, 2.1), (1, 2, 2.1), (2, 3, 2.1), (0, 4, 1.4), (4, 3, 1.4)] {
            try builder.addEdge(u, v, weight: w)
        }
        let graph = builder.build()
        #expect(try Betweenness.exact(graph, length: .inverseWeight, normalized: false) == [1, 1.5, 1.5, 1, 0.5])
        #expect(PathArithmetic.of(graph, length: .inverseWeight).kind == .exactIntegers)
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
