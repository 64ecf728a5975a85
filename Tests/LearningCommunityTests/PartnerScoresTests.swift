import LearningCommunity
import Testing

/// PARTNER trust and value scores against a hand computation.
@Suite struct PartnerScoresTests {
    /// Node 1 is rated by 0 and 2 on reliability (4, 2) and openness (3); by 0 on power (1).
    /// Node 0 is rated by 1 on mission (2) and resources (4). One question names no item.
    static let ratings: [PartnerScores.Rating] = [
        .init(rater: 0, rated: 1, question: "How reliable is this partner?", value: 4),
        .init(rater: 2, rated: 1, question: "How reliable is this partner?", value: 2),
        .init(rater: 0, rated: 1, question: "Open to discussion?", value: 3),
        .init(rater: 0, rated: 1, question: "Power/influence", value: 1),
        .init(rater: 1, rated: 0, question: "Support of our mission", value: 2),
        .init(rater: 1, rated: 0, question: "Resources contributed", value: 4),
        .init(rater: 1, rated: 0, question: "Favourite colour", value: 3),
    ]

    @Test func nodeAndNetworkScoresAreMeansOfItemMeans() {
        let scores = PartnerScores.compute(Self.ratings, nodeCount: 3)
        // Node 1: reliability (4+2)/2 = 3, openness 3 → trust 3; value: power 1.
        #expect(scores.nodeItems[1] == [.reliability: 3, .openness: 3, .powerInfluence: 1])
        #expect(scores.nodeScores[1] == [.trust: 3, .value: 1])
        // Node 0: mission 2 → trust 2; resources 4 → value 4. Node 2 was not rated.
        #expect(scores.nodeScores[0] == [.trust: 2, .value: 4])
        #expect(scores.nodeScores[2].isEmpty)
        // Network: reliability 3, openness 3, mission 2 → trust 8/3; power 1, resources 4 → value 2.5.
        #expect(scores.networkItems == [.reliability: 3, .openness: 3, .missionSupport: 2, .powerInfluence: 1, .resources: 4])
        #expect(abs((scores.networkScores[.trust] ?? 0) - 8.0 / 3.0) < 1e-15)
        #expect(scores.networkScores[.value] == 2.5)
        #expect(scores.questions[.reliability] == ["How reliable is this partner?"])
        #expect(!scores.questions.values.joined().contains("Favourite colour"))
    }

    @Test func questionsAreReadAsItemsByTheirWords() {
        #expect(PartnerScores.Item.asked(by: "How RELIABLE is this partner?") == .reliability)
        #expect(PartnerScores.Item.asked(by: "Level of involvement") == .involvement)
        #expect(PartnerScores.Item.asked(by: "How often do you work together?") == nil)
    }
}
