import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

/// `metrics --group` columns land on the right rows: the participation column equals an independent
/// computation over the network's distinct neighbour pairs (parallel ties merge into one edge, as the
/// analysed graph merges them), node by node.
@Suite struct GroupMetricColumnsTests {
    /// P = 1 − Σ_s (k_s / k)² over the groups s of a node's distinct grouped neighbours; 0 without any.
    static func participation(_ network: Network, _ groups: [Int32]) -> [Double] {
        var neighbours = [Set<Int32>](repeating: [], count: network.nodeCount)
        for tie in network.ties where !tie.isSelfLoop {
            neighbours[Int(tie.source)].insert(tie.target)
            neighbours[Int(tie.target)].insert(tie.source)
        }
        return neighbours.map { set in
            var counts: [Int32: Double] = [:]
            for v in set where groups[Int(v)] >= 0 { counts[groups[Int(v)], default: 0] += 1 }
            let k = counts.values.reduce(0, +)
            return k == 0 ? 0 : 1 - counts.values.reduce(0) { $0 + ($1 / k) * ($1 / k) }
        }
    }

    @Test func participationColumnMatchesAnIndependentCountPerNode() throws {
        let data = try IntegrationInitiative.load()
        var request = MetricRequest()
        request.metrics = [.degree]
        let report = try MetricSuite.run(network: data.network, request: request)
        let grouping = try NodeGrouping.attribute("city", in: data.network)
        let table = try GroupMetricColumns.appending(
            to: report.table, projected: report.projected, grouping: grouping, weighted: false, threads: 2)
        #expect(table.columns.suffix(GroupMetricColumns.names.count) == GroupMetricColumns.names[...])
        let expected = Self.participation(data.network, grouping.membership)
        let column = try #require(table.columnIndex("participation"))
        let groupColumn = try #require(table.columnIndex("group"))
        for (row, position) in zip(table.rows, report.projected.networkPositions) {
            let node = data.network.nodes[position.index]
            #expect(row[0] == .text(node.id))
            if grouping.membership[position.index] < 0 {
                #expect(row[column] == .missing, "\(node.id) is ungrouped")
                #expect(row[groupColumn] == .missing)
            } else {
                let value = expected[position.index]
                let actual = try #require(row[column].number, "\(node.id)")
                #expect(abs(actual - value) <= 1e-12, "\(node.id): \(actual) vs \(value)")
                #expect(row[groupColumn] == .text(node.attributes["city"] ?? ""))
            }
        }
    }
}
