import Foundation
import GraphAlgorithms
import NetworkAnalysis
import NetworkIO
import NetworkModel
import Testing

/// `liaison metrics` on the bundled datasets against networkx, computed from the same CSV files by
/// scripts/fixtures/datasets.py: every column and every network statistic, to 1e-9 relative.
@Suite struct DatasetMetricsTests {
    static let datasets = ["karate", "florentine", "southern-women", "integration-initiative"]

    struct Expected: Decodable {
        let ids: [String]
        /// nil where networkx gives NaN (structural holes of isolates).
        let columns: [String: [Double?]]
        let network: [String: Double]
    }

    static func repositoryRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func expected(_ name: String) throws -> Expected {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
        return try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
    }

    static func load(_ name: String) throws -> Network {
        try NetworkLoader.load(path: repositoryRoot().appendingPathComponent("datasets/\(name)").path).network
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + 1e-12
    }

    @Test(arguments: datasets)
    func everyColumnMatchesNetworkx(dataset: String) throws {
        let expected = try Self.expected(dataset)
        let report = try MetricSuite.run(network: try Self.load(dataset), request: MetricRequest())
        let table = report.table
        #expect(table.rows.map { row -> String in
            if case let .text(id) = row[0] { return id }
            return ""
        } == expected.ids)
        for (name, values) in expected.columns.sorted(by: { $0.key < $1.key }) {
            let column = try #require(table.columnIndex(name), "column \(name)")
            for (row, expectedValue) in zip(table.rows, values) {
                guard let value = expectedValue else {
                    #expect(row[column] == .missing, "\(dataset) \(name) \(row[0]): networkx gives NaN")
                    continue
                }
                let actual = try #require(row[column].number, "\(dataset) \(name) \(row[0]) has no value")
                #expect(Self.close(actual, value), "\(dataset) \(name) \(row[0]): \(actual) vs networkx \(value)")
            }
        }
    }

    @Test(arguments: datasets)
    func networkStatisticsMatchNetworkx(dataset: String) throws {
        let expected = try Self.expected(dataset)
        let network = try Self.load(dataset)
        let report = try MetricSuite.run(network: network, request: MetricRequest())
        let table = try NetworkStatistics.compute(
            network: network, projected: report.projected, betweenness: report.betweenness, attribute: nil,
            edgeLength: .hops, threads: 2)
        for (name, value) in expected.network.sorted(by: { $0.key < $1.key }) {
            let row = try #require(table.rows.first { $0[0] == .text(name) }, "statistic \(name)")
            let actual = try #require(row[1].number, "\(dataset) \(name) has no value")
            #expect(Self.close(actual, value), "\(dataset) \(name): \(actual) vs networkx \(value)")
        }
    }
}
