import Foundation
import NetworkIO
import NetworkModel

/// Paths and loaders shared by the LearningCommunity tests.
enum DatasetSupport {
    static func repositoryRoot() -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static func load(_ name: String) throws -> Network {
        try NetworkLoader.load(path: repositoryRoot().appendingPathComponent("datasets/\(name)").path).network
    }

    /// A JSON file under the repository root, decoded.
    static func decode<Value: Decodable>(_ type: Value.Type, at relativePath: String) throws -> Value {
        let data = try Data(contentsOf: repositoryRoot().appendingPathComponent(relativePath))
        return try JSONDecoder().decode(type, from: data)
    }
}

/// A small network built in code: nodes by (id, kind, attributes), ties by ids.
struct HandNetwork {
    var network = Network()

    mutating func node(_ id: String, _ kind: NodeKind, _ attributes: [String: String] = [:]) throws {
        try network.addNode(Node(id: id, kind: kind, attributes: attributes))
    }

    mutating func tie(
        _ source: String, _ target: String, _ kind: TieKind, weight: Double = 1, start: String? = nil,
        end: String? = nil, wave: String? = nil, attributes: [String: String] = [:]
    ) throws {
        let s = try position(source), t = try position(target)
        try network.addTie(Tie(
            source: s, target: t, kind: kind, weight: weight, start: try start.map { try PartialDate(iso: $0) },
            end: try end.map { try PartialDate(iso: $0) }, wave: wave, attributes: attributes))
    }

    func position(_ id: String) throws -> Int32 {
        guard let position = network.index(of: id) else { throw HandNetworkError.unknownNode(id) }
        return position
    }

    enum HandNetworkError: Error { case unknownNode(String) }
}
