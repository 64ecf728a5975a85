import Foundation
import NetworkIO
import NetworkModel
import Testing

/// Every bundled dataset imports with exactly the counts its README states.
@Suite struct BundledDatasetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func load(_ name: String, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        try NetworkLoader.load(path: root.appendingPathComponent("datasets/\(name)").path, options: options)
    }

    static func kinds(_ network: Network) -> [String: Int] {
        Dictionary(network.nodeKindCounts().map { ($0.kind.rawValue, $0.count) }, uniquingKeysWith: +)
    }

    static func tieKinds(_ network: Network) -> [String: Int] {
        Dictionary(network.tieKindCounts().map { ($0.kind.rawValue, $0.count) }, uniquingKeysWith: +)
    }

    @Test func integrationInitiative() throws {
        let result = try Self.load("integration-initiative")
        #expect(result.network.nodeCount == 372)
        #expect(result.network.tieCount == 1941)
        #expect(Self.kinds(result.network) == [
            "person": 250, "organization": 60, "practice": 30, "event": 20, "initiative": 12,
        ])
        #expect(Self.tieKinds(result.network)["funds"] == 36)
        #expect(result.network.nodeAttributeNames.contains("city"))
        #expect(result.warnings.isEmpty, "\(result.warnings)")
    }

    @Test func karate() throws {
        let network = try Self.load("karate").network
        #expect(network.nodeCount == 34)
        #expect(network.tieCount == 78)
        #expect(network.node(id: "0")?.attributes["club"] == "Mr. Hi")
        #expect(network.ties.reduce(0) { $0 + $1.weight } == 231, "Zachary's interaction counts as weights")
    }

    @Test func southernWomen() throws {
        let network = try Self.load("southern-women").network
        #expect(Self.kinds(network) == ["person": 18, "event": 14])
        #expect(network.tieCount == 89)
        #expect(Self.tieKinds(network) == ["attended": 89])
    }

    @Test func southernWomenAsAnAffiliationTable() throws {
        var options = ImportOptions()
        options.affiliationPath = Self.root.appendingPathComponent("datasets/southern-women/attendance.csv").path
        options.affiliationSourceKind = .person
        options.affiliationTargetKind = .event
        options.affiliationTieKind = .attended
        let network = try NetworkLoader.load(path: nil, options: options).network
        #expect(Self.kinds(network) == ["person": 18, "event": 14])
        #expect(network.tieCount == 89)
    }

    @Test func florentine() throws {
        let network = try Self.load("florentine").network
        #expect(network.nodeCount == 16)
        #expect(Self.tieKinds(network) == ["marriage": 20, "business": 15])
    }
}
