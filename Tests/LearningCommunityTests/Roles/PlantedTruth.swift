import Foundation
import NetworkIO
import NetworkModel
import Testing

/// The bundled integration-initiative dataset and the truth its generator planted (truth.json).
struct IntegrationInitiative {
    struct Truth: Decodable {
        struct Funder: Decodable {
            let id: String
            let role: String
        }
        struct Liaison: Decodable {
            let id: String
        }
        struct Core: Decodable {
            let organizations: [String]
            let people: [String]
        }
        let funders: [Funder]
        let liaisons: [Liaison]
        let core: Core
        let isolates: [String]
    }

    let network: Network
    let truth: Truth

    static func repositoryRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    static func load() throws -> IntegrationInitiative {
        let folder = repositoryRoot().appendingPathComponent("datasets/integration-initiative")
        let network = try NetworkLoader.load(path: folder.path).network
        let truth = try JSONDecoder().decode(
            Truth.self, from: Data(contentsOf: folder.appendingPathComponent("truth.json")))
        return IntegrationInitiative(network: network, truth: truth)
    }

    /// A group per node from a node attribute (−1 where blank), and the group names, sorted.
    func groups(by attribute: String) -> (labels: [Int32], names: [String]) {
        let names = Set(network.nodes.compactMap { $0.attributes[attribute] }.filter { !$0.isEmpty }).sorted()
        let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
        let labels = network.nodes.map { node in node.attributes[attribute].flatMap { index[$0] } ?? -1 }
        return (labels, names)
    }

    func id(_ node: Int32) -> String { network.nodes[Int(node)].id }
}

/// Precision and recall of a found set against a planted one.
struct Recovery: CustomStringConvertible {
    let precision: Double
    let recall: Double

    init(found: Set<String>, planted: Set<String>) {
        let hits = Double(found.intersection(planted).count)
        precision = found.isEmpty ? 1 : hits / Double(found.count)
        recall = planted.isEmpty ? 1 : hits / Double(planted.count)
    }

    var description: String { "precision \(precision), recall \(recall)" }
}
