import Foundation
import GraphAlgorithms
import GraphCore
import Testing

/// Gould–Fernandez brokerage against R `sna::brokerage` (scripts/fixtures/r/brokerage.R): raw
/// counts, expectations, standard deviations and z-scores, per node and for the network.
@Suite struct BrokerageFixtureTests {
    /// One case of the `brokerage` fixture family: a corpus graph, its grouping and sna's output.
    struct Case {
        let name: String
        let graph: Graph
        let groups: [Int32]
        let values: [String: Any]

        init(_ name: String) throws {
            self.name = name
            values = try Fixtures.expected("brokerage", name)
            let graphName = try #require(values["graph"] as? String)
            graph = try Fixtures.entry(graphName).graph(weighted: false)
            let labels = try #require(values["groups"] as? [Int])
            groups = labels.map { Int32($0) }
        }

        static func all() throws -> [Case] {
            let folder = try Fixtures.folder.appendingPathComponent("expected/brokerage")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
            return try names.map { try Case($0) }
        }

        /// A per-node table (`raw_nli`, …): one row of six values per node.
        func table(_ key: String) throws -> [[Double?]] {
            let rows = try #require(values[key] as? [[Any]], "\(name) \(key)")
            return rows.map { row in row.map { ($0 as? NSNumber)?.doubleValue } }
        }

        /// A network vector (`raw_gli`, …).
        func vector(_ key: String) throws -> [Double?] { try Fixtures.column(values, key) }
    }

    @Test func fixturesCoverTheRequiredShapes() throws {
        let cases = try Case.all()
        #expect(cases.count >= 5)
        let groupCounts = Set(cases.map { Set($0.groups).count })
        #expect(groupCounts.isSuperset(of: [2, 3, 4]))
        #expect(cases.contains { !$0.graph.isDirected })
        let hasSingleton = cases.contains { fixture in
            Set(fixture.groups).contains { group in fixture.groups.filter { $0 == group }.count == 1 }
        }
        #expect(hasSingleton)
    }

    @Test func everyCaseMatchesSna() throws {
        for fixture in try Case.all() {
            let groupCount = Int(fixture.groups.max() ?? -1) + 1
            let result = try GouldFernandezBrokerage.compute(
                fixture.graph, groups: fixture.groups, groupCount: groupCount)
            let name = fixture.name
            let perNode: [(String, [BrokerageScores])] = [
                ("raw_nli", result.raw), ("exp_nli", result.expected), ("sd_nli", result.standardDeviation),
                ("z_nli", result.zScore),
            ]
            for (key, actual) in perNode {
                let expected = try fixture.table(key)
                try #require(expected.count == actual.count, "\(name) \(key) rows")
                for (node, (scores, row)) in zip(actual, expected).enumerated() {
                    expectColumn(scores.values, row, "\(name) \(key) node \(node)")
                }
            }
            let network: [(String, BrokerageScores)] = [
                ("raw_gli", result.networkRaw), ("exp_gli", result.networkExpected),
                ("sd_gli", result.networkStandardDeviation), ("z_gli", result.networkZScore),
            ]
            for (key, actual) in network {
                expectColumn(actual.values, try fixture.vector(key), "\(name) \(key)")
            }
            let density = try #require((fixture.values["density"] as? NSNumber)?.doubleValue)
            #expect(isClose(result.density, density), "\(name) density")
        }
    }

    @Test func resultDoesNotDependOnThreadCount() throws {
        let fixture = try Case("directed_er_30_4_groups_singleton")
        let graph = fixture.graph, groups = fixture.groups
        let one = try GouldFernandezBrokerage.compute(graph, groups: groups, groupCount: 4, threads: 1)
        let three = try GouldFernandezBrokerage.compute(graph, groups: groups, groupCount: 4, threads: 3)
        #expect(one.raw == three.raw)
    }
}
