import Foundation
import NetworkIO
import NetworkModel
import Testing

/// `NetworkWriter` output must read back to the same network: nothing lost, nothing altered.
@Suite struct RoundTripTests {
    /// SplitMix64: a small seeded generator so the test is the same on every run.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let awkwardPieces = [
        "plain", "a,b", "say \"hi\"", "two\nlines", "crlf\r\nend", " padded ", "=SUM(A1)", "naïve", "日本語", "🙂👍🏽",
        "semi;colon", "tab\there", "\"", ",", "x|y", "Ünïcödé", "e\u{301}", "\u{FEFF}bom", "sep=;",
    ]

    static func text(_ random: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            text += awkwardPieces.randomElement(using: &random) ?? "x"
        }
        return text
    }

    static func date(_ random: inout SeededGenerator) -> PartialDate? {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return nil
        case 1: return try? PartialDate(year: Int.random(in: 1990...2030, using: &random))
        case 2: return try? PartialDate(year: Int.random(in: 1990...2030, using: &random), month: Int.random(in: 1...12, using: &random))
        default:
            return try? PartialDate(
                year: Int.random(in: 1990...2030, using: &random), month: Int.random(in: 1...12, using: &random),
                day: Int.random(in: 1...28, using: &random))
        }
    }

    static func randomNetwork(nodeCount: Int, tieCount: Int) throws -> Network {
        var random = SeededGenerator(state: 2024)
        var network = Network()
        let nodeKinds: [NodeKind] = NodeKind.wellKnown + ["funder network", "node"]
        let tieKinds: [TieKind] = TieKind.wellKnown + [.tie, "co_author"]
        for index in 0..<nodeCount {
            var attributes: [String: String] = [:]
            if Bool.random(using: &random) { attributes["city"] = text(&random) }
            if Int.random(in: 0..<5, using: &random) == 0 { attributes["Größe, note"] = text(&random) }
            let id = index % 3 == 0 ? "n\(index)" : "\(text(&random))#\(index)"
            try network.addNode(Node(id: id, label: text(&random), kind: nodeKinds.randomElement(using: &random) ?? .node, attributes: attributes))
        }
        network.reserveTies(tieCount)
        for _ in 0..<tieCount {
            var start = date(&random)
            var end = date(&random)
            if let first = start, let second = end, second < first { (start, end) = (second, first) }
            var attributes: [String: String] = [:]
            if Bool.random(using: &random) { attributes["note"] = text(&random) }
            if Int.random(in: 0..<7, using: &random) == 0 { attributes["rôle \"quoted\""] = text(&random) }
            let weight: Double
            switch Int.random(in: 0..<4, using: &random) {
            case 0: weight = 1
            case 1: weight = Double(Int.random(in: 0...5, using: &random))
            case 2: weight = Double.random(in: 0..<10, using: &random)
            default: weight = Double.random(in: 0..<1e-3, using: &random) * pow(10, Double(Int.random(in: -5...20, using: &random)))
            }
            try network.addTie(Tie(
                source: Int32.random(in: 0..<Int32(nodeCount), using: &random),
                target: Int32.random(in: 0..<Int32(nodeCount), using: &random),
                kind: tieKinds.randomElement(using: &random) ?? .tie,
                direction: TieDirection.allCases.randomElement(using: &random), weight: weight, start: start, end: end,
                wave: Bool.random(using: &random) ? nil : "wave \(Int.random(in: 1...3, using: &random))",
                attributes: attributes))
        }
        return network
    }

    @Test func hundredThousandRandomTiesReadBackUnchanged() throws {
        let original = try Self.randomNetwork(nodeCount: 20_000, tieCount: 100_000)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try NetworkWriter.write(original, toFolder: folder.path)
        let result = try NetworkLoader.load(path: folder.path)
        let read = result.network
        #expect(result.hasDirectionColumn)
        #expect(read.nodeCount == original.nodeCount)
        #expect(read.tieCount == original.tieCount)
        #expect(read.nodeAttributeNames == original.nodeAttributeNames)
        #expect(read.tieAttributeNames == original.tieAttributeNames)
        let differentNodes = zip(original.nodes, read.nodes).filter { $0.0 != $0.1 }
        #expect(differentNodes.isEmpty, "first difference: \(String(describing: differentNodes.first))")
        let differentTies = zip(original.ties, read.ties).filter { $0.0 != $0.1 }
        #expect(differentTies.isEmpty, "first difference: \(String(describing: differentTies.first))")
        // A second write gives the same bytes.
        #expect(NetworkWriter.edgesCSV(read) == NetworkWriter.edgesCSV(original))
        #expect(NetworkWriter.nodesCSV(read) == NetworkWriter.nodesCSV(original))
    }
}
