import LearningCommunity
import NetworkModel
import Testing

/// The carrier rules of `DiffusionReport.analyze` on small hand-made networks.
@Suite struct DiffusionRuleTests {
    /// A practice `p`; people in cities A, B, C; an event `e`.
    func base() throws -> HandNetwork {
        var hand = HandNetwork()
        try hand.node("p", .practice)
        try hand.node("a1", .person, ["city": "A"])
        try hand.node("a2", .person, ["city": "A"])
        try hand.node("b1", .person, ["city": "B"])
        try hand.node("b2", .person, ["city": "B"])
        try hand.node("c1", .person, ["city": "C"])
        try hand.node("nobody", .person)
        try hand.node("e", .event, ["date": "2017-03-01"])
        return hand
    }

    func analyze(_ hand: HandNetwork) throws -> (DiffusionReport, PracticeDiffusion) {
        let city = try NodeGrouping.attribute("city", in: hand.network)
        let report = try DiffusionReport.analyze(hand.network, grouping: city)
        return (report, try #require(report.practices.first))
    }

    func ids(_ hand: HandNetwork, _ hops: [PracticeTransmission]) -> [String] {
        let id = { (position: Int32) in hand.network.nodes[Int(position)].id }
        return hops.map { "\(id($0.from))>\(id($0.to)):\($0.carrier.kindName)" }
    }

    @Test func sharesBeatsCoAttendanceOnTheSameDate() throws {
        var hand = try base()
        try hand.tie("a1", "p", .adopts, start: "2017-01-10", wave: "w1")
        try hand.tie("a2", "p", .adopts, start: "2017-01-20", wave: "w1")
        try hand.tie("b1", "p", .adopts, start: "2017-06-01", wave: "w2")
        try hand.tie("a1", "e", .attended, start: "2017-03-01")
        try hand.tie("b1", "e", .attended, start: "2017-03-01")
        try hand.tie("a2", "b1", .shares, start: "2017-03-01")
        let (_, diffusion) = try analyze(hand)
        #expect(ids(hand, diffusion.crossGroupHops) == ["a2>b1:shares"])
        #expect(diffusion.cumulativeAdoptersByWave.map(\.wave) == ["w1", "w2"])
        #expect(diffusion.cumulativeAdoptersByWave.map(\.adopters) == [2, 3])
    }

    @Test func theMostRecentCarrierWinsAndCoAttendanceNamesTheEvent() throws {
        var hand = try base()
        try hand.tie("a1", "p", .adopts, start: "2016-05-01")
        try hand.tie("b1", "p", .adopts, start: "2017-06-01")
        try hand.tie("a1", "b1", .collaboratesWith, start: "2016-02-01")
        try hand.tie("a1", "e", .attended)  // undated attendance: the event's own date counts
        try hand.tie("b1", "e", .attended, start: "2017-03-01")
        let (_, diffusion) = try analyze(hand)
        let hop = try #require(diffusion.crossGroupHops.first)
        #expect(hop.carrier == .coAttendance(event: try hand.position("e"), date: try PartialDate(iso: "2017-03-01")))
        #expect(hop.fromGroup == 0 && hop.toGroup == 1)
    }

    @Test func contactsOutsideTheWindowCarryNothing() throws {
        var hand = try base()
        try hand.tie("a1", "p", .adopts, start: "2017-04-01")
        try hand.tie("b1", "p", .adopts, start: "2017-06-01")
        try hand.tie("c1", "p", .adopts, start: "2017-08-01")
        // The event was before a1 adopted; the collaboration ended before a1 adopted; the shares tie
        // starts on b1's adoption day, not before it.
        try hand.tie("a1", "e", .attended, start: "2017-03-01")
        try hand.tie("b1", "e", .attended, start: "2017-03-01")
        try hand.tie("a1", "b1", .collaboratesWith, start: "2016-01-01", end: "2017-02-01")
        try hand.tie("a1", "b1", .shares, start: "2017-06-01")
        // c1 is reached through an undated advice tie from b1.
        try hand.tie("b1", "c1", .advises)
        let (_, diffusion) = try analyze(hand)
        #expect(ids(hand, diffusion.crossGroupHops) == ["b1>c1:advises"])
        #expect(diffusion.adoptions.map { $0.source == nil } == [true, true, false])
        #expect(diffusion.groupsReached == [0, 1, 2])
    }

    @Test func onlyTheFirstAdoptionsOfAGroupAreHops() throws {
        var hand = try base()
        try hand.tie("a1", "p", .adopts, start: "2017-01-01")
        try hand.tie("b1", "p", .adopts, start: "2017-05-01")
        try hand.tie("b2", "p", .adopts, start: "2017-09-01")
        try hand.tie("nobody", "p", .adopts, start: "2017-10-01")
        try hand.tie("a1", "b1", .shares, start: "2017-02-01")
        try hand.tie("a1", "b2", .shares, start: "2017-03-01")
        try hand.tie("a1", "nobody", .shares, start: "2017-03-01")
        let (report, diffusion) = try analyze(hand)
        #expect(ids(hand, diffusion.crossGroupHops) == ["a1>b1:shares"])
        // b2 and the ungrouped adopter still have attributed sources.
        #expect(diffusion.adoptions.compactMap(\.source).count == 3)
        let pollinator = try #require(report.pollinators.first)
        #expect(pollinator.node == (try hand.position("a1")) && pollinator.hopCount == 1)
        #expect(pollinator.groupsReached == [1])
    }

    @Test func timelinesAndUndatedAdopters() throws {
        var hand = try base()
        try hand.tie("b1", "p", .adopts, start: "2016-11-01")
        try hand.tie("a1", "p", .adopts, start: "2016-11-01")
        try hand.tie("a1", "p", .adopts, start: "2018-01-01")  // a later duplicate is ignored
        try hand.tie("c1", "p", .adopts, start: "2019-02")
        try hand.tie("a2", "p", .adopts)
        let (_, diffusion) = try analyze(hand)
        // Same-day adopters are ordered by id and carry nothing to each other.
        #expect(diffusion.adoptions.map { hand.network.nodes[Int($0.adopter)].id } == ["a1", "b1", "c1"])
        #expect(diffusion.crossGroupHops.isEmpty)
        #expect(diffusion.undatedAdopters == [try hand.position("a2")])
        #expect(diffusion.cumulativeAdoptersByYear.map(\.year) == [2016, 2017, 2018, 2019])
        #expect(diffusion.cumulativeAdoptersByYear.map(\.adopters) == [2, 2, 2, 3])
        #expect(diffusion.cumulativeAdoptersByWave.isEmpty)
    }

    @Test func initiativesReachedInTheOrderOfAdoption() throws {
        var hand = try base()
        try hand.node("i-x", .initiative)
        try hand.node("i-y", .initiative)
        try hand.tie("b1", "i-y", .participatesIn)
        try hand.tie("a1", "i-x", .leads)
        try hand.tie("a2", "i-x", .participatesIn)
        try hand.tie("a1", "p", .adopts, start: "2016-01-01")
        try hand.tie("c1", "p", .adopts, start: "2016-03-01")
        try hand.tie("b1", "p", .adopts, start: "2016-06-01")
        try hand.tie("a2", "p", .adopts, start: "2016-09-01")
        let (report, diffusion) = try analyze(hand)
        #expect(diffusion.initiativesReached.map { report.initiatives.groupNames[Int($0)] } == ["i-x", "i-y"])
        #expect(diffusion.adoptions.map(\.initiative) == [0, -1, 1, 0])
    }

    @Test func aGroupingOfAnotherNetworkIsRefused() throws {
        let hand = try base()
        let other = try NodeGrouping.explicit(name: "x", membership: [0], groupNames: ["g"])
        #expect(throws: GroupingError.sizeMismatch(groupingNodes: 1, networkNodes: hand.network.nodeCount)) {
            try DiffusionReport.analyze(hand.network, grouping: other)
        }
    }
}
