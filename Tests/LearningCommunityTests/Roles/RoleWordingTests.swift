@testable import LearningCommunity
import NetworkModel
import Testing

/// Labels a client would dispute and sentences a program officer reads: borderline marks, key players that
/// change nothing, plain words.
@Suite struct RoleWordingTests {
    /// Funder F makes 1 of 5 grants (20%, exactly the sponsor share), G makes 4 (80%).
    static func funders() throws -> HandNetwork {
        var hand = HandNetwork()
        try hand.node("F", .organization)
        try hand.node("G", .organization)
        for i in 1...5 { try hand.node("I\(i)", .initiative) }
        try hand.tie("F", "I1", .funds)
        for i in 2...5 { try hand.tie("G", "I\(i)", .funds) }
        return hand
    }

    @Test func aSponsorAtTheThresholdIsMarkedBorderline() throws {
        var thresholds = GrantmakerThresholds()
        thresholds.sponsorMinimumGrants = 1
        let network = try Self.funders().network
        let sponsors = GrantmakerRoles.assign(network, thresholds: thresholds).filter { $0.role == .sponsor }
        #expect(sponsors.map { network.nodes[Int($0.node)].id } == ["F", "G"])
        #expect(sponsors.map(\.borderline) == [true, false])
        #expect(sponsors[0].evidence.hasSuffix("; borderline: within a quarter of the threshold"))
        #expect(sponsors[0].plain == "F made 1 of the network's 5 grants (20%), to 1 recipient. This is a borderline case: close to the threshold.")
        #expect(sponsors[1].plain == "G made 4 of the network's 5 grants (80%), more than any other funder, to 4 recipients.")
    }

    /// Two funders with two grants each: neither makes "more than any other funder".
    @Test func tiedSponsorsAreNotCalledTheLargest() throws {
        var hand = HandNetwork()
        for id in ["F", "G"] { try hand.node(id, .organization) }
        for i in 1...4 { try hand.node("I\(i)", .initiative) }
        try hand.tie("F", "I1", .funds)
        try hand.tie("F", "I2", .funds)
        try hand.tie("G", "I3", .funds)
        try hand.tie("G", "I4", .funds)
        let sponsors = GrantmakerRoles.assign(hand.network).filter { $0.role == .sponsor }
        #expect(sponsors.count == 2)
        #expect(sponsors.allSatisfy { !$0.plain.contains("more than any other funder") })
    }

    @Test func strongestEvidenceComesFirstWithinARole() throws {
        var options = RoleAnalysisOptions()
        options.grantmaker.sponsorMinimumGrants = 1
        options.keyPlayers = 0
        let network = try Self.funders().network
        let report = try RoleAnalysis.run(network, grouping: nil, options: options)
        let sponsors = report.assignments.filter { $0.role == .sponsor }.map { network.nodes[Int($0.node)].id }
        #expect(sponsors == ["G", "F"])
    }

    /// In a complete graph no set of two disconnects anything, and any one node reaches everyone.
    @Test func keyPlayersThatChangeNothingAreNotListed() throws {
        var hand = HandNetwork()
        let ids = ["a", "b", "c", "d", "e"]
        for id in ids { try hand.node(id, .person) }
        for (i, a) in ids.enumerated() { for b in ids[(i + 1)...] { try hand.tie(a, b, .collaboratesWith) } }
        var options = RoleAnalysisOptions()
        options.keyPlayers = 2
        let report = try RoleAnalysis.run(hand.network, grouping: nil, options: options)
        #expect(report.fragmentationScore == 0)
        #expect(!report.assignments.contains { $0.role == .keyPlayerFragmentation || $0.role == .keyPlayerReach })
    }

    @Test func sharesInSentencesNeverOverstate() {
        // 2 of 7 values below 0.9 is under half: not said. 6 of 7 below 10: 85.7% → "85".
        #expect(PlainWords.percentBelow(0.9, among: [0.1, 0.5, 0.9, 0.9, 0.9, 0.9, 0.9]) == nil)
        #expect(PlainWords.percentBelow(10, among: [1, 2, 3, 4, 5, 6, 10]) == 85)
        #expect(PlainWords.percentBelow(10, among: [1, 2, 10]) == nil, "too few to compare")
    }
}
