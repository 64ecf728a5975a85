import Foundation
import GraphCore
import Testing

/// The committed graph corpus and the networkx values computed on it
/// (scripts/fixtures/*.py write them; see Fixtures/README.md).
enum Fixtures {
    /// One graph of the corpus, as the fixture scripts wrote it.
    struct Entry: Decodable {
        let name: String
        let description: String
        let directed: Bool
        let n: Int
        let edges: [[Double]]

        /// The graph Liaison builds from it (parallel weights summed, as the scripts do).
        func graph(weighted: Bool = true) throws -> Graph {
            var builder = try GraphBuilder(nodeCount: n, directed: directed)
            for edge in edges {
                try builder.addEdge(Int(edge[0]), Int(edge[1]), weight: weighted ? edge[2] : 1)
            }
            return builder.build(parallelEdges: .sum, weighted: weighted)
        }
    }

    static var folder: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw FixtureError.missing("Fixtures folder")
            }
            return url
        }
    }

    /// Names of every graph in the corpus, sorted.
    static func graphNames() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("graphs").path)
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func entry(_ name: String) throws -> Entry {
        let data = try Data(contentsOf: folder.appendingPathComponent("graphs/\(name).json"))
        return try JSONDecoder().decode(Entry.self, from: data)
    }

    /// The expected values a fixture script wrote for `graph` under `family`
    /// (Fixtures/expected/FAMILY/GRAPH.json): metric name → JSON value.
    static func expected(_ family: String, _ graph: String) throws -> [String: Any] {
        let url = try folder.appendingPathComponent("expected/\(family)/\(graph).json")
        let data = try Data(contentsOf: url)
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw FixtureError.malformed(url.path)
        }
        return object
    }

    /// A per-node column of an expected file; `null` entries become nil (undefined in networkx).
    static func column(_ object: [String: Any], _ key: String) throws -> [Double?] {
        guard let values = object[key] as? [Any] else { throw FixtureError.missing(key) }
        return values.map { ($0 as? NSNumber)?.doubleValue }
    }

    enum FixtureError: Error, CustomStringConvertible {
        case missing(String)
        case malformed(String)
        var description: String {
            switch self {
            case let .missing(what): return "fixture missing: \(what)"
            case let .malformed(path): return "fixture malformed: \(path)"
            }
        }
    }
}

/// Whether `actual` agrees with `expected` to `relative` (with an absolute floor of 1e-12 near zero).
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9) -> Bool {
    if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
    if actual == expected { return true }
    return abs(actual - expected) <= relative * max(abs(actual), abs(expected)) + 1e-12
}

/// Records an issue for every node whose value differs from the fixture.
func expectColumn(
    _ actual: [Double], _ expected: [Double?], relative: Double = 1e-9, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): \(actual.count) values, fixture has \(expected.count)",
        sourceLocation: sourceLocation)
    for (node, (a, e)) in zip(actual, expected).enumerated() {
        let ok = e.map { isClose(a, $0, relative: relative) } ?? a.isNaN
        #expect(ok, "\(what) node \(node): \(a) vs networkx \(String(describing: e))", sourceLocation: sourceLocation)
    }
}
