import GraphAlgorithms
import GraphCore
import Testing

/// Key-player sets worked by hand, determinism, edge sizes and invalid parameters.
@Suite struct KeyPlayerSearchTests {
    static func graph(nodes: Int, _ edges: [(Int, Int)], directed: Bool = false) throws -> Graph {
        var builder = try GraphBuilder(nodeCount: nodes, directed: directed)
        for (u, v) in edges { try builder.addEdge(u, v) }
        return builder.build()
    }

    static func star(leaves: Int) throws -> Graph {
        try graph(nodes: leaves + 1, (1...leaves).map { (0, $0) })
    }

    /// Two 5-cliques (0–4 and 8–12) joined by the path 4–5–6–7–8; its middle is 6.
    static func cliquesJoinedByPath() throws -> Graph {
        var edges: [(Int, Int)] = []
        for clique in [0, 8] {
            for i in 0..<5 { for j in (i + 1)..<5 { edges.append((clique + i, clique + j)) } }
        }
        edges += [(4, 5), (5, 6), (6, 7), (7, 8)]
        return try graph(nodes: 13, edges)
    }

    @Test func theCentreOfAStarIsTheKeyPlayerForEveryMeasure() throws {
        let star = try Self.star(leaves: 7)
        for measure in FragmentationMeasure.allCases {
            let set = try KeyPlayers.fragmentationSet(star, size: 1, measure: measure)
            #expect(set.members == [0])
            #expect(set.score == 1)
            #expect(set.marginalContributions == [set.score - set.emptySetScore])
        }
        for measure in ReachMeasure.allCases {
            let set = try KeyPlayers.reachSet(star, size: 1, steps: 1, measure: measure)
            #expect(set.members == [0])
            #expect(set.score == 1)
            #expect(set.emptySetScore == 0)
            #expect(set.marginalContributions == [1])
        }
    }

    @Test func theMiddleOfThePathBetweenTwoCliquesFragmentsMost() throws {
        let g = try Self.cliquesJoinedByPath()
        let set = try KeyPlayers.fragmentationSet(g, size: 1)
        #expect(set.members == [6])
        // Two components of 6 nodes among the 12 left: F = 1 − 2·6·5 / (12·11).
        #expect(abs(set.score - (1 - 60.0 / 132)) < 1e-15)
        #expect(set.emptySetScore == 0)
        // Distance-weighted fragmentation prefers a clique's gate (4 or 8): cutting the path next
        // to a clique also stretches the distances from the larger side (DF 0.626 against 0.606).
        let distanceSet = try KeyPlayers.fragmentationSet(g, size: 1, measure: .distanceWeighted)
        #expect(distanceSet.members == [4] || distanceSet.members == [8])
        let gate = try KeyPlayers.fragmentation(g, removing: [4], measure: .distanceWeighted)
        let middle = try KeyPlayers.fragmentation(g, removing: [6], measure: .distanceWeighted)
        #expect(distanceSet.score == gate && gate > middle)
    }

    @Test func fragmentationByHand() throws {
        // Path 0–1–2–3–4: removing 2 leaves {0,1} and {3,4}: F = 1 − 4/12; DF = 1 − 4·1/12.
        let path = try Self.graph(nodes: 5, [(0, 1), (1, 2), (2, 3), (3, 4)])
        #expect(abs(try KeyPlayers.fragmentation(path, removing: [2]) - (1 - 4.0 / 12)) < 1e-15)
        #expect(abs(try KeyPlayers.fragmentation(path, removing: [2], measure: .distanceWeighted) - (1 - 4.0 / 12)) < 1e-15)
        // Intact path: Σ 1/d over ordered pairs = 2(4·1 + 3/2 + 2/3 + 1/4).
        let inverseSum = 2 * (4.0 + 3.0 / 2 + 2.0 / 3 + 1.0 / 4)
        #expect(abs(try KeyPlayers.fragmentation(path, removing: [], measure: .distanceWeighted) - (1 - inverseSum / 20)) < 1e-15)
        // Reach of {0}: 1 of 4 within one step, 2 within two; distance-weighted (1 + 1/2 + 1/3 + 1/4) / 4.
        #expect(try KeyPlayers.reach(path, from: [0], steps: 1) == 0.25)
        #expect(try KeyPlayers.reach(path, from: [0], steps: 2) == 0.5)
        #expect(abs(try KeyPlayers.reach(path, from: [0], measure: .distanceWeighted) - (1 + 0.5 + 1.0 / 3 + 0.25) / 4) < 1e-15)
    }

    @Test func directedGraphsAreTreatedAsUndirected() throws {
        let directed = try Self.graph(nodes: 5, [(0, 1), (2, 1), (2, 3), (4, 3)], directed: true)
        let undirected = try Self.graph(nodes: 5, [(0, 1), (2, 1), (2, 3), (4, 3)])
        for set in [[1], [2], [0, 3]] {
            #expect(try KeyPlayers.fragmentation(directed, removing: set) == KeyPlayers.fragmentation(undirected, removing: set))
            #expect(try KeyPlayers.reach(directed, from: set) == KeyPlayers.reach(undirected, from: set))
        }
    }

    @Test func marginalContributionsArePutBackDrops() throws {
        let g = try Self.cliquesJoinedByPath()
        let set = try KeyPlayers.fragmentationSet(g, size: 2, seed: 3)
        for (member, contribution) in zip(set.members, set.marginalContributions) {
            let without = set.members.filter { $0 != member }
            #expect(abs(contribution - (set.score - (try KeyPlayers.fragmentation(g, removing: without)))) < 1e-15)
        }
        #expect(abs(set.score - (try KeyPlayers.fragmentation(g, removing: set.members))) < 1e-15)
    }

    @Test func theSameSeedGivesTheSameSetForAnyThreadCount() throws {
        let entry = try Fixtures.entry("powerlaw_80")
        let g = try entry.graph()
        let a = try KeyPlayers.fragmentationSet(g, size: 4, seed: 42, restarts: 4, threads: 1)
        let b = try KeyPlayers.fragmentationSet(g, size: 4, seed: 42, restarts: 4, threads: 3)
        #expect(a == b)
        // The distance-weighted search is the slow one: a smaller graph keeps the test fast in debug.
        let karate = try Fixtures.entry("karate").graph()
        let c = try KeyPlayers.fragmentationSet(karate, size: 3, measure: .distanceWeighted, seed: 42, restarts: 3, threads: 1)
        let d = try KeyPlayers.fragmentationSet(karate, size: 3, measure: .distanceWeighted, seed: 42, restarts: 3, threads: 2)
        #expect(c == d)
        for measure in ReachMeasure.allCases {
            let a = try KeyPlayers.reachSet(g, size: 3, measure: measure, seed: 42, restarts: 4, threads: 1)
            let b = try KeyPlayers.reachSet(g, size: 3, measure: measure, seed: 42, restarts: 4, threads: 2)
            #expect(a == b)
        }
    }

    @Test func emptyAndFullSets() throws {
        let g = try Self.cliquesJoinedByPath()
        let none = try KeyPlayers.fragmentationSet(g, size: 0)
        #expect(none.members.isEmpty && none.marginalContributions.isEmpty)
        #expect(none.score == none.emptySetScore)
        let all = try KeyPlayers.fragmentationSet(g, size: 13)
        #expect(all.members == Array(0..<13))
        #expect(all.score.isNaN)
        #expect(try KeyPlayers.reachSet(g, size: 0).score == 0)
        #expect(try KeyPlayers.reachSet(g, size: 13).score.isNaN)
    }

    @Test func invalidParametersThrow() throws {
        let g = try Self.star(leaves: 4)
        #expect(throws: AlgorithmError.self) { try KeyPlayers.fragmentationSet(g, size: -1) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.fragmentationSet(g, size: 6) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.fragmentationSet(g, size: 2, restarts: 0) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.fragmentationSet(g, size: 2, threads: 0) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.reachSet(g, size: 2, steps: 0) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.reachSet(g, size: 7) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.fragmentation(g, removing: [5]) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.fragmentation(g, removing: [1, 1]) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.reach(g, from: [-1]) }
        #expect(throws: AlgorithmError.self) { try KeyPlayers.reach(g, from: [1], steps: -2) }
    }
}
