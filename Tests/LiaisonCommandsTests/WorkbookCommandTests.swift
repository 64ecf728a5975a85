import Foundation
import Testing

/// Workbooks end to end through the built binary: `export --to xlsx` read back by Liaison and by openpyxl,
/// workbooks as input to every command, and one clear error (exit 65) for a workbook that cannot be read.
@Suite struct WorkbookCommandTests {
    static let fixtures = "Tests/NetworkIOTests/Fixtures/workbooks"

    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func exportedWorkbookReadsBackAsTheSameNetwork() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("initiative.xlsx").path
        let made = try InProcessRunner.run(["export", "datasets/integration-initiative", "-o", file])
        #expect(made.status == 0, "\(made.standardError)")
        let fromWorkbook = try InProcessRunner.run(["inspect", file, "--format", "json"])
        let fromFolder = try InProcessRunner.run(["inspect", "datasets/integration-initiative", "--format", "json"])
        #expect(fromWorkbook.status == 0, "\(fromWorkbook.standardError)")
        let strip = { (text: String) in text.split(separator: "\n").filter { !$0.contains("\"files\"") && !$0.contains("\"input\"") && !$0.contains(".csv") && !$0.contains(".xlsx") } }
        #expect(strip(fromWorkbook.standardOutput) == strip(fromFolder.standardOutput))
        let again = folder.appendingPathComponent("again.xlsx").path
        #expect(try InProcessRunner.run(["export", "datasets/integration-initiative", "--to", "xlsx", "-o", again]).status == 0)
        #expect(FileManager.default.contentsEqual(atPath: file, andPath: again), "the same network gives the same bytes")
    }

    @Test func workbookNeedsANamedFile() throws {
        let outcome = try InProcessRunner.run(["export", "datasets/karate", "--to", "xlsx"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--to xlsx writes a workbook: name the file with -o"))
    }

    /// openpyxl (pinned in scripts/requirements.txt) opens the export: two sheets, numbers as numbers,
    /// text that starts like a formula kept as text (scripts/exports/check_xlsx.py).
    @Test(.enabled(if: WorkbookCommandTests.pythonWithOpenpyxl() != nil, "no Python with openpyxl (set LIAISON_PYTHON or run scripts/install-prerequisites.sh --python)"))
    func openpyxlReadsTheExport() throws {
        let python = try #require(Self.pythonWithOpenpyxl())
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("id,label,kind,note\na,\"=HYPERLINK(\"\"x\"\")\",person,+1\nb,@cmd,person,-x\n".utf8)
            .write(to: data.appendingPathComponent("nodes.csv"))
        try Data("source,target,weight\na,b,2.5\n".utf8).write(to: data.appendingPathComponent("edges.csv"))
        for (input, nodes, ties) in [("datasets/integration-initiative", 373, 1942), (data.path, 3, 2)] {
            let file = folder.appendingPathComponent("out.xlsx").path
            let made = try InProcessRunner.run(["export", input, "--metrics", "degree", "--create-missing", "-o", file])
            #expect(made.status == 0, "\(made.standardError)")
            let output = try ExportCommandTests.run(python + [
                BinaryRunner.repositoryRoot.appendingPathComponent("scripts/exports/check_xlsx.py").path, file,
            ])
            let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
            #expect(report["sheets"] as? [String] == ["Elements", "Connections"])
            #expect(report["formulas"] as? Int == 0)
            let tables = try #require(report["tables"] as? [String: [String: Any]])
            #expect(tables["Elements"]?["rows"] as? Int == nodes)
            #expect(tables["Connections"]?["rows"] as? Int == ties)
            #expect((tables["Elements"]?["header"] as? [String])?.prefix(3) == ["ID", "Label", "Type"])
            let strengthTypes = Set(tables["Connections"]?["strength_types"] as? [String] ?? [])
            #expect(!strengthTypes.isEmpty && strengthTypes.isSubset(of: ["int", "float"]), "\(strengthTypes)")
            if input == data.path {
                let formulaLike = (report["formula_like"] as? [[String]]) ?? []
                // Text a spreadsheet would run once re-saved as CSV gets a leading ' (as in the CSV form); "+1"
                // is a number and stays as written, in a text cell.
                #expect(Set(formulaLike.map { $0[0] }) == ["+1"])
                #expect(formulaLike.allSatisfy { $0[1] == "s" }, "\(formulaLike)")
            }
        }
    }

    @Test func workbooksFeedEveryCommand() throws {
        for arguments in [
            ["validate", "\(Self.fixtures)/kumu.xlsx"], ["metrics", "\(Self.fixtures)/kumu.xlsx"],
            ["roles", "\(Self.fixtures)/kumu.xlsx"], ["inspect", "\(Self.fixtures)/libreoffice.xlsx"],
            ["inspect", "\(Self.fixtures)/explicit-sheets.xlsx", "--nodes-sheet", "Members", "--edges-sheet", "Who works with whom"],
        ] {
            let outcome = try InProcessRunner.run(arguments)
            #expect(outcome.status == 0, "\(arguments): \(outcome.standardError)")
        }
    }

    @Test func validateLocatesProblemsInSheets() throws {
        let outcome = try InProcessRunner.run(["validate", "\(Self.fixtures)/bad-values.xlsx", "--format", "json"])
        #expect(outcome.status == 65)
        #expect(outcome.standardOutput.contains(
            "\"file\": \"\(Self.fixtures)/bad-values.xlsx\", \"sheet\": \"Edges\", \"line\": 3, \"column\": 3"))
        let text = try InProcessRunner.run(["validate", "\(Self.fixtures)/bad-values.xlsx"])
        #expect(text.standardOutput.contains("\(Self.fixtures)/bad-values.xlsx[Edges]:3:C: error: weight \"heavy\" is not a number"))
    }

    @Test(arguments: ["truncated", "no-workbook", "missing-sheet", "bad-xml", "numbers", "ods", "endless-deflate"])
    func unreadableWorkbookIsOneErrorAndExit65(_ name: String) throws {
        let outcome = try InProcessRunner.run(["inspect", "\(Self.fixtures)/\(name).xlsx"])
        #expect(outcome.status == 65)
        #expect(!outcome.crashed)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 2, "\(outcome.standardError)")
        #expect(lines.first?.hasPrefix("error: cannot read \(Self.fixtures)/\(name).xlsx: ") == true)
        #expect(lines.first?.contains("(fix: ") == true)
    }

    /// LIAISON_PYTHON, the repository's .venv, or python3 on the PATH: the first that imports openpyxl.
    static func pythonWithOpenpyxl() -> [String]? {
        var candidates: [[String]] = []
        if let chosen = ProcessInfo.processInfo.environment["LIAISON_PYTHON"] { candidates.append([chosen]) }
        candidates.append([BinaryRunner.repositoryRoot.appendingPathComponent(".venv/bin/python").path])
        candidates.append(["/usr/bin/env", "python3"])
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate[0]) {
            if (try? ExportCommandTests.run(candidate + ["-c", "import openpyxl"])) != nil { return candidate }
        }
        return nil
    }
}
