import Foundation
import NetworkIO
import Testing

/// Issue 16: `export --to csv` killed at any moment leaves the folder holding the old pair or the new
/// pair, never a mix that loads, and its temporary folder is cleaned by the next run.
@Suite struct KilledExportTests {
    @Test func killedExportNeverLeavesAMixedPair() throws {
        let liaison = try BinaryRunner.executable
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-killed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("export")
        let first = try BinaryRunner.run(["export", "datasets/karate", "--to", "csv", "-o", folder.path])
        #expect(first.status == 0, "\(first.standardError)")
        let datasets = ["datasets/florentine", "datasets/karate"]
        var killed = 0
        for round in 0..<12 {
            let process = Process()
            process.executableURL = liaison
            process.arguments = ["export", datasets[round % 2], "--to", "csv", "-o", folder.path]
            process.currentDirectoryURL = BinaryRunner.repositoryRoot
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(20_000 + round * 25_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killed += 1
            }
            process.waitUntilExit()
            let loaded = try NetworkLoader.load(path: folder.path).network
            #expect([15, 16, 34].contains(loaded.nodeCount), "round \(round): a mixed pair of \(loaded.nodeCount) nodes")
            let nodes = try String(contentsOf: folder.appendingPathComponent("nodes.csv"), encoding: .utf8)
            let edges = try String(contentsOf: folder.appendingPathComponent("edges.csv"), encoding: .utf8)
            let karateNodes = nodes.contains("\n33,"), karateEdges = edges.contains("\n0,1,")
            #expect(karateNodes == karateEdges, "round \(round): nodes of one export, ties of the other")
        }
        #expect(killed > 0, "no run was killed mid-way: the test proves nothing")
        // The next run into the same parent removes what the killed runs left.
        let last = try BinaryRunner.run(["export", "datasets/karate", "--to", "csv", "-o", folder.path])
        #expect(last.status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(left == ["export"], "temporaries left: \(left)")
    }
}
