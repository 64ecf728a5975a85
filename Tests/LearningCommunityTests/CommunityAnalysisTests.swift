import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

/// `CommunityAnalysis.run`: the call behind `liaison communities`.
@Suite struct CommunityAnalysisTests {
    /// Two triangles joined by one advising tie (directed), and an isolate.
    static func twoTriangles() throws -> Network {
        var hand = HandNetwork()
        for id in ["a", "b", "c", "d", "e", "f", "g"] { try hand.node(id, .person) }
        for (s, t) in [("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f")] {
            try hand.tie(s, t, .collaboratesWith)
        }
        try hand.tie("c", "d", .advises)
        return hand.network
    }

    @Test func findsTheTrianglesAndSaysSoLast() throws {
        var messages: [AnalysisMessage] = []
        let findings = try CommunityAnalysis.run(
            network: try Self.twoTriangles(), request: CommunityRequest(), messages: { messages.append($0) })
        let membership = findings.partition.membership
        #expect(membership[0] == membership[1] && membership[1] == membership[2])
        #expect(membership[3] == membership[4] && membership[0] != membership[3])
        #expect(findings.table.rows.count == 7)
        #expect(messages.map(\.text) == [findings.finding])
        #expect(findings.finding == PlainSentences.clustering(
            modularity: findings.partition.modularity, communities: findings.partition.communityCount))
    }

    @Test func aDirectedGraphIsNotedAsFoundOnItsUndirectedView() throws {
        var request = CommunityRequest()
        request.projection.directed = true
        var messages: [AnalysisMessage] = []
        let findings = try CommunityAnalysis.run(
            network: try Self.twoTriangles(), request: request, messages: { messages.append($0) })
        #expect(messages.count == 2)
        #expect(messages.first?.text.hasPrefix("communities are found on the undirected view") == true)
        #expect(messages.last?.text == findings.finding)
        #expect(findings.metadata.entries.contains { $0.key == "directed" && $0.value == .flag(true) })
    }
}
