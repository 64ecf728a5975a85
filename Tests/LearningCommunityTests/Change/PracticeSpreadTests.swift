import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

/// Practice spread between two datasets, matched by id.
///
/// Before: p1 is adopted by a (X) and b (X); p2 by nobody.
/// After: p1 also by c (Y) and d (X); p2 by a (X). Directed ties the other way round (practice → adopter)
/// count too. So p1 gains c and d and reaches Y; p2 gains a and reaches X; a practice with no new
/// adopters is not listed.
@Suite struct PracticeSpreadTests {
    static func network(_ adoptions: [(String, String)]) throws -> Network {
        var hand = HandNetwork()
        for (id, city) in [("a", "X"), ("b", "X"), ("c", "Y"), ("d", "X")] { try hand.node(id, .person, ["city": city]) }
        for id in ["p1", "p2", "p3"] { try hand.node(id, .practice) }
        for (adopter, practice) in adoptions {
            if adopter == "d" { try hand.tie(practice, adopter, .adopts) } else { try hand.tie(adopter, practice, .adopts) }
        }
        try hand.tie("b", "p3", .adopts)
        return hand.network
    }

    @Test func newAdoptersAndNewGroups() throws {
        let before = try Self.network([("a", "p1"), ("b", "p1")])
        let after = try Self.network([("a", "p1"), ("b", "p1"), ("c", "p1"), ("d", "p1"), ("a", "p2")])
        var options = ChangeOptions()
        options.grouping = .attribute("city")
        let change = try NetworkChange.compare(before: before, after: after, options: options)
        // p1 reached a new city (Y), p2 reached its first (X): one new group each; p1 has more new adopters.
        #expect(change.practices.map(\.practice) == ["p1", "p2"])
        let p1 = change.practices[0], p2 = change.practices[1]
        #expect(p1.adoptersBefore == 2 && p1.adoptersAfter == 4)
        #expect(p1.newAdopters == ["c", "d"])
        #expect(p1.groupsBefore == ["X"] && p1.groupsAfter == ["X", "Y"] && p1.newGroups == ["Y"])
        #expect(p2.adoptersBefore == 0 && p2.newAdopters == ["a"] && p2.newGroups == ["X"])
        #expect(change.membership.nodesAdded.isEmpty)
        #expect(change.membership.tiesAdded.count == 3)
    }
}
