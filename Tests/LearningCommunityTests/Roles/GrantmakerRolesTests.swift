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
}
