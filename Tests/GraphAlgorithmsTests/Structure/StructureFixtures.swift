import Foundation
import GraphCore
import Testing

/// The `structure` family of fixtures (scripts/fixtures/structure.py), one file per corpus graph.
struct StructureFixture {
    let name: String
    let graph: Graph
    let values: [String: Any]

    init(_ name: String) throws {
        self.name = name
        self.graph = try Fixtures.entry(name).graph()
        self.values = try Fixtures.expected("structure", name)
    }

    /// Every graph of the corpus with its expected values.
    static func all() throws -> [StructureFixture] {
        try Fixtures.graphNames().map { try StructureFixture($0) }
    }

    func column(_ key: String) throws -> [Double?] { try Fixtures.column(values, key) }

    /// The networkx exception class recorded for `key`, if networkx raised.
    func error(_ key: String) -> String? { values[key + "_error"] as? String }

    /// A scalar; nil when the fixture holds `null` (undefined in networkx).
    func scalar(_ key: String) throws -> Double? {
        guard let value = values[key] else { throw Fixtures.FixtureError.missing(key) }
        return (value as? NSNumber)?.doubleValue
    }
}

/// Expects `actual` to match a fixture scalar (NaN where the fixture has null).
func expectScalar(
    _ actual: Double, _ expected: Double?, relative: Double = 1e-9, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let ok = expected.map { isClose(actual, $0, relative: relative) } ?? actual.isNaN
    #expect(ok, "\(what): \(actual) vs reference \(String(describing: expected))", sourceLocation: sourceLocation)
}
