import Foundation
import Testing

/// The default maps of the bundled datasets, measured on the rendered SVG: no label overlaps another or a
/// node, the legend stays under 15 % of the image, every role holder is labelled, every preset renders,
/// and a map is the same bytes twice.
@Suite struct MapQualityTests {
    /// The bundled maps: dataset and extra arguments.
    static let bundled: [(String, [String])] = [
        ("karate", []), ("florentine", []), ("southern-women", []), ("integration-initiative", []),
        ("integration-initiative", ["--group", "city"]),
    ]

    static func render(_ dataset: String, _ arguments: [String]) throws -> (svg: Data, stderr: String) {
        let folder = try MapCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.svg")
        let outcome = try InProcessRunner.run(["map", "datasets/" + dataset, "-o", file.path] + arguments)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        return (try Data(contentsOf: file), outcome.standardError)
    }

    @Test(arguments: bundled.indices)
    func labelsOverlapNothingAndTheLegendIsSmall(case index: Int) throws {
        let (dataset, arguments) = Self.bundled[index]
        let geometry = SVGGeometry(svg: try Self.render(dataset, arguments).svg)
        #expect(geometry.parsed)
        #expect(!geometry.labels.isEmpty)
        #expect(geometry.labelOverlaps.isEmpty, "\(dataset): labels overlap: \(geometry.labelOverlaps)")
        #expect(geometry.labelNodeOverlaps.isEmpty, "\(dataset): labels cover nodes: \(geometry.labelNodeOverlaps)")
        #expect(geometry.legendShare > 0 && geometry.legendShare < 0.15, "\(dataset): legend \(geometry.legendShare)")
    }

    /// Every catalyst, sponsor, organizer, learning liaison and bridge `liaison roles` finds has a label.
    @Test func everyRoleHolderIsLabelled() throws {
        let geometry = SVGGeometry(svg: try Self.render("integration-initiative", ["--group", "city"]).svg)
        let roles = try InProcessRunner.run(["roles", "datasets/integration-initiative", "--group", "city", "--format", "json"])
        #expect(roles.status == 0, "\(roles.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(roles.standardOutput.utf8)) as? [String: Any]
        let rows = try #require(object?["roles"] as? [[String: Any]])
        let labelled: Set<String> = ["catalyst", "sponsor", "organizer", "learning_liaison", "bridge"]
        let holders = Set(rows.filter { labelled.contains($0["role"] as? String ?? "") }.compactMap { $0["id"] as? String })
        #expect(!holders.isEmpty)
        #expect(holders.isSubset(of: geometry.labelledNodeIDs), "unlabelled: \(holders.subtracting(geometry.labelledNodeIDs).sorted())")
    }

    @Test(arguments: [
        ["--preset", "overview"], ["--preset", "funders"], ["--preset", "liaisons"],
        ["--preset", "ego", "--focus", "org-001"], ["--preset", "groups"], ["--preset", "groups", "--group", "city"],
    ])
    func everyPresetRenders(arguments: [String]) throws {
        let geometry = SVGGeometry(svg: try Self.render("integration-initiative", arguments).svg)
        #expect(geometry.parsed)
        #expect(!geometry.labels.isEmpty)
        #expect(geometry.labelOverlaps.isEmpty, "\(arguments): \(geometry.labelOverlaps)")
        #expect(geometry.labelNodeOverlaps.isEmpty, "\(arguments): \(geometry.labelNodeOverlaps)")
    }

    @Test func theDefaultMapIsTheSameBytesTwice() throws {
        let first = try Self.render("integration-initiative", ["--group", "city"]).svg
        let second = try Self.render("integration-initiative", ["--group", "city"]).svg
        #expect(first == second)
    }

    /// `--label`, `--label-role` and `--label-field` choose what is labelled and how.
    @Test func labelsYouChoose() throws {
        let geometry = SVGGeometry(
            svg: try Self.render(
                "integration-initiative", ["--labels", "0", "--label", "person-001", "--label-role", "hub", "--label-field", "city"]
            ).svg)
        #expect(geometry.labelledNodeIDs.contains("person-001"))
        #expect(geometry.labels.contains { $0.text == "Ashford Vale" || $0.text == "Brindlemere" || $0.text.contains(" ") == false })
        let plain = SVGGeometry(svg: try Self.render("integration-initiative", ["--labels", "0"]).svg)
        #expect(geometry.labelledNodeIDs.count > plain.labelledNodeIDs.count, "hubs add labels")
    }

    /// Affiliations are faint by default; `--tie-kinds all` draws them in full.
    @Test func affiliationsAreFaintUnlessAllKindsAreAsked() throws {
        let faint = String(decoding: try Self.render("integration-initiative", []).svg, as: UTF8.self)
        let all = String(decoding: try Self.render("integration-initiative", ["--tie-kinds", "all"]).svg, as: UTF8.self)
        #expect(faint.contains("faint: attended"))
        #expect(!all.contains("faint: "))
    }
}
