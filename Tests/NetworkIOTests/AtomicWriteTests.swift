import Foundation
import NetworkIO
import Testing

/// What `AtomicFileWriter` and `AtomicFolderWriter` do with what already sits at the destination.
@Suite struct AtomicWriteTests {
    static func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    static func mode(_ path: String) -> mode_t {
        var status = stat()
        _ = stat(path, &status)
        return status.st_mode & 0o7777
    }

    /// The pid of a process that has ended.
    static func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func replacedFileKeepsItsPermissions() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        try AtomicFileWriter.write("old\n", to: path)
        #expect(chmod(path, 0o640) == 0)
        try AtomicFileWriter.write("new\n", to: path)
        #expect(Self.mode(path) == 0o640)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    }

    @Test func symbolicLinkIsWrittenThroughAndStays() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AtomicFileWriter.write("old\n", to: folder + "/real.csv")
        #expect(symlink("real.csv", folder + "/link.csv") == 0)
        try AtomicFileWriter.write("new\n", to: folder + "/link.csv")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.csv") == "real.csv")
        #expect(try String(contentsOfFile: folder + "/real.csv", encoding: .utf8) == "new\n")
    }

    @Test func deviceIsWrittenIntoNotReplaced() throws {
        try AtomicFileWriter.write("discarded\n", to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func fifoNobodyReadsIsRefusedAtOnce() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: AtomicFileWriter.WriteError.self) { try AtomicFileWriter.write("x\n", to: fifo) }
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func fifoWithAReaderReceivesTheBytes() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [fifo]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        var written = false
        for _ in 0..<200 where !written {
            written = (try? AtomicFileWriter.write("through the pipe\n", to: fifo)) != nil
            if !written { usleep(10_000) }
        }
        let received = output.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(written)
        #expect(String(decoding: received, as: UTF8.self) == "through the pipe\n")
    }

    @Test func temporariesOfEndedRunsAreNamedAndCleanedOnTheNextRun() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let ended = try Self.endedProcessID()
        let stale = folder + "/.liaison-tmp-\(ended)-abcdef12-metrics.csv"
        let live = folder + "/.liaison-tmp-\(getppid())-abcdef12-metrics.csv"
        try Data("partial".utf8).write(to: URL(fileURLWithPath: stale))
        try Data("in progress".utf8).write(to: URL(fileURLWithPath: live))
        try AtomicFileWriter.write("done\n", to: folder + "/metrics.csv")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == [URL(fileURLWithPath: live).lastPathComponent, "metrics.csv"])
    }

    @Test func folderOfTwoFilesAppearsWhole() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let export = folder + "/export"
        try AtomicFolderWriter.write([("nodes.csv", Data("n1\n".utf8)), ("edges.csv", Data("e1\n".utf8))], toFolder: export)
        #expect(try String(contentsOfFile: export + "/nodes.csv", encoding: .utf8) == "n1\n")
        try Data("mine".utf8).write(to: URL(fileURLWithPath: export + "/notes.txt"))
        try AtomicFolderWriter.write([("nodes.csv", Data("n2\n".utf8)), ("edges.csv", Data("e2\n".utf8))], toFolder: export)
        #expect(try String(contentsOfFile: export + "/nodes.csv", encoding: .utf8) == "n2\n")
        #expect(try String(contentsOfFile: export + "/edges.csv", encoding: .utf8) == "e2\n")
        #expect(try String(contentsOfFile: export + "/notes.txt", encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["export"])
    }

    @Test func folderHoldingASubfolderIsRefusedUntouched() throws {
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let export = folder + "/export"
        try FileManager.default.createDirectory(atPath: export + "/inner", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: export + "/nodes.csv"))
        #expect(throws: AtomicFileWriter.WriteError.self) {
            try AtomicFolderWriter.write([("nodes.csv", Data("new".utf8))], toFolder: export)
        }
        #expect(try String(contentsOfFile: export + "/nodes.csv", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["export"])
    }
}
