import Foundation
import Testing

/// `liaison crosspollination` and `liaison metrics --group` end to end on the bundled data.
@Suite struct CrossPollinationCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonHoldsEverySectionAndConsistentCounts() throws {
        let outcome = try InProcessRunner.run(
            ["crosspollination", "datasets/integration-initiative", "--group", "city", "--format", "json",
             "--permutations", "200"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try Self.json(outcome.standardOutput)
        for section in ["network", "groups", "mixing", "overlap", "practices", "hops", "pollinators"] {
            #expect(object[section] is [[String: Any]], "section \(section)")
        }
        let network = try #require(object["network"] as? [[String: Any]])
        func value(_ name: String) -> Double? {
            (network.first { $0["indicator"] as? String == name }?["value"] as? NSNumber)?.doubleValue
        }
        let inside = try #require(value("internal_ties"))
        let outside = try #require(value("external_ties"))
        #expect(value("grouped_ties") == inside + outside)
        #expect(value("ei_index") == (outside - inside) / (outside + inside))
        #expect(value("cross_group_share") == outside / (outside + inside))
        // Six cities; every planted spreading practice reaches four of them.
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.count == 6)
        let practices = try #require(object["practices"] as? [[String: Any]])
        #expect(practices.contains { $0["practice"] as? String == "practice-12" && $0["groups_reached"] as? Int == 4 })
    }

    /// Issue 14, item 3: on directed data a group's `external_ties` counts arcs out of and into the group, as
    /// its `ei_index` does. a (g1) → b (g2) → c (g2): g1 has E 1, I 0; g2 has E 1 (the arc into it), I 1.
    @Test func directedGroupCountsMatchTheirEIIndex() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-ei-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,g\na,g1\nb,g2\nc,g2\n".write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try "source,target,direction\na,b,directed\nb,c,directed\n".write(
            to: folder.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        let outcome = try InProcessRunner.run(
            ["crosspollination", folder.path, "--group", "g", "--directed", "--format", "json", "--permutations", "10"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let groups = try #require(try Self.json(outcome.standardOutput)["groups"] as? [[String: Any]])
        func row(_ name: String) -> [Double] {
            guard let row = groups.first(where: { $0["group"] as? String == name }) else { return [] }
            return ["internal_ties", "external_ties", "ei_index"].compactMap { (row[$0] as? NSNumber)?.doubleValue }
        }
        #expect(row("g1") == [0, 1, 1])
        #expect(row("g2") == [1, 1, 0])
        for group in groups {
            let inside = (group["internal_ties"] as? NSNumber)?.doubleValue ?? .nan
            let outside = (group["external_ties"] as? NSNumber)?.doubleValue ?? .nan
            #expect((group["ei_index"] as? NSNumber)?.doubleValue == (outside - inside) / (outside + inside))
        }
    }

    @Test func csvWritesTheChosenSection() throws {
        let outcome = try InProcessRunner.run(
            ["crosspollination", "datasets/integration-initiative", "--group", "city", "--section", "hops",
             "--format", "csv", "--permutations", "10"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "practice,from,from_group,from_adopted,to,to_group,adopted,carrier,carrier_date,event")
        #expect(lines.count > 10)
    }

    @Test func unknownGroupAttributeIsAUsageError() throws {
        let outcome = try InProcessRunner.run(["crosspollination", "datasets/karate", "--group", "nosuchcolumn"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("nosuchcolumn"), "\(outcome.standardError)")
    }

    @Test func missingGroupIsRefused() throws {
        let outcome = try InProcessRunner.run(["crosspollination", "datasets/karate"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--group"))
    }

    @Test func metricsWithGroupAddsTheDocumentedColumns() throws {
        let outcome = try InProcessRunner.run(
            ["metrics", "datasets/integration-initiative", "--group", "city", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let header = outcome.standardOutput.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasSuffix(
            "reach_2,constraint,effective_size,efficiency,group,participation,within_group_z,ga_role,group_entropy,"
                + "blau,ei_index,groups_reached_1,groups_reached_2,coordinator,itinerant,gatekeeper,representative,liaison"))
    }

    @Test func communityGroupingWorksForEveryMeasure() throws {
        let outcome = try InProcessRunner.run(
            ["metrics", "datasets/karate", "--group", "community", "--format", "csv", "--metrics", "degree"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = outcome.standardOutput.split(separator: "\n").dropFirst()
        #expect(rows.count == 34)
        #expect(rows.allSatisfy { $0.contains(",community-") })
    }
}

/// `liaison metrics --tie-quality NAME`: per-node means of a survey rating of ties.
@Suite struct TieQualityCommandTests {
    static func write(_ text: String) throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-tq-\(UUID().uuidString).csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func meansAndCountsPerNode() throws {
        let file = try Self.write("source,target,trust\na,b,4\nb,c,2\na,c,3\nc,d,\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try InProcessRunner.run(
            ["metrics", "--edges", file.path, "--tie-quality", "trust", "--metrics", "degree", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        // a: (4 + 3)/2; b: (4 + 2)/2; c: (2 + 3)/2 (c–d has no rating); d: no rated tie.
        #expect(outcome.standardOutput == """
            id,label,kind,degree,trust_mean,trust_ties
            a,a,node,2,3.5,2
            b,b,node,2,3,2
            c,c,node,3,2.5,2
            d,d,node,1,,0

            """)
    }

    @Test func nonNumericRatingNamesTheTie() throws {
        let file = try Self.write("source,target,trust\na,b,high\n")
        defer { try? FileManager.default.removeItem(at: file) }
        let outcome = try InProcessRunner.run(["metrics", "--edges", file.path, "--tie-quality", "trust", "--format", "csv"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("a → b has trust \"high\""), "\(outcome.standardError)")
    }
}
