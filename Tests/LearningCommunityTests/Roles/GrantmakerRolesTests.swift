import LearningCommunity
import NetworkModel
import Testing

@Suite struct GrantmakerRolesTests {
    /// The generator planted one funder per role (catalyst, sponsor, organizer, peer) and a second
    /// sponsor; the assignment must find exactly those: precision 1 and recall 1.
    @Test func recoversThePlantedFunderRoles() throws {
        let data = try IntegrationInitiative.load()
        let city = data.groups(by: "city")
        let roles = GrantmakerRoles.assign(data.network, groups: city.labels, groupNames: city.names)
        let found = Set(roles.map { "\(data.id($0.node)):\($0.role.rawValue)" })
        let planted = Set(data.truth.funders.map { "\($0.id):\($0.role)" })
        let recovery = Recovery(found: found, planted: planted)
        #expect(recovery.precision == 1, "\(found.sorted())")
        #expect(recovery.recall == 1, "\(found.sorted())")
    }

    @Test func catalystEvidenceNamesThePlantedIntroductions() throws {
        let data = try IntegrationInitiative.load()
        let city = data.groups(by: "city")
        let roles = GrantmakerRoles.assign(data.network, groups: city.labels, groupNames: city.names)
        let catalyst = try #require(roles.first { $0.role == .catalyst })
        #expect(data.id(catalyst.node) == "org-001")
        #expect(catalyst.score == 6)
        #expect(catalyst.evidence.contains("introduced 6 pairs"))
        #expect(catalyst.evidence.contains("3 of the pairs then formed a tie"))
        // The evidence ties are the funder's advising ties and the follow-up collaborations.
        let kinds = Set(catalyst.evidenceTies.map { data.network.ties[$0].kind })
        #expect(kinds == [.advises, .collaboratesWith])
    }

    /// A hand-made network: F advises A (city X) and B (city Y) on the same day; A and B meet later.
    /// G advises C and D, who already share a neighbour E. H funds A and advises nobody.
    @Test func introductionsNeedNoPriorContactAndDifferentGroups() throws {
        var network = Network()
        for (id, kind, city) in [
            ("F", "organization", "X"), ("G", "organization", "X"), ("H", "organization", "X"),
            ("A", "organization", "X"), ("B", "organization", "Y"), ("C", "organization", "X"),
            ("D", "organization", "Y"), ("E", "person", "Z"), ("P", "practice", ""),
        ] {
            _ = try network.addNode(Node(id: id, kind: NodeKind(rawValue: kind), attributes: ["city": city]))
        }
        func tie(_ s: String, _ t: String, _ kind: TieKind, _ start: String) throws {
            let source = try #require(network.index(of: s))
            let target = try #require(network.index(of: t))
            try network.addTie(
                Tie(source: source, target: target, kind: kind, direction: kind.defaultDirection,
                    start: try PartialDate(iso: start)))
        }
        try tie("F", "A", .advises, "2018-01-10")
        try tie("F", "B", .advises, "2018-01-20")
        try tie("A", "B", .collaboratesWith, "2018-06-01")
        try tie("F", "P", .funds, "2017-01-01")
        try tie("F", "C", .funds, "2017-01-01")
        try tie("G", "C", .advises, "2018-01-10")
        try tie("G", "D", .advises, "2018-01-10")
        try tie("C", "E", .collaboratesWith, "2016-01-01")
        try tie("D", "E", .collaboratesWith, "2016-01-01")
        try tie("H", "A", .funds, "2018-01-01")
        let groups = network.nodes.map { node -> Int32 in
            switch node.attributes["city"] { case "X": 0; case "Y": 1; case "Z": 2; default: -1 }
        }
        var thresholds = GrantmakerThresholds()
        thresholds.catalystMinimumIntroductions = 1
        let roles = GrantmakerRoles.assign(network, groups: groups, groupNames: ["X", "Y", "Z"], thresholds: thresholds)
        let catalysts = roles.filter { $0.role == .catalyst }.map { network.nodes[Int($0.node)].id }
        // F introduced A and B; G's pair already shared E; H only funds.
        #expect(catalysts == ["F"])
        let evidence = try #require(roles.first { $0.role == .catalyst }?.evidence)
        #expect(evidence.contains("A (X) and B (Y) on 2018-01-20, tied from 2018-06-01"))

        // Same groups on both sides: no introduction across groups.
        let oneGroup = [Int32](repeating: 0, count: network.nodeCount)
        #expect(!GrantmakerRoles.assign(network, groups: oneGroup, thresholds: thresholds).contains { $0.role == .catalyst })
        // Ties begun too far apart are not one introduction.
        thresholds.introductionWindowDays = 5
        #expect(!GrantmakerRoles.assign(network, groups: groups, thresholds: thresholds).contains { $0.role == .catalyst })
    }

    /// A funder F tied (undated) to four organizations: A and B met later, C and D never met. Without dates
    /// there is no "before", so no pair may be credited as an introduction, least of all C and D.
    @Test func undatedTiesCreditNoIntroduction() throws {
        var hand = HandNetwork()
        for id in ["F", "A", "B", "C", "D"] { try hand.node(id, .organization) }
        try hand.tie("F", "A", .advises)
        try hand.tie("F", "B", .advises)
        try hand.tie("F", "C", .advises)
        try hand.tie("F", "D", .advises)
        try hand.node("X", .initiative)
        try hand.tie("F", "X", .funds)
        try hand.tie("A", "B", .collaboratesWith)
        var thresholds = GrantmakerThresholds()
        thresholds.catalystMinimumIntroductions = 1
        let roles = GrantmakerRoles.assign(hand.network, thresholds: thresholds)
        #expect(!roles.contains { $0.role == .catalyst })
        let gaps = DataSupport.assess(hand.network).gaps(for: [.introductions])
        #expect(gaps.map(\.description) == [
            "introductions (catalyst role): not testable, no tie of a funder has a start date, so whether two "
                + "participants had met before the funder brought them together cannot be told "
                + "(fix: add a start (or date) column to the ties)"
        ])
    }

    /// Partly dated: F's tie to A is dated, to B not. The pair is not testable and is not credited; the gap
    /// says the test ran on part of the data.
    @Test func partlyDatedTiesCreditOnlyDatedPairs() throws {
        var hand = HandNetwork()
        for id in ["F", "A", "B", "C"] { try hand.node(id, .organization) }
        try hand.tie("F", "A", .advises, start: "2018-01-10")
        try hand.tie("F", "B", .advises)
        try hand.tie("F", "C", .advises, start: "2018-01-12")
        try hand.node("X", .initiative)
        try hand.tie("F", "X", .funds)
        var thresholds = GrantmakerThresholds()
        thresholds.catalystMinimumIntroductions = 1
        let roles = GrantmakerRoles.assign(hand.network, thresholds: thresholds)
        let catalyst = try #require(roles.first { $0.role == .catalyst })
        #expect(catalyst.evidence.hasPrefix("introduced 1 pairs of participants who had no tie and no contact in common, and funds neither side: A and C on 2018-01-12"))
        let gap = try #require(DataSupport.assess(hand.network).gaps(for: [.introductions]).first)
        #expect(gap.partial)
        #expect(gap.reason.hasPrefix("1 of the 3 ties of funders have no start date"))
    }

    @Test func funderMarkedByItsKindWordTakesGrantmakerRoles() throws {
        var hand = HandNetwork()
        try hand.node("F", .organization, ["funder": "yes"])
        for id in ["E1", "E2", "E3"] { try hand.node(id, .event) }
        for id in ["E1", "E2", "E3"] { try hand.tie("F", id, .convenes) }
        let roles = GrantmakerRoles.assign(hand.network)
        #expect(roles.map(\.role) == [.organizer])
        #expect(DataSupport.assess(hand.network).gaps(for: [.grantmakerRoles]).isEmpty)
    }
}
