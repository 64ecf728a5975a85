import Foundation
import GraphCore
import Testing

/// The `groups` family of fixtures (scripts/fixtures/groups.py): per corpus graph, two groupings,
/// each with per-node columns for every weighting and direction and the mixing summaries.
struct GroupsFixture {
    /// One grouping of one graph.
    struct Grouping {
        let name: String
        let labels: [Int32]
        let groupCount: Int
        /// "unweighted_out", "weighted_all", … → column name → JSON value.
        let cases: [String: [String: Any]]
        /// "unweighted" / "weighted" → key → JSON value.
        let mixing: [String: [String: Any]]
    }

    let name: String
    let graph: Graph
    let groupings: [Grouping]

    init(_ name: String) throws {
        self.name = name
        graph = try Fixtures.entry(name).graph()
        let values = try Fixtures.expected("groups", name)
        guard let groupings = values["groupings"] as? [String: [String: Any]] else {
            throw Fixtures.FixtureError.missing("\(name) groupings")
        }
        self.groupings = try groupings.keys.sorted().map { key in
            let object = groupings[key] ?? [:]
            guard let labels = object["labels"] as? [Int], let count = object["group_count"] as? Int,
                let cases = object["cases"] as? [String: [String: Any]],
                let mixing = object["mixing"] as? [String: [String: Any]]
            else { throw Fixtures.FixtureError.malformed("\(name) grouping \(key)") }
            return Grouping(
                name: key, labels: labels.map { Int32($0) }, groupCount: count, cases: cases, mixing: mixing)
        }
    }

    /// Every graph of the corpus with its expected group values.
    static func all() throws -> [GroupsFixture] {
        try Fixtures.graphNames().map { try GroupsFixture($0) }
    }
}

extension Fixtures {
    /// A square matrix of an expected file; `null` entries become NaN.
    static func matrix(_ object: [String: Any], _ key: String) throws -> [[Double]] {
        guard let rows = object[key] as? [[Any]] else { throw FixtureError.missing(key) }
        return rows.map { row in row.map { ($0 as? NSNumber)?.doubleValue ?? .nan } }
    }

    /// A scalar of an expected file; nil for `null`.
    static func scalar(_ object: [String: Any], _ key: String) throws -> Double? {
        guard let value = object[key] else { throw FixtureError.missing(key) }
        return (value as? NSNumber)?.doubleValue
    }
}
