import Foundation
import GraphAlgorithms
import GraphCore
import Testing

/// Diameter and average shortest-path length of the largest component against networkx.
@Suite struct DistancesTests {
    static let graphNames = (try? Fixtures.graphNames()) ?? []

    @Test(arguments: graphNames) func matchesNetworkx(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let expected = try Fixtures.expected("paths", name)
        let component = try #require(expected["largest_component"] as? [Int])
        var variants: [(EdgeLength, String)] = [(.hops, "")]
        if expected["weighted"] as? Bool == true { variants += [(.inverseWeight, "_weighted"), (.weight, "_distance")] }
        for (length, suffix) in variants {
            let summary = try Distances.summary(graph, nodes: component, length: length)
            let diameter = (expected["diameter" + suffix] as? NSNumber)?.doubleValue
            let average = (expected["average_shortest_path_length" + suffix] as? NSNumber)?.doubleValue
            expectColumn([summary.diameter ?? .nan], [diameter], "\(name) diameter\(suffix)")
            expectColumn(
                [summary.averageShortestPathLength ?? .nan], [average], "\(name) average path length\(suffix)")
        }
    }

    @Test func pathOfFive() throws {
        var builder = try GraphBuilder(nodeCount: 5, directed: false)
        for v in 0 ..< 4 { try builder.addEdge(v, v + 1) }
        let summary = try Distances.summary(builder.build(), nodes: Array(0 ..< 5))
        // networkx docstring: average_shortest_path_length(path_graph(5)) == 2.0.
        #expect(summary.averageShortestPathLength == 2)
        #expect(summary.diameter == 4)
        #expect(summary.isFullyReachable)
        let inner = try Distances.summary(builder.build(), nodes: [1, 2, 3, 2])
        #expect(inner.nodeCount == 3)
        #expect(inner.diameter == 2)
    }

    @Test func directedCountsReachablePairsOnly() throws {
        var builder = try GraphBuilder(nodeCount: 3, directed: true)
        try builder.addEdge(0, 1)
        try builder.addEdge(1, 2)
        let summary = try Distances.summary(builder.build(), nodes: [0, 1, 2])
        #expect(summary.reachablePairs == 3)
        #expect(!summary.isFullyReachable)
        #expect(summary.diameter == 2)
        #expect(summary.averageShortestPathLength == 4.0 / 3)
    }

    @Test func emptyAndInvalidSets() throws {
        let graph = try Fixtures.entry("karate").graph()
        let empty = try Distances.summary(graph, nodes: [])
        #expect(empty.diameter == nil && empty.averageShortestPathLength == nil)
        #expect(try Distances.summary(graph, nodes: [3]).diameter == 0)
        #expect(throws: AlgorithmError.self) { try Distances.summary(graph, nodes: [34]) }
        #expect(throws: AlgorithmError.self) { try Distances.summary(graph, nodes: [-1]) }
        #expect(throws: AlgorithmError.self) { try Distances.summary(graph, nodes: [0, 1], threads: 0) }
    }

    @Test func identicalForOneAndTwoThreads() throws {
        let graph = try Fixtures.entry("les_miserables").graph()
        let nodes = Array(0 ..< graph.nodeCount)
        for length in EdgeLength.allCases {
            #expect(try Distances.summary(graph, nodes: nodes, length: length, threads: 1)
                == Distances.summary(graph, nodes: nodes, length: length, threads: 2))
        }
    }
}
