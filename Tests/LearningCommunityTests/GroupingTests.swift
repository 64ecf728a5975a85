import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

@Suite struct AttributeGroupingTests {
    @Test func citiesOfIntegrationInitiative() throws {
        let network = try DatasetSupport.load("integration-initiative")
        let city = try NodeGrouping.attribute("city", in: network)
        #expect(city.name == "city")
        let cities = ["Ashford Vale", "Brindlemere", "Cobalt Harbor", "Dunmarsh", "Elderbrook", "Fallowfield"]
        #expect(city.groupNames == cities)
        #expect(city.membership.count == network.nodeCount)
        let person = try #require(network.index(of: "person-127"))
        #expect(city.groupName(ofNodeAt: person) == "Ashford Vale")
        // National initiatives have no city.
        let national = try #require(network.index(of: "initiative-03"))
        #expect(city.group(ofNodeAt: national) == -1)
    }

    @Test func blankValuesAreUngroupedAndNamesSorted() throws {
        var hand = HandNetwork()
        try hand.node("a", .person, ["team": "Zeta"])
        try hand.node("b", .person, ["team": "  "])
        try hand.node("c", .person, ["team": " Alpha "])
        try hand.node("d", .person)
        let team = try NodeGrouping.attribute("team", in: hand.network)
        #expect(team.groupNames == ["Alpha", "Zeta"])
        #expect(team.membership == [1, -1, 0, -1])
        #expect(team.members() == [[2], [0]])
    }

    @Test func unknownAttributeNamesTheOnesThatExist() throws {
        var hand = HandNetwork()
        try hand.node("a", .person, ["city": "X", "sector": "health"])
        #expect(throws: GroupingError.unknownAttribute(name: "cty", available: ["city", "sector"])) {
            try NodeGrouping.attribute("cty", in: hand.network)
        }
        let message = GroupingError.unknownAttribute(name: "cty", available: ["city", "sector"]).description
        #expect(message.contains("\"cty\"") && message.contains("city, sector"))
    }
}

@Suite struct MultiValuedGroupingTests {
    @Test func attributeNamesMatchIgnoringCase() throws {
        var hand = HandNetwork()
        try hand.node("a", .person, ["City": "X"])
        try hand.node("b", .person, ["City": "Y"])
        let city = try NodeGrouping.attribute("city", in: hand.network)
        #expect(city.name == "City")
        #expect(city.membership == [0, 1])
    }

    @Test func tagsSplitOnBarsAndANodeGoesToItsFirstValue() throws {
        var hand = HandNetwork()
        try hand.node("a", .person, ["Tags": "Cohort 1|Steering Committee"])
        try hand.node("b", .person, ["Tags": "Steering Committee"])
        try hand.node("c", .person, ["Tags": " Cohort 2 | Cohort 2 "])
        try hand.node("d", .person, ["Tags": "|"])
        let tags = try NodeGrouping.attribute("tags", in: hand.network)
        #expect(tags.groupNames == ["Cohort 1", "Cohort 2", "Steering Committee"])
        #expect(tags.membership == [0, 2, 1, -1])
        #expect(tags.multipleValueCount == 1, "c repeats one value; only a lists two")
    }

    @Test func otherAttributesSplitOnlyWhenNamed() throws {
        var hand = HandNetwork()
        try hand.node("a", .person, ["team": "Red|Blue"])
        #expect(try NodeGrouping.attribute("team", in: hand.network).groupNames == ["Red|Blue"])
        let split = try NodeGrouping.attribute("team", in: hand.network, multiValued: ["TEAM"])
        #expect(split.groupNames == ["Blue", "Red"])
        #expect(split.membership == [1])
    }
}

@Suite struct ExplicitGroupingTests {
    @Test func labelsFollowTheProjectedGraph() throws {
        var hand = HandNetwork()
        try hand.node("p1", .person)
        try hand.node("org", .organization)
        try hand.node("p2", .person)
        try hand.tie("p1", "p2", .collaboratesWith)
        let grouping = try NodeGrouping.explicit(name: "community", membership: [1, 0, -1], groupNames: ["c0", "c1"])
        let people = GraphProjection(nodeKinds: [.person]).project(hand.network)
        #expect(people.networkPositions.map(\.rawValue) == [0, 2])
        #expect(grouping.labels(for: people) == [1, -1])
    }

    @Test func graphLabelsCarryBackToTheNetwork() throws {
        var hand = HandNetwork()
        try hand.node("p1", .person)
        try hand.node("org", .organization)
        try hand.node("p2", .person)
        let people = GraphProjection(nodeKinds: [.person]).project(hand.network)
        let grouping = try NodeGrouping.explicit(
            name: "community", labels: [1, 0], for: people, networkNodeCount: 3, groupNames: ["c0", "c1"])
        #expect(grouping.membership == [1, -1, 0])
        #expect(grouping.labels(for: people) == [1, 0])
        #expect(throws: GroupingError.labelCountMismatch(labels: 1, graphNodes: 2)) {
            try NodeGrouping.explicit(name: "c", labels: [0], for: people, networkNodeCount: 3, groupNames: ["c0"])
        }
        #expect(throws: GroupingError.labelOutOfRange(position: 1, label: 1, groupCount: 1)) {
            try NodeGrouping.explicit(name: "c", labels: [0, 1], for: people, networkNodeCount: 3, groupNames: ["c0"])
        }
    }

    @Test func outOfRangeLabelsThrow() {
        #expect(throws: GroupingError.labelOutOfRange(position: 1, label: 2, groupCount: 2)) {
            try NodeGrouping.explicit(name: "community", membership: [0, 2], groupNames: ["a", "b"])
        }
        #expect(throws: GroupingError.labelOutOfRange(position: 0, label: -2, groupCount: 1)) {
            try NodeGrouping.explicit(name: "community", membership: [-2], groupNames: ["a"])
        }
    }
}

@Suite struct InitiativeGroupingTests {
    /// i-late started after i-early; i-b and i-a share a start date.
    func sample() throws -> HandNetwork {
        var hand = HandNetwork()
        try hand.node("i-late", .initiative, ["started": "2018-01-01"])
        try hand.node("i-early", .initiative, ["started": "2016-05"])
        try hand.node("i-b", .initiative, ["started": "2017"])
        try hand.node("i-a", .initiative, ["started": "2017"])
        try hand.node("i-undated", .initiative)
        for id in ["heavy", "even", "same-start", "undated", "member-only", "lead"] { try hand.node(id, .person) }
        try hand.node("org", .organization)
        try hand.node("event", .event)
        // heavy: two ties to i-late outweigh one of weight 1.5 to i-early.
        try hand.tie("heavy", "i-late", .participatesIn)
        try hand.tie("heavy", "i-late", .participatesIn)
        try hand.tie("heavy", "i-early", .participatesIn, weight: 1.5)
        // even: equal weight, the earlier-started initiative wins.
        try hand.tie("even", "i-late", .participatesIn)
        try hand.tie("even", "i-early", .leads)
        // same-start: equal weight and start, the smaller id wins.
        try hand.tie("same-start", "i-b", .participatesIn)
        try hand.tie("same-start", "i-a", .participatesIn)
        // undated: a dated initiative beats an undated one.
        try hand.tie("undated", "i-undated", .participatesIn)
        try hand.tie("undated", "i-late", .participatesIn)
        try hand.tie("member-only", "org", .memberOf)
        try hand.tie("lead", "i-undated", .leads, weight: 3)
        try hand.tie("org", "i-b", .participatesIn)
        try hand.tie("event", "i-a", .participatesIn)
        return hand
    }

    @Test func membersFollowTheHeaviestThenEarliestThenSmallestId() throws {
        let hand = try sample()
        let grouping = NodeGrouping.initiatives(in: hand.network)
        #expect(grouping.name == "initiative")
        #expect(grouping.groupNames == ["i-a", "i-b", "i-early", "i-late", "i-undated"])
        func group(_ id: String) throws -> String? { grouping.groupName(ofNodeAt: try hand.position(id)) }
        #expect(try group("i-late") == "i-late")
        #expect(try group("heavy") == "i-late")
        #expect(try group("even") == "i-early")
        #expect(try group("same-start") == "i-a")
        #expect(try group("undated") == "i-late")
        #expect(try group("lead") == "i-undated")
        #expect(try group("org") == "i-b")
        #expect(try group("member-only") == nil)
        #expect(try group("event") == nil)
    }

    @Test func everyAffiliatedPersonOfIntegrationInitiativeIsGrouped() throws {
        let network = try DatasetSupport.load("integration-initiative")
        let grouping = NodeGrouping.initiatives(in: network)
        #expect(grouping.groupCount == 12)
        var affiliated = Set<Int32>()
        for tie in network.ties where tie.kind == .participatesIn || tie.kind == .leads {
            if network.nodes[Int(tie.target)].kind == .initiative { affiliated.insert(tie.source) }
        }
        for (position, node) in network.nodes.enumerated() where node.kind == .person {
            #expect((grouping.membership[position] >= 0) == affiliated.contains(Int32(position)))
        }
    }
}
