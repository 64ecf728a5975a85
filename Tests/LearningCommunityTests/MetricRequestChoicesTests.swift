import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

/// `MetricRequest.settle(for:selected:networkLevel:personalizing:messages:)`: what `liaison metrics` computes.
@Suite struct MetricRequestChoicesTests {
    /// a→b directed, b–c undirected.
    static func mixedDirections() throws -> Network {
        var network = Network()
        for id in ["a", "b", "c"] { try network.addNode(Node(id: id, kind: .person)) }
        try network.addTie(Tie(source: 0, target: 1, kind: .collaboratesWith, direction: .directed))
        try network.addTie(Tie(source: 1, target: 2, kind: .collaboratesWith, direction: .undirected))
        return network
    }

    static func settled(
        _ network: Network, selected: Set<NodeMetric>? = nil, networkLevel: Bool = false, ids: [String]? = nil,
        directed: Bool = false
    ) throws(MetricRequestError) -> (request: MetricRequest, messages: [AnalysisMessage]) {
        var request = MetricRequest()
        request.projection.directed = directed
        var messages: [AnalysisMessage] = []
        try request.settle(
            for: network, selected: selected, networkLevel: networkLevel, personalizing: ids,
            messages: { messages.append($0) })
        return (request, messages)
    }

    @Test func theNetworkLevelTableComputesOnlyBetweennessUnlessAsked() throws {
        let network = try Self.mixedDirections()
        #expect(try Self.settled(network, networkLevel: true).request.metrics == [.betweenness])
        #expect(try Self.settled(network).request.metrics == Set(NodeMetric.allCases))
        #expect(try Self.settled(network, selected: [.degree], networkLevel: true).request.metrics == [.degree])
        #expect(try Self.settled(network, selected: [.pagerank]).request.metrics == [.pagerank])
    }

    @Test func directedTiesAnalysedUndirectedAreANote() throws {
        let network = try Self.mixedDirections()
        #expect(try Self.settled(network).messages == [
            AnalysisMessage(.note, "ties analysed as undirected (1 of 2 have a direction; --directed honours it)")
        ])
        #expect(try Self.settled(network, directed: true).messages.isEmpty)
    }

    @Test func personalizationIdsAreCheckedInOrder() throws {
        let network = try Self.mixedDirections()
        let good = try Self.settled(network, ids: ["c", "a", "c"]).request
        #expect(good.personalization == ["a": 1, "c": 1])
        #expect(try Self.settled(network).request.personalization == nil)
        #expect(throws: MetricRequestError.unknownPersonalizationNode("x")) {
            try Self.settled(network, ids: ["a", "x", "y"])
        }
        #expect(MetricRequestError.unknownPersonalizationNode("x").description
            == "--personalize names 'x', which is not a node id (fix: use ids from the nodes file)")
    }

    @Test func theNoteComesBeforeAnUnknownId() {
        var request = MetricRequest()
        var messages: [AnalysisMessage] = []
        #expect(throws: MetricRequestError.self) {
            try request.settle(
                for: try Self.mixedDirections(), selected: nil, networkLevel: false, personalizing: ["nobody"],
                messages: { messages.append($0) })
        }
        #expect(messages.count == 1)
        #expect(request.personalization == nil)
    }
}
