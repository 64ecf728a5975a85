import Foundation
import GraphAlgorithms
import GraphCore
import Testing

/// Key-player scores against networkx (scripts/fixtures/keyplayers.py): fixed sets on every
/// corpus graph, and the exhaustive optimum over all k-subsets on the small ones.
@Suite struct KeyPlayerFixtureTests {
    static let tolerance = 1e-12

    static func expectClose(_ actual: Double, _ expected: Any?, _ what: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        if let value = (expected as? NSNumber)?.doubleValue {
            #expect(abs(actual - value) <= tolerance, "\(what): \(actual) vs networkx \(value)", sourceLocation: sourceLocation)
        } else {
            #expect(actual.isNaN, "\(what): \(actual), networkx has no value", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: try Fixtures.graphNames())
    func scoresOfFixedSetsMatchNetworkx(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let expected = try Fixtures.expected("keyplayers", name)
        let sets = try #require(expected["sets"] as? [[String: Any]])
        #expect(!sets.isEmpty)
        for row in sets {
            let members = try #require(row["members"] as? [Int])
            let label = "\(name) \(members)"
            Self.expectClose(try KeyPlayers.fragmentation(graph, removing: members), row["fragmentation"], "F \(label)")
            Self.expectClose(try KeyPlayers.fragmentation(graph, removing: members, measure: .distanceWeighted),
                             row["distance_fragmentation"], "DF \(label)")
            Self.expectClose(try KeyPlayers.reach(graph, from: members, steps: 1), row["reach_1"], "1-reach \(label)")
            Self.expectClose(try KeyPlayers.reach(graph, from: members, steps: 2), row["reach_2"], "2-reach \(label)")
            Self.expectClose(try KeyPlayers.reach(graph, from: members, measure: .distanceWeighted),
                             row["distance_reach"], "distance reach \(label)")
        }
    }

    static var smallGraphs: [String] {
        get throws { try Fixtures.graphNames().filter { try Fixtures.expected("keyplayers", $0)["optimum"] != nil } }
    }

    @Test(arguments: try smallGraphs)
    func swapSearchFindsTheExhaustiveOptimum(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let optimum = try #require(Fixtures.expected("keyplayers", name)["optimum"] as? [[String: Any]])
        for row in optimum {
            let k = try #require(row["k"] as? Int)
            let label = "\(name) k=\(k)"
            Self.expectClose(try KeyPlayers.fragmentationSet(graph, size: k).score, row["fragmentation"], "F \(label)")
            Self.expectClose(try KeyPlayers.fragmentationSet(graph, size: k, measure: .distanceWeighted).score,
                             row["distance_fragmentation"], "DF \(label)")
            Self.expectClose(try KeyPlayers.reachSet(graph, size: k, steps: 1).score, row["reach_1"], "1-reach \(label)")
            Self.expectClose(try KeyPlayers.reachSet(graph, size: k, steps: 2).score, row["reach_2"], "2-reach \(label)")
            Self.expectClose(try KeyPlayers.reachSet(graph, size: k, measure: .distanceWeighted).score,
                             row["distance_reach"], "distance reach \(label)")
        }
    }
}
