import NetworkAnalysis
import NetworkModel
import Testing

@Suite struct GraphProjectionTests {
    func sample() throws -> Network {
        var network = Network()
        let ann = try network.addNode(Node(id: "ann", kind: .person))
        let bob = try network.addNode(Node(id: "bob", kind: .person))
        let org = try network.addNode(Node(id: "org", kind: .organization))
        try network.addTie(Tie(source: ann, target: org, kind: .memberOf, weight: 2))
        try network.addTie(Tie(source: ann, target: org, kind: .memberOf, weight: 3))
        try network.addTie(Tie(source: ann, target: bob, kind: .collaboratesWith))
        return network
    }

    @Test func undirectedByDefaultWithParallelTiesSummed() throws {
        let projected = GraphProjection(weighted: true).project(try sample())
        #expect(!projected.graph.isDirected)
        #expect(projected.graph.edgeCount == 2)
        #expect(Array(projected.graph.outArcWeights(of: 0)) == [1, 5])
    }

    @Test func directedHonoursEachTiesDirection() throws {
        let projected = GraphProjection(directed: true).project(try sample())
        let graph = projected.graph
        #expect(graph.hasArc(from: 0, to: 2))
        #expect(!graph.hasArc(from: 2, to: 0), "member_of points from person to organization")
        #expect(graph.hasArc(from: 0, to: 1) && graph.hasArc(from: 1, to: 0), "collaborates_with is undirected")
    }

    @Test func kindsSelectNodesAndTies() throws {
        let projected = GraphProjection(nodeKinds: [.person]).project(try sample())
        #expect(projected.graph.nodeCount == 2)
        #expect(projected.networkPositions.map(\.rawValue) == [0, 1])
        #expect(projected.graph.edgeCount == 1)
        let onlyMembership = GraphProjection(tieKinds: [.memberOf]).project(try sample())
        #expect(onlyMembership.graph.edgeCount == 1)
    }
}
