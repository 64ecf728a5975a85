import NetworkAnalysis
import NetworkIO
import NetworkModel
import Testing

/// Southern Women projected both ways, against networkx's `bipartite.weighted_projected_graph`
/// (139 ties of total weight 322 among the women, 66 of total weight 214 among the events;
/// Evelyn Jefferson and Laura Mandeville attended 6 events together).
@Suite struct TwoModeProjectionTests {
    func southernWomen() throws -> Network {
        try NetworkLoader.load(path: DatasetMetricsTests.repositoryRoot().appendingPathComponent("datasets/southern-women").path).network
    }

    @Test func womenProjectionMatchesNetworkx() throws {
        let women = TwoModeProjection.project(try southernWomen(), keeping: .person)
        #expect(women.nodeCount == 18)
        #expect(women.tieCount == 139)
        #expect(women.ties.reduce(0) { $0 + $1.weight } == 322)
        let evelyn = try #require(women.index(of: "evelyn-jefferson"))
        let laura = try #require(women.index(of: "laura-mandeville"))
        let tie = women.ties.first { Set([$0.source, $0.target]) == Set([evelyn, laura]) }
        #expect(tie?.weight == 6)
        #expect(tie?.kind.rawValue == "shares_event")
    }

    @Test func eventProjectionMatchesNetworkx() throws {
        let events = TwoModeProjection.project(try southernWomen(), keeping: .event)
        #expect(events.nodeCount == 14)
        #expect(events.tieCount == 66)
        #expect(events.ties.reduce(0) { $0 + $1.weight } == 214)
    }
}
