import Foundation
import NetworkIO
import Testing

/// Input that is not a regular file: FIFOs (as process substitution gives), and a FIFO no one writes.
@Suite(.serialized) struct PipeInputTests {
    static let edges = "source,target\na,b\nb,c\n"

    @Test func fifoIsReadNotReportedEmpty() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-fifo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/edges.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "printf '\(Self.edges.replacingOccurrences(of: "\n", with: "\\n"))' > '\(fifo)'"]
        try writer.run()
        let result = try NetworkLoader.load(path: fifo)
        writer.waitUntilExit()
        #expect(result.network.nodeCount == 3)
        #expect(result.network.tieCount == 2)
    }

    @Test func fifoWithoutWriterFailsAfterTheTimeout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-fifo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/edges.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        setenv("LIAISON_PIPE_TIMEOUT", "0.5", 1)
        defer { unsetenv("LIAISON_PIPE_TIMEOUT") }
        let started = Date()
        do {
            _ = try NetworkLoader.load(path: fifo)
            Issue.record("a FIFO without a writer loaded")
        } catch {
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.contains("nothing is writing into this pipe"), "\(text)")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
