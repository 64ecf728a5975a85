import Foundation
import NetworkAnalysis
import NetworkExport
import NetworkIO
import NetworkModel
import Testing

/// Shared helpers: the bundled datasets, a network of hostile text, metrics, xmllint and temporary folders.
enum ExportTestSupport {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var schemas: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/schemas")
    }

    static func dataset(_ name: String) throws -> Network {
        try NetworkLoader.load(path: repositoryRoot.appendingPathComponent("datasets/\(name)").path).network
    }

    /// Text that breaks naive writers of every format.
    static let hostileTexts = [
        "\"];x[label=\"pwned", "<script>alert('x')</script>", "a & b \"dq\" 'sq'", "back\\slash\\",
        "line one\nline two", "tab\there", "comma, semi; pipe", "=SUM(A1)", "ünïcödé ✓", "]]> --> <!--",
    ]

    /// A small network whose ids, labels, kinds, attribute names and values and tie attributes are hostile.
    static func hostileNetwork() throws -> Network {
        var network = Network()
        let ids = ["plain", "node \"two\"", "<b>three</b>", "back\\slash", "four & five"]
        for (index, id) in ids.enumerated() {
            let text = hostileTexts[index % hostileTexts.count]
            try network.addNode(Node(
                id: id, label: hostileTexts[(index + 1) % hostileTexts.count], kind: index.isMultiple(of: 2) ? .person : "weird \"kind\"",
                attributes: ["note \"quoted\"": text, "city": "Ashford Vale", "score": String(index * 2),
                             "tags": "alpha; beta, gamma"]))
        }
        let date = try PartialDate(iso: "2017-03")
        for index in 0..<ids.count {
            try network.addTie(Tie(
                source: Int32(index), target: Int32((index + 1) % ids.count), kind: index == 0 ? .memberOf : .collaboratesWith,
                weight: Double(index) + 0.5, start: index == 1 ? date : nil, wave: index == 2 ? "wave <1>" : nil,
                attributes: ["role": hostileTexts[(index + 4) % hostileTexts.count]]))
        }
        return network
    }

    /// The network with its `liaison metrics` table, as the export command builds it.
    static func document(_ network: Network, directed: Bool = false) throws -> ExportDocument {
        var request = MetricRequest()
        request.projection = GraphProjection(directed: directed)
        request.threads = 1
        let report = try MetricSuite.run(network: network, request: request)
        return ExportDocument(network: network, metrics: report.table, directed: directed, metadata: report.metadata)
    }

    static func text(_ document: ExportDocument, _ format: ExportFormat) -> String {
        do {
            return try NetworkExporter.files(document, as: format).map(\.text).joined()
        } catch {
            Issue.record("the \(format) export failed: \(error)")
            return ""
        }
    }

    /// A fresh folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes the export's files into `folder`.
    static func write(_ document: ExportDocument, _ format: ExportFormat, into folder: URL) throws {
        for file in try NetworkExporter.files(document, as: format) {
            try file.data.write(to: folder.appendingPathComponent(file.name))
        }
    }

    struct ToolMissing: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs xmllint with `arguments` on `text`; returns (exit status, everything it printed).
    /// Throws a clear error when xmllint is not installed (scripts/install-prerequisites.sh installs it).
    static func xmllint(_ arguments: [String], on text: String) throws -> (status: Int32, output: String) {
        let candidates = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw ToolMissing(description: "xmllint is not installed, so the exports cannot be checked against the "
                + "GraphML and GEXF schemas: run scripts/install-prerequisites.sh (Debian package libxml2-utils)")
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.xml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--noout"] + arguments + [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    static func validateGraphML(_ text: String) throws -> (status: Int32, output: String) {
        try xmllint(["--schema", schemas.appendingPathComponent("graphml/graphml.xsd").path], on: text)
    }

    static func validateGEXF(_ text: String) throws -> (status: Int32, output: String) {
        try xmllint(["--relaxng", schemas.appendingPathComponent("gexf-1.3/gexf.rng").path], on: text)
    }
}
