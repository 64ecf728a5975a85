import GraphAlgorithms
import GraphCore
import Testing

/// Brokerage counts and moments worked out by hand, and groupings that must be refused.
@Suite struct BrokerageHandWorkedTests {
    /// Groups A = {0, 1, 4}, B = {2}, C = {3}; arcs 0→1, 1→2, 1→3, 1→4, 2→3, 3→0.
    ///
    /// Open two-paths (a → b → c without a → c), by broker:
    /// - 0: 3→0→1 (C→A→A): gatekeeper.
    /// - 1: 0→1→2 (A→A→B) and 0→1→3 (A→A→C): representative ×2; 0→1→4 (A→A→A): coordinator.
    /// - 2: 1→2→3 is closed by 1→3: nothing.
    /// - 3: 1→3→0 (A→C→A): itinerant; 2→3→0 (B→C→A): liaison.
    /// - 4: no out-arcs: nothing.
    private func tinyDirected() throws -> (Graph, [Int32]) {
        var builder = try GraphBuilder(nodeCount: 5, directed: true)
        for (u, v) in [(0, 1), (1, 2), (1, 3), (1, 4), (2, 3), (3, 0)] { try builder.addEdge(u, v) }
        return (builder.build(), [0, 0, 1, 2, 0])
    }

    @Test func rawCountsByHand() throws {
        let (graph, groups) = try tinyDirected()
        let result = try GouldFernandezBrokerage.compute(graph, groups: groups, groupCount: 3)
        let expected: [[Double]] = [
            // w_I, w_O, b_IO, b_OI, b_O, t
            [0, 0, 0, 1, 0, 1],
            [1, 0, 2, 0, 0, 3],
            [0, 0, 0, 0, 0, 0],
            [0, 1, 0, 0, 1, 2],
            [0, 0, 0, 0, 0, 0],
        ]
        #expect(result.raw.map(\.values) == expected)
        #expect(result.networkRaw.values == [1, 1, 2, 1, 1, 6])
    }

    @Test func brokerMomentsByHand() throws {
        let (graph, groups) = try tinyDirected()
        let result = try GouldFernandezBrokerage.compute(graph, groups: groups, groupCount: 3)
        // d = 6 arcs / (5 · 4) = 0.3; one open two-path has probability π = d²(1 − d) = 0.063.
        #expect(abs(result.density - 0.3) < 1e-15)
        let pi = 0.063
        // Node 1 (group A, 3 members): coordinator pairs (a, c) from A∖{1}: 2, sharing no arc.
        #expect(abs(result.expected[1].coordinator - 2 * pi) < 1e-15)
        #expect(abs(result.standardDeviation[1].coordinator - (2 * pi * (1 - pi)).squareRoot()) < 1e-15)
        // Representative pairs: a ∈ {0, 4}, c ∈ {2, 3}: 4 pairs; 4 ordered pairs of pairs share a
        // source, 4 share a target, each with covariance d³(1 − d)³.
        let covariance = 0.027 * 0.343
        #expect(abs(result.expected[1].representative - 4 * pi) < 1e-15)
        #expect(
            abs(result.standardDeviation[1].representative - (4 * pi * (1 - pi) + 8 * covariance).squareRoot())
                < 1e-15)
        // Node 2 is alone in B: no coordinator pair at all, so 0 expected, sd 0 and z = 0/0.
        #expect(result.expected[2].coordinator == 0)
        #expect(result.standardDeviation[2].coordinator == 0)
        #expect(result.zScore[2].coordinator.isNaN)
        // Total: (N − 1)(N − 2) = 12 pairs for every broker.
        #expect(abs(result.expected[0].total - 12 * pi) < 1e-15)
        #expect(abs(result.networkExpected.total - 60 * pi) < 1e-14)
    }

    /// Undirected ties are symmetric arcs: the open triad 0 – 1 – 2 counts in both directions.
    @Test func undirectedTriadCountsTwice() throws {
        var builder = try GraphBuilder(nodeCount: 3, directed: false)
        try builder.addEdge(0, 1)
        try builder.addEdge(1, 2)
        let result = try GouldFernandezBrokerage.compute(builder.build(), groups: [0, 0, 0], groupCount: 1)
        #expect(result.raw[1].coordinator == 2)
        #expect(result.raw[1].total == 2)
        #expect(result.networkRaw.total == 2)
        // Four arcs among 3 · 2 ordered pairs.
        #expect(abs(result.density - 4.0 / 6) < 1e-15)
    }

    @Test func invalidGroupingsThrow() throws {
        let (graph, _) = try tinyDirected()
        let cases: [([Int32], Int)] = [
            ([0, 0, 1, 2], 3),  // one label short
            ([0, 0, 1, 2, 0, 1], 3),  // one label too many
            ([0, 0, -1, 2, 0], 3),  // ungrouped node
            ([0, 0, 1, 3, 0], 3),  // label beyond groupCount
            ([0, 0, -2, 2, 0], 3),  // negative label other than -1
            ([0, 0, 0, 0, 0], -1),  // negative groupCount
        ]
        for (groups, groupCount) in cases {
            #expect(throws: AlgorithmError.self, "\(groups) / \(groupCount)") {
                try GouldFernandezBrokerage.compute(graph, groups: groups, groupCount: groupCount)
            }
        }
        #expect(throws: AlgorithmError.self) {
            try GouldFernandezBrokerage.compute(graph, groups: [0, 0, 1, 2, 0], groupCount: 3, threads: 0)
        }
        // Unused labels are fine.
        #expect(throws: Never.self) {
            try GouldFernandezBrokerage.compute(graph, groups: [0, 0, 1, 2, 0], groupCount: 7)
        }
    }

    @Test func ungroupedNodeErrorNamesTheNode() throws {
        let (graph, _) = try tinyDirected()
        do {
            _ = try GouldFernandezBrokerage.compute(graph, groups: [0, 0, -1, 2, 0], groupCount: 3)
            Issue.record("expected an error")
        } catch {
            guard case let .invalidParameter(name, value, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(name == "groups[2]")
            #expect(value == "-1")
        }
    }
}

/// Graphs without two-paths: nothing is brokered, and the moments follow from the density.
@Suite struct BrokerageEdgeCaseTests {
    @Test func graphWithoutTiesBrokersNothing() throws {
        let graph = try GraphBuilder(nodeCount: 4, directed: true).build()
        let result = try GouldFernandezBrokerage.compute(graph, groups: [0, 0, 1, 1], groupCount: 2)
        #expect(result.density == 0)
        #expect(result.raw.allSatisfy { $0 == BrokerageScores(repeating: 0) })
        #expect(result.networkExpected == BrokerageScores(repeating: 0))
        // 0 observed, 0 expected, sd 0: every z-score is 0/0.
        #expect(result.networkZScore.values.allSatisfy { $0.isNaN })
    }

    @Test func emptyGraph() throws {
        let graph = try GraphBuilder(nodeCount: 0, directed: false).build()
        let result = try GouldFernandezBrokerage.compute(graph, groups: [], groupCount: 0)
        #expect(result.raw.isEmpty)
        #expect(result.networkRaw == BrokerageScores(repeating: 0))
    }
}
