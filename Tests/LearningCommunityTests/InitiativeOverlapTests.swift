import LearningCommunity
import NetworkModel
import Testing

/// Initiative overlap against networkx's bipartite projections (scripts/fixtures/overlap.py, which writes
/// Tests/NetworkAnalysisTests/Fixtures/overlap/).
@Suite struct InitiativeOverlapTests {
    struct Expected: Decodable {
        struct Pair: Decodable {
            let a: String, b: String
            let sharedMembers: Int
            let sharedPractices: Int
            let jaccard: Double
            let newman: Double
        }
        let initiatives: [String]
        let members: [String: Int]
        let pairs: [Pair]
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 }

    @Test(arguments: [
        ("integration-initiative", InitiativeOverlap.Options()),
        (
            "southern-women",
            InitiativeOverlap.Options(initiativeKind: .event, memberKinds: [.person], membershipTies: [.attended])
        ),
    ])
    func matchesNetworkx(dataset: String, options: InitiativeOverlap.Options) throws {
        let network = try DatasetSupport.load(dataset)
        let expected = try DatasetSupport.decode(
            Expected.self, at: "Tests/NetworkAnalysisTests/Fixtures/overlap/\(dataset).json")
        let overlap = InitiativeOverlap.compute(network, options: options)
        let id = { (position: Int32) in network.nodes[Int(position)].id }
        #expect(overlap.initiatives.map(id) == expected.initiatives)
        for (position, count) in zip(overlap.initiatives, overlap.memberCounts) {
            #expect(expected.members[id(position)] == count, "\(id(position))")
        }
        try #require(overlap.pairs.count == expected.pairs.count)
        #expect(overlap.pairs.contains { $0.sharedMembers > 0 })
        for (found, want) in zip(overlap.pairs, expected.pairs) {
            #expect(id(found.first) == want.a && id(found.second) == want.b)
            #expect(found.sharedMembers == want.sharedMembers, "\(want.a)-\(want.b)")
            #expect(found.sharedPractices == want.sharedPractices, "\(want.a)-\(want.b)")
            #expect(Self.close(found.jaccard, want.jaccard), "\(want.a)-\(want.b) jaccard")
            #expect(Self.close(found.newmanWeight, want.newman), "\(want.a)-\(want.b) newman")
        }
    }

    @Test func handComputedOverlap() throws {
        var hand = HandNetwork()
        for id in ["i1", "i2", "i3"] { try hand.node(id, .initiative) }
        for id in ["p1", "p2", "p3"] { try hand.node(id, .person) }
        try hand.node("org", .organization)
        try hand.node("x", .practice)
        // p1 in all three, p2 in i1 and i2 (twice), org funds i2; p3 in i3 only; p2 and p3 adopt x.
        for target in ["i1", "i2", "i3"] { try hand.tie("p1", target, .participatesIn) }
        try hand.tie("p2", "i1", .leads)
        try hand.tie("p2", "i2", .participatesIn)
        try hand.tie("p2", "i2", .participatesIn)
        try hand.tie("org", "i2", .funds)
        try hand.tie("p3", "i3", .participatesIn)
        try hand.tie("p2", "x", .adopts)
        try hand.tie("p3", "x", .adopts)
        let overlap = InitiativeOverlap.compute(hand.network)
        #expect(overlap.memberCounts == [2, 3, 2])
        let first = overlap.pairs[0], second = overlap.pairs[1], third = overlap.pairs[2]
        // i1-i2: p1 (d=3) and p2 (d=2) shared; union {p1, p2, org}.
        #expect(first.sharedMembers == 2 && first.jaccard == 2.0 / 3.0 && first.newmanWeight == 0.5 + 1)
        #expect(first.sharedPractices == 1)
        // i1-i3: p1 only; union {p1, p2, p3}.
        #expect(second.sharedMembers == 1 && second.jaccard == 1.0 / 3.0 && second.newmanWeight == 0.5)
        #expect(second.sharedPractices == 1)
        #expect(third.sharedMembers == 1 && third.jaccard == 0.25)
    }
}
