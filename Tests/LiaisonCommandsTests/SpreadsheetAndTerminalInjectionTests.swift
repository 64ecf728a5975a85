import Foundation
import Testing

/// Issue 16, injection: formula cells neutralised in every CSV Liaison writes (unless `--raw-csv`),
/// control characters from the data escaped in every diagnostic, on standard error and output.
@Suite struct SpreadsheetAndTerminalInjectionTests {
    static var fixtures: URL { BinaryRunner.repositoryRoot.appendingPathComponent("Tests/NetworkIOTests/Fixtures") }
    static var hostile: String { fixtures.appendingPathComponent("hostile-cells.csv").path }

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-inject-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The cells of `text` that a spreadsheet would run: starting with = + - @ tab or CR, and not a number.
    static func formulaCells(_ text: String) -> [String] {
        var cells: [String] = []
        for line in text.split(separator: "\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                var value = String(cell)
                if value.hasPrefix("\"") { value = String(value.dropFirst()) }
                guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
                if Double(value) != nil { continue }
                cells.append(value)
            }
        }
        return cells
    }

    @Test func formulaCellsAreNeutralisedInMetricsRolesAndCommunities() throws {
        for command in [["metrics"], ["communities"], ["roles"]] {
            let outcome = try InProcessRunner.run(command + [Self.hostile, "--format", "csv"])
            #expect(outcome.status == 0, "\(command): \(outcome.standardError)")
            #expect(Self.formulaCells(outcome.standardOutput).isEmpty, "\(command): \(outcome.standardOutput)")
            #expect(outcome.standardOutput.contains("'=HYPERLINK"), "\(command): \(outcome.standardOutput)")
        }
    }

    @Test(arguments: ["csv", "kumu"])
    func formulaCellsAreNeutralisedInExports(format: String) throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try InProcessRunner.run(["export", Self.hostile, "--to", format, "-o", folder.appendingPathComponent("x").path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("x").path).map {
            try String(contentsOf: folder.appendingPathComponent("x/\($0)"), encoding: .utf8)
        }
        #expect(texts.count == 2)
        for text in texts { #expect(Self.formulaCells(text).isEmpty, "\(text)") }
        let all = texts.joined()
        #expect(all.contains("'=HYPERLINK") && all.contains("'@SUM(1)") && all.contains("'-2+3"))
        #expect(all.contains("'+cmd") && all.contains("'=1+1"))
        #expect(all.contains(",-0.5"), "a negative number stays a number: \(all)")
    }

    @Test func rawCSVWritesTheCellsAsTheyAre() throws {
        let outcome = try InProcessRunner.run(["metrics", Self.hostile, "--format", "csv", "--raw-csv"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("\"=HYPERLINK"))
        #expect(!outcome.standardOutput.contains("'=HYPERLINK"))
    }

    @Test func controlCharactersInDiagnosticsAreEscaped() throws {
        let file = Self.fixtures.appendingPathComponent("control-in-value.csv").path
        for arguments in [["validate", file], ["metrics", file], ["inspect", file]] {
            let outcome = try InProcessRunner.run(arguments)
            #expect(outcome.status == 65)
            let printed = outcome.standardOutput + outcome.standardError
            #expect(!printed.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" }, "\(arguments[0]): \(printed)")
            #expect(printed.contains("\\u{1B}[31m"), "\(arguments[0]): \(printed)")
        }
    }

    @Test func generateEscapesTheFolderItCannotCreate() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-blocker-\(UUID().uuidString)")
        try Data().write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let outcome = try InProcessRunner.run(["generate", "--seed", "1", "-o", blocker.path + "/x\u{1B}[31m"])
        #expect(outcome.status != 0)
        #expect(outcome.standardError.contains("cannot create the folder"), "\(outcome.standardError)")
        #expect(!outcome.standardError.unicodeScalars.contains { $0 == "\u{1B}" }, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("\\u{1B}[31m"), "\(outcome.standardError)")
    }
}
