import Foundation
import NetworkExport
import NetworkIO
import NetworkModel
import Testing

/// The csv and kumu exports read back through Liaison's own importer lose nothing.
@Suite struct RoundTripTests {
    /// Reads the export of `network` in `format` back with NetworkLoader.
    func readBack(_ network: Network, _ format: ExportFormat) throws -> (network: Network, metricNames: Set<String>) {
        let document = try ExportTestSupport.document(network)
        let folder = try ExportTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ExportTestSupport.write(document, format, into: folder)
        var options = ImportOptions()
        if format == .kumu {
            options.nodesPath = folder.appendingPathComponent("elements.csv").path
            options.edgesPath = folder.appendingPathComponent("connections.csv").path
        }
        let path = format == .kumu ? nil : format == .xlsx ? folder.appendingPathComponent("network.xlsx").path : folder.path
        let loaded = try NetworkLoader.load(path: path, options: options).network
        return (loaded, Set(document.nodeColumns.filter(\.isMetric).map(\.name)))
    }

    /// Every id, label, kind, attribute, tie endpoint, kind, direction, weight, date, wave and tie attribute.
    func expectSame(_ original: Network, _ copy: Network, metricNames: Set<String>, attributeName: (String) -> String = { $0 },
                    tags: (String) -> String = { $0 }) {
        #expect(copy.nodeCount == original.nodeCount)
        #expect(copy.tieCount == original.tieCount)
        for node in original.nodes {
            guard let read = copy.node(id: node.id) else {
                Issue.record("node \(node.id) is missing")
                continue
            }
            #expect(read.label == node.label, "\(node.id)")
            #expect(read.kind == node.kind, "\(node.id)")
            var expected: [String: String] = [:]
            for (name, value) in node.attributes where !value.isEmpty {
                expected[attributeName(name)] = name.lowercased() == "tags" ? tags(value) : value
            }
            let kept = read.attributes.filter { !metricNames.contains($0.key) && !$0.value.isEmpty }
            #expect(kept == expected, "\(node.id)")
            for metric in ["degree", "betweenness", "pagerank"] where metricNames.contains(metric) {
                #expect(read.attributes[metric] != nil, "\(node.id) lacks \(metric)")
            }
        }
        for (tie, read) in zip(original.ties, copy.ties) {
            #expect(copy.nodes[Int(read.source)].id == original.nodes[Int(tie.source)].id)
            #expect(copy.nodes[Int(read.target)].id == original.nodes[Int(tie.target)].id)
            #expect(read.kind == tie.kind)
            #expect(read.direction == tie.direction)
            #expect(read.weight == tie.weight)
            #expect(read.start == tie.start)
            #expect(read.end == tie.end)
            #expect(read.wave == tie.wave)
            #expect(read.attributes.filter { !$0.value.isEmpty } == tie.attributes.filter { !$0.value.isEmpty })
        }
    }

    @Test func csvRoundTripOfTheIntegrationInitiative() throws {
        let original = try ExportTestSupport.dataset("integration-initiative")
        let (copy, metrics) = try readBack(original, .csv)
        #expect(metrics.contains("betweenness"))
        expectSame(original, copy, metricNames: metrics)
    }

    @Test func csvRoundTripOfHostileText() throws {
        let original = try ExportTestSupport.hostileNetwork()
        let (copy, metrics) = try readBack(original, .csv)
        expectSame(original, copy, metricNames: metrics)
    }

    @Test func kumuRoundTripOfTheIntegrationInitiative() throws {
        let original = try ExportTestSupport.dataset("integration-initiative")
        let (copy, metrics) = try readBack(original, .kumu)
        expectSame(original, copy, metricNames: metrics)
    }

    @Test func workbookRoundTripOfTheIntegrationInitiative() throws {
        let original = try ExportTestSupport.dataset("integration-initiative")
        let (copy, metrics) = try readBack(original, .xlsx)
        #expect(metrics.contains("betweenness"))
        expectSame(original, copy, metricNames: metrics)
    }

    @Test func workbookRoundTripOfHostileText() throws {
        let original = try ExportTestSupport.hostileNetwork()
        let (copy, metrics) = try readBack(original, .xlsx)
        expectSame(original, copy, metricNames: metrics, attributeName: { $0 == "tags" ? "Tags" : $0 },
                   tags: { _ in "alpha|beta|gamma" })
    }

    @Test func kumuRoundTripOfHostileText() throws {
        let original = try ExportTestSupport.hostileNetwork()
        let (copy, metrics) = try readBack(original, .kumu)
        expectSame(original, copy, metricNames: metrics, attributeName: { $0 == "tags" ? "Tags" : $0 },
                   tags: { _ in "alpha|beta|gamma" })
    }

    @Test func kumuUsesKumusColumnNames() throws {
        let document = try ExportTestSupport.document(try ExportTestSupport.hostileNetwork())
        let files = try NetworkExporter.files(document, as: .kumu)
        #expect(files.map(\.name) == ["elements.csv", "connections.csv"])
        #expect(files[0].text.hasPrefix("ID,Label,Type,Tags,"))
        #expect(files[1].text.hasPrefix("From,To,Type,Direction,Strength,Start,End,Wave,role\n"))
    }
}
