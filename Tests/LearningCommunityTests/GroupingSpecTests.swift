import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

@Suite struct GroupingSpecTests {
    @Test func wordsOfGroupAreReadOnce() {
        #expect(GroupingSpec(parsing: "initiative") == .initiative)
        #expect(GroupingSpec(parsing: "community") == .community(seed: 1, resolution: 1))
        #expect(GroupingSpec(parsing: "city") == .attribute("city"))
        #expect(GroupingSpec(parsing: "attribute:initiative") == .attribute("initiative"))
        #expect(GroupingSpec(parsing: "attribute:community") == .attribute("community"))
        #expect(GroupingSpec(parsing: "") == nil)
        #expect(GroupingSpec(parsing: "   ") == nil)
        #expect(GroupingSpec(parsing: "attribute:") == nil)
    }

    @Test func optionsApplyOnlyToTheirKind() {
        #expect(GroupingSpec.community().withCommunity(seed: 7, resolution: 1.5) == .community(seed: 7, resolution: 1.5))
        #expect(GroupingSpec.initiative.withCommunity(seed: 7, resolution: 1.5) == .initiative)
        #expect(GroupingSpec.attribute("Tags").withMultiValued(["Roles"]) == .attribute("Tags", multiValued: ["Roles"]))
        #expect(GroupingSpec.initiative.withMultiValued(["Roles"]) == .initiative)
    }

    /// An attribute called `initiative` is grouped by its values, not by initiative membership, and the
    /// grouping remembers how it was made so another wave is grouped the same way.
    @Test func anAttributeNamedInitiativeIsAnAttribute() throws {
        var hand = HandNetwork()
        try hand.node("a", .person, ["initiative": "North"])
        try hand.node("b", .person, ["initiative": "South"])
        try hand.node("i", .initiative)
        try hand.tie("a", "i", .participatesIn)
        let network = hand.network
        let projected = GraphProjection().project(network)
        let byAttribute = try NodeGrouping.resolve(
            try #require(GroupingSpec(parsing: "attribute:initiative")), in: network, projected: projected, weighted: false)
        #expect(byAttribute.groupNames == ["North", "South"])
        #expect(byAttribute.spec == .attribute("initiative"))
        let byMembership = try NodeGrouping.resolve(.initiative, in: network, projected: projected, weighted: false)
        #expect(byMembership.groupNames == ["i"])
        #expect(byMembership.spec == .initiative)
    }

    @Test func communitiesAreNamedInOnePlaceAndKeepTheirResolution() throws {
        let network = try DatasetSupport.load("karate")
        let projected = GraphProjection().project(network)
        let spec = GroupingSpec.community(seed: 3, resolution: 2)
        let grouping = try NodeGrouping.resolve(spec, in: network, projected: projected, weighted: false)
        #expect(grouping.name == "community")
        #expect(grouping.groupNames == (0..<grouping.groupCount).map { "community-\($0 + 1)" })
        #expect(grouping.spec == spec)
        let coarser = try NodeGrouping.resolve(.community(seed: 3, resolution: 0.5), in: network, projected: projected, weighted: false)
        #expect(coarser.groupCount < grouping.groupCount, "a larger resolution gives more, smaller communities")
    }
}
