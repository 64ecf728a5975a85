import LearningCommunity
import NetworkModel
import Testing

/// Tie ratings averaged per node and per group, on a small partner survey made by hand.
@Suite struct TieQualityTests {
    /// Four partners in two cities; trust rated 1–4 on most ties.
    func survey() throws -> HandNetwork {
        var hand = HandNetwork()
        try hand.node("a", .organization, ["city": "North"])
        try hand.node("b", .organization, ["city": "North"])
        try hand.node("c", .organization, ["city": "South"])
        try hand.node("d", .organization, ["city": "South"])
        try hand.node("e", .organization)
        try hand.tie("a", "b", .collaboratesWith, attributes: ["trust": "4", "value": "3"])
        try hand.tie("a", "c", .collaboratesWith, attributes: ["trust": " 2 "])
        try hand.tie("b", "c", .collaboratesWith, attributes: ["trust": "3"])
        try hand.tie("c", "d", .collaboratesWith, attributes: ["trust": "1"])
        try hand.tie("a", "c", .shares, attributes: ["trust": "3"])  // a parallel tie counts on its own
        try hand.tie("d", "e", .collaboratesWith)  // not rated
        return hand
    }

    @Test func nodeMeansAndCounts() throws {
        let hand = try survey()
        let trust = try TieQuality.aggregate(hand.network, attribute: "trust")
        #expect(trust.attribute == "trust")
        #expect(trust.nodes.map(\.count) == [3, 2, 4, 1, 0])
        #expect(trust.nodes.map(\.mean) == [3, 3.5, 2.25, 1, nil])
        #expect(trust.overall.count == 5 && trust.overall.mean == 13.0 / 5.0)
    }

    @Test func groupMeansCountInnerTiesOnce() throws {
        let hand = try survey()
        let trust = try TieQuality.aggregate(hand.network, attribute: "trust")
        let city = try NodeGrouping.attribute("city", in: hand.network)
        #expect(city.groupNames == ["North", "South"])
        let groups = try trust.groups(city)
        // North: a-b 4, a-c 2, b-c 3, a-c 3. South: a-c 2, b-c 3, c-d 1, a-c 3.
        #expect(groups.map(\.count) == [4, 4])
        #expect(groups.map(\.mean) == [3, 2.25])
        let other = try NodeGrouping.explicit(name: "x", membership: [0], groupNames: ["g"])
        #expect(throws: GroupingError.sizeMismatch(groupingNodes: 1, networkNodes: 5)) { try trust.groups(other) }
    }

    @Test func nonNumericValueNamesTheTie() throws {
        var hand = try survey()
        try hand.tie("b", "d", .collaboratesWith, attributes: ["trust": "high"])
        let error = TieQualityError.nonNumericValue(attribute: "trust", source: "b", target: "d", value: "high")
        #expect(throws: error) { try TieQuality.aggregate(hand.network, attribute: "trust") }
        #expect(error.description.contains("b → d") && error.description.contains("\"high\""))
        try hand.tie("b", "e", .collaboratesWith, attributes: ["value": "nan"])
        #expect(throws: TieQualityError.nonNumericValue(attribute: "value", source: "b", target: "e", value: "nan")) {
            try TieQuality.aggregate(hand.network, attribute: "value")
        }
    }

    @Test func unknownAttributeNamesTheOnesThatExist() throws {
        let hand = try survey()
        #expect(throws: TieQualityError.unknownAttribute(name: "Reliability", available: ["trust", "value"])) {
            try TieQuality.aggregate(hand.network, attribute: "Reliability")
        }
    }

    @Test func attributeNameMatchesIgnoringCase() throws {
        let hand = try survey()
        let quality = try TieQuality.aggregate(hand.network, attribute: "Trust")
        #expect(quality.attribute == "trust")
        #expect(quality.overall == (try TieQuality.aggregate(hand.network, attribute: "trust")).overall)
    }
}
