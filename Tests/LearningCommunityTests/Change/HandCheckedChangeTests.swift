import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

/// A five-person network over two waves, every expected number worked out by hand below.
///
/// People and cities: a (X), b (X), c (Y), d (Y), e (Z). All ties are undirected `collaborates_with`.
///
///     wave w1 (starts 2016-03): a–b, b–c (ended 2017-01), c–d
///     wave w2 (starts 2017-06): a–c, a–e, c–e
///
/// Cumulative reading. w1 closes 2016-03: before = a–b, b–c, c–d on a, b, c, d (e is tied only in w2,
/// so it is not there yet). w2 closes 2017-06: b–c ended before that, so after = a–b, c–d, a–c, a–e, c–e
/// on a, b, c, d, e.
@Suite struct HandCheckedChangeTests {
    static func twoWaves() throws -> Network {
        var hand = HandNetwork()
        for (id, city) in [("a", "X"), ("b", "X"), ("c", "Y"), ("d", "Y"), ("e", "Z")] {
            try hand.node(id, .person, ["city": city])
        }
        try hand.tie("a", "b", .collaboratesWith, start: "2016-03", wave: "w1")
        try hand.tie("b", "c", .collaboratesWith, start: "2016-03", end: "2017-01", wave: "w1")
        try hand.tie("c", "d", .collaboratesWith, start: "2016-03", wave: "w1")
        try hand.tie("a", "c", .collaboratesWith, start: "2017-06", wave: "w2")
        try hand.tie("a", "e", .collaboratesWith, start: "2017-06", wave: "w2")
        try hand.tie("c", "e", .collaboratesWith, start: "2017-06", wave: "w2")
        return hand.network
    }

    static func change() throws -> NetworkChange {
        let network = try twoWaves()
        var options = ChangeOptions()
        options.grouping = .attribute("city")
        options.threads = 1
        return try NetworkChange.compare(
            before: try network.capturedBy(wave: "w1"), after: try network.capturedBy(wave: "w2"), options: options)
    }

    static func indicator(_ change: NetworkChange, _ name: String) throws -> IndicatorChange {
        try #require(change.indicators.first { $0.name == name })
    }

    @Test func wavesAreCapturedCumulativelyAndAsSnapshots() throws {
        let network = try Self.twoWaves()
        #expect(network.orderedWaves() == ["w1", "w2"])
        let w2 = try network.capturedBy(wave: "w2")
        #expect(w2.nodes.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(w2.tieCount == 5)
        // Snapshot: only w2's three ties, and the nodes they touch (b and d have ties elsewhere, so they are out).
        let snapshot = try network.capturedBy(wave: "w2", reading: .snapshot)
        #expect(snapshot.nodes.map(\.id) == ["a", "c", "e"])
        #expect(snapshot.tieCount == 3)
        #expect(throws: ChangeError.unknownWave("w9", available: ["w1", "w2"])) {
            try network.capturedBy(wave: "w9")
        }
    }

    @Test func nodesAndTiesAddedAndLost() throws {
        let change = try Self.change()
        // Nodes: e is new; nobody left.
        #expect(change.membership.nodesAdded == ["e"])
        #expect(change.membership.nodesLost.isEmpty)
        // Ties: {a–b, b–c, c–d} → {a–b, c–d, a–c, a–e, c–e}: 3 added, b–c lost, 2 kept.
        #expect(change.membership.tiesAdded.map { "\($0.source)-\($0.target)" } == ["a-c", "a-e", "c-e"])
        #expect(change.membership.tiesLost.map { "\($0.source)-\($0.target)" } == ["b-c"])
        #expect(change.membership.tiesKept == 2)
    }

    @Test func indicatorsBeforeAndAfter() throws {
        let change = try Self.change()
        func expectPair(_ name: String, _ before: Double, _ after: Double) throws {
            let item = try Self.indicator(change, name)
            #expect(abs(item.before - before) < 1e-12, "\(name) before \(item.before)")
            #expect(abs(item.after - after) < 1e-12, "\(name) after \(item.after)")
        }
        try expectPair("nodes", 4, 5)
        try expectPair("ties", 3, 5)
        // Density: 3 / (4·3/2) = 0.5 and 5 / (5·4/2) = 0.5.
        try expectPair("density", 0.5, 0.5)
        try expectPair("components", 1, 1)
        try expectPair("largest_component_share", 1, 1)
        // Degrees before 1,2,2,1: Σ(2 − d) = 2 over n(n−1) = 12. After a3 b1 c3 d1 e2: Σ(3 − d) = 5 over 20.
        try expectPair("degree_centralization", 2.0 / 12, 5.0 / 20)
        // Before: a path, no triangle. After: triangle a-c-e; triples centred at a 3, c 3, e 1 → 3·1/7.
        try expectPair("transitivity", 0, 3.0 / 7)
        // Local clustering after: a 1/3, c 1/3, e 1, b 0, d 0 → mean (5/3)/5 = 1/3.
        try expectPair("average_clustering", 0, 1.0 / 3)
        // Modularity. Before, the path splits {a,b}{c,d}: 2·(1/3 − (3/6)²) = 1/6. After, the best split is
        // {a,b,e}{c,d}: 2/5 − (6/10)² + 1/5 − (4/10)² = 0.08 (as good: {a,b}{c,d,e}).
        try expectPair("modularity", 1.0 / 6, 0.08)
        try expectPair("communities", 2, 2)
        // Cities. Before: a–b X-X, c–d Y-Y inside, b–c X-Y across: I = 2, E = 1 → E-I = −1/3, share 1/3.
        // After: a–b, c–d inside; a–c X-Y, a–e X-Z, c–e Y-Z across: I = 2, E = 3 → E-I = 1/5, share 3/5.
        try expectPair("ei_index", -1.0 / 3, 0.2)
        try expectPair("cross_group_share", 1.0 / 3, 0.6)
    }

    @Test func verdictsInPlainLanguage() throws {
        let change = try Self.change()
        #expect(try Self.indicator(change, "density").verdict == "Density is unchanged at 0.500.")
        #expect(try Self.indicator(change, "nodes").verdict
            == "The number of nodes rose from 4 to 5 (+25%): the network took in new members.")
        // 1/6 = 0.1667 → 0.25: +50 %.
        #expect(try Self.indicator(change, "degree_centralization").verdict
            == "Degree centralisation rose from 0.167 to 0.250 (+50%): ties concentrate more on a few hubs.")
        // From 0 a relative change is undefined, so none is printed.
        #expect(try Self.indicator(change, "transitivity").verdict
            == "Transitivity rose from 0 to 0.429: partners of partners work together more often.")
        // Indices print their absolute change: 0.08 − 1/6 = −0.0867.
        #expect(try Self.indicator(change, "modularity").verdict
            == "Modularity fell from 0.167 to 0.080 (-0.087): communities are more intertwined.")
        #expect(try Self.indicator(change, "ei_index").verdict
            == "The E-I index rose from -0.333 to 0.200 (+0.533): ties reach across groups more, relative to ties within them.")
        #expect(try Self.indicator(change, "communities").verdict == "The number of communities is unchanged at 2.")
    }

    @Test func centralityRisersAndFallers() throws {
        let change = try Self.change()
        func shifts(_ list: [CentralityShift], _ centrality: ChangeCentrality) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: list.filter { $0.centrality == centrality }.map { ($0.id, $0.change) })
        }
        // Degree centrality before (n = 4) a 1/3, b 2/3, c 2/3, d 1/3; after (n = 5) a 3/4, b 1/4, c 3/4, d 1/4.
        let degreeUp = change.centrality.risers.filter { $0.centrality == .degree }
        #expect(degreeUp.map(\.id) == ["a", "c"])
        #expect(abs((shifts(change.centrality.risers, .degree)["a"] ?? 0) - 5.0 / 12) < 1e-12)
        #expect(abs((shifts(change.centrality.risers, .degree)["c"] ?? 0) - 1.0 / 12) < 1e-12)
        #expect(change.centrality.fallers.filter { $0.centrality == .degree }.map(\.id) == ["b", "d"])
        // Betweenness before (path, pairs 3): b 2/3, c 2/3. After (pairs 6): a carries b's 3 paths → 1/2,
        // c carries d's 3 paths → 1/2. So a +1/2; b −2/3, c −1/6; d and e 0 (e is not matched).
        let betweennessUp = shifts(change.centrality.risers, .betweenness)
        #expect(betweennessUp.count == 1)
        #expect(abs((betweennessUp["a"] ?? 0) - 0.5) < 1e-12)
        let betweennessDown = change.centrality.fallers.filter { $0.centrality == .betweenness }
        #expect(betweennessDown.map(\.id) == ["b", "c"])
        #expect(abs(betweennessDown[0].change + 2.0 / 3) < 1e-12)
        #expect(abs(betweennessDown[1].change + 1.0 / 6) < 1e-12)
    }

    @Test func newBridgesAndNewGroupLinks() throws {
        let change = try Self.change()
        // Articulation points: before b and c (the path's middle); after a (cuts off b) and c (cuts off d).
        // New: a, whose removal leaves {b} and {c, d, e}: cut off (5 − 1) − 3 = 1.
        #expect(change.newBridges.map(\.id) == ["a"])
        #expect(change.newBridges.first?.cutOff == 1)
        #expect(change.newBridges.first?.isNewNode == false)
        // Group pairs tied before: X-Y. After also X-Z (a–e) and Y-Z (c–e).
        #expect(change.newGroupLinks.map { "\($0.groups.0)|\($0.groups.1)" } == ["X|Z", "Y|Z"])
        #expect(change.newGroupLinks.map { $0.ties.map { "\($0.source)-\($0.target)" } } == [["a-e"], ["c-e"]])
    }

    @Test func topAndNegativeTop() throws {
        let network = try Self.twoWaves()
        var options = ChangeOptions()
        options.top = 1
        let change = try NetworkChange.compare(
            before: try network.capturedBy(wave: "w1"), after: try network.capturedBy(wave: "w2"), options: options)
        #expect(change.centrality.risers.filter { $0.centrality == .degree }.map(\.id) == ["a"])
        #expect(change.indicators.allSatisfy { $0.name != "ei_index" })
        options.top = -1
        #expect(throws: ChangeError.self) { try NetworkChange.compare(before: network, after: network, options: options) }
    }
}
