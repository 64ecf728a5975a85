import GraphAlgorithms
import NetworkAnalysis
import NetworkModel
import Testing

/// `liaison metrics --network --weighted`: network rows read the same weighted graph as the per-node columns.
@Suite struct WeightedNetworkStatisticsTests {
    /// The statistic `name` of the network with ties `ties` (source, target, strength), weighted.
    static func statistic(_ name: String, ties: [(String, String, Double)], directed: Bool) throws -> (Double, [Double]) {
        var network = Network()
        for id in ["a", "b", "c"] { _ = try network.addNode(Node(id: id, kind: .person)) }
        for (source, target, weight) in ties {
            let s = try #require(network.index(of: source)), t = try #require(network.index(of: target))
            try network.addTie(Tie(source: s, target: t, direction: .directed, weight: weight))
        }
        var request = MetricRequest()
        request.metrics = [.clustering]
        request.projection = GraphProjection(directed: directed, weighted: true)
        request.edgeLength = .inverseWeight
        request.threads = 1
        let report = try MetricSuite.run(network: network, request: request)
        let table = try NetworkStatistics.compute(
            network: network, projected: report.projected, betweenness: nil, attribute: nil,
            edgeLength: .inverseWeight, threads: 1)
        let row = try #require(table.rows.first { $0[0] == .text(name) })
        let column = try #require(report.table.columns.firstIndex(of: "clustering"))
        return (try #require(row[1].number), report.table.rows.compactMap { $0[column].number })
    }

    /// Issue 14, item 4: a triangle with strengths 1, 1, 4. networkx 3.6.1
    /// `average_clustering(G, weight="weight")` = `clustering(G, weight="weight")[v]` = ∛(1·1·4/4³)/… =
    /// 0.3968502629920499 for every node, not the unweighted 1.
    @Test func averageClusteringIsTheMeanOfWeightedLocalClustering() throws {
        let (average, local) = try Self.statistic(
            "average_clustering", ties: [("a", "b", 1), ("b", "c", 1), ("a", "c", 4)], directed: false)
        #expect(local.count == 3 && local.allSatisfy { abs($0 - 0.3968502629920499) < 1e-15 })
        #expect(abs(average - 0.3968502629920499) < 1e-15, "\(average)")
    }

    /// Directed (weighted Fagiolo): a → b 1, b → c 1, c → a 4, a → c 2; networkx
    /// `average_clustering(D, weight="weight")` = 0.23727684182192274.
    @Test func directedAverageClusteringIsWeightedToo() throws {
        let (average, local) = try Self.statistic(
            "average_clustering", ties: [("a", "b", 1), ("b", "c", 1), ("c", "a", 4), ("a", "c", 2)], directed: true)
        #expect(abs(local.reduce(0, +) / 3 - average) < 1e-15)
        #expect(abs(average - 0.23727684182192274) < 1e-14, "\(average)")
    }
}
