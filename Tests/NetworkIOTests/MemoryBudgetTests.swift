import Foundation
@testable import NetworkIO
import Testing

/// Inputs larger than the memory allows fail before they are read, with the file, its size and what to do.
@Suite struct MemoryBudgetTests {
    static let ties = Array("source,target\na,b\nb,c\nc,a\n".utf8)

    @Test func anInputTooLargeForTheGivenMemoryFailsWithAClearMessage() throws {
        let path = try Fixtures.temporaryFile(Self.ties)
        var options = ImportOptions()
        options.availableMemory = 10_000_000
        do {
            _ = try NetworkLoader.load(path: path, options: options)
            Issue.record("expected a failure")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(error.diagnostics.count == 1)
            #expect(diagnostic.severity == .error)
            #expect(diagnostic.message.hasPrefix("\(path) is 26 bytes; reading it needs about 34 MB of memory"))
            #expect(diagnostic.message.hasSuffix("but only 10 MB is available"))
            #expect(diagnostic.fix?.contains("ulimit -v") == true)
            #expect(diagnostic.fix?.contains("split the ties") == true)
        }
    }

    @Test func enoughMemoryLoadsAsBefore() throws {
        let path = try Fixtures.temporaryFile(Self.ties)
        var options = ImportOptions()
        options.availableMemory = MemoryBudget.estimatedNeed(inputBytes: Self.ties.count)
        let result = try NetworkLoader.load(path: path, options: options)
        #expect(result.network.tieCount == 3)
    }

    @Test func aFolderSumsItsFilesAndNamesTheLargest() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id,kind\na,person\nb,person\nc,person\n".utf8).write(to: folder.appendingPathComponent("nodes.csv"))
        try Data(Self.ties).write(to: folder.appendingPathComponent("edges.csv"))
        var options = ImportOptions()
        options.availableMemory = 1_000
        do {
            _ = try NetworkLoader.load(path: folder.path, options: options)
            Issue.record("expected a failure")
        } catch {
            let message = try #require(error.diagnostics.first?.message)
            #expect(message.hasPrefix("the input is 61 bytes (\(folder.path)/nodes.csv 35 bytes)"))
        }
    }

    @Test func theNeedGrowsWithTheInputAndSaturates() {
        let small = MemoryBudget.estimatedNeed(inputBytes: 1_000)
        let large = MemoryBudget.estimatedNeed(inputBytes: 1_000_000_000)
        #expect(small >= MemoryBudget.fixedBytes)
        #expect(large == 1_000_000_000 * (MemoryBudget.heapBytesPerInputByte + 1) + MemoryBudget.fixedBytes)
        #expect(MemoryBudget.estimatedNeed(inputBytes: Int.max / 2) == Int.max)
    }

    @Test func theSystemReportsSomeMemoryOnLinux() {
        #if os(Linux)
        let available = MemoryBudget.systemAvailable()
        #expect((available ?? 0) > 0)
        #endif
    }

    @Test func byteSizesReadAsDecimalUnits() {
        #expect(MemoryBudget.byteText(900) == "900 bytes")
        #expect(MemoryBudget.byteText(12_345) == "12 kB")
        #expect(MemoryBudget.byteText(320_000_000) == "320 MB")
        #expect(MemoryBudget.byteText(1_500_000_000) == "1.5 GB")
    }
}
