import GraphAlgorithms
import GraphCore
import Synchronization
import Testing

/// Closeness (Wasserman–Faust) and harmonic centrality against networkx on the corpus.
@Suite struct ClosenessHarmonicTests {
    static let graphNames = (try? Fixtures.graphNames()) ?? []

    @Test(arguments: graphNames) func matchesNetworkx(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let expected = try Fixtures.expected("paths", name)
        expectColumn(try Closeness.centrality(graph), try Fixtures.column(expected, "closeness"), "\(name) closeness")
        expectColumn(try Harmonic.centrality(graph), try Fixtures.column(expected, "harmonic"), "\(name) harmonic")
        guard expected["weighted"] as? Bool == true else { return }
        for (length, suffix) in [(EdgeLength.inverseWeight, "weighted"), (.weight, "distance")] {
            expectColumn(
                try Closeness.centrality(graph, length: length),
                try Fixtures.column(expected, "closeness_" + suffix), "\(name) closeness_\(suffix)")
            expectColumn(
                try Harmonic.centrality(graph, length: length),
                try Fixtures.column(expected, "harmonic_" + suffix), "\(name) harmonic_\(suffix)")
        }
    }

    /// Path 0–1–2 plus an isolate: worked by hand.
    @Test func threePathWithIsolate() throws {
        var builder = try GraphBuilder(nodeCount: 4, directed: false)
        try builder.addEdge(0, 1)
        try builder.addEdge(1, 2)
        let graph = builder.build()
        // Node 0: reaches 2 others at total distance 3 → (2/3)·(2/3) = 4/9; node 1: (2/2)·(2/3).
        #expect(try Closeness.centrality(graph) == [4.0 / 9, 2.0 / 3, 4.0 / 9, 0])
        #expect(try Harmonic.centrality(graph) == [1.5, 2, 1.5, 0])
    }

    /// Directed path 0 → 1 → 2: incoming distances, so node 0 (reached by nobody) gets 0.
    @Test func directedUsesIncomingDistances() throws {
        var builder = try GraphBuilder(nodeCount: 3, directed: true)
        try builder.addEdge(0, 1)
        try builder.addEdge(1, 2)
        let graph = builder.build()
        #expect(try Harmonic.centrality(graph) == [0, 1, 1.5])
        // Node 2 is reached by 0 and 1 at total distance 3: (2/3)·(2/2).
        #expect(try Closeness.centrality(graph) == [0, 0.5, 2.0 / 3])
    }

    /// More than 64 nodes, so several MS-BFS batches, some partial: equal to networkx already
    /// (powerlaw_80); here the two thread counts must agree exactly.
    @Test(arguments: ["powerlaw_80", "les_miserables", "directed_weighted"])
    func identicalForOneAndTwoThreads(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        for length in EdgeLength.allCases {
            #expect(try Closeness.centrality(graph, length: length, threads: 1)
                == Closeness.centrality(graph, length: length, threads: 2))
            #expect(try Harmonic.centrality(graph, length: length, threads: 1)
                == Harmonic.centrality(graph, length: length, threads: 2))
        }
    }

    @Test func combinedSweepEqualsSeparateCalls() throws {
        let graph = try Fixtures.entry("karate_weighted").graph()
        for length in EdgeLength.allCases {
            let both = try Closeness.closenessAndHarmonic(graph, length: length)
            #expect(both.closeness == (try Closeness.centrality(graph, length: length)))
            #expect(both.harmonic == (try Harmonic.centrality(graph, length: length)))
        }
    }

    /// The progress callback is called from the workers and ends at 1.
    @Test func progressReachesOne() throws {
        let graph = try Fixtures.entry("powerlaw_80").graph()
        let seen = ProgressRecorder()
        _ = try Harmonic.centrality(graph, length: .inverseWeight, threads: 2) { seen.record($0) }
        let values = seen.values
        #expect(!values.isEmpty)
        #expect(values.max() == 1)
        #expect(values.allSatisfy { $0 > 0 && $0 <= 1 })
    }

    @Test func invalidParametersThrow() throws {
        let graph = try Fixtures.entry("karate").graph()
        #expect(throws: AlgorithmError.self) { try Closeness.centrality(graph, threads: 0) }
        #expect(throws: AlgorithmError.self) { try Harmonic.centrality(graph, threads: -1) }
        var builder = try GraphBuilder(nodeCount: 2, directed: false)
        try builder.addEdge(0, 1, weight: 0)
        #expect(throws: AlgorithmError.self) { try Harmonic.centrality(builder.build(), length: .weight) }
    }
}

/// Collects progress reports from worker threads.
final class ProgressRecorder: Sendable {
    private let storage = Mutex<[Double]>([])
    func record(_ value: Double) { storage.withLock { $0.append(value) } }
    var values: [Double] { storage.withLock { $0 } }
}
