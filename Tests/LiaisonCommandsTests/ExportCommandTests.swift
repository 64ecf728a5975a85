import ArgumentParser
import Foundation
import LiaisonCommands
import Testing

/// `liaison export` end to end: formats, files, exit codes, determinism, and networkx reading the JSON.
@Suite struct ExportCommandTests {
    func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func formatComesFromTheExtensionOrTo() throws {
        let fromExtension = try LiaisonCommand.parseAsRoot(["export", "datasets/karate", "-o", "k.gexf"])
        #expect(fromExtension is LiaisonCommand.Export)
        let fromOption = try LiaisonCommand.parseAsRoot(["export", "datasets/karate", "--to", "json"])
        #expect(fromOption is LiaisonCommand.Export)
        #expect(throws: (any Error).self) { try LiaisonCommand.parseAsRoot(["export", "datasets/karate", "-o", "k.txt"]) }
        #expect(throws: (any Error).self) { try LiaisonCommand.parseAsRoot(["export", "datasets/karate", "--to", "csv"]) }
    }

    @Test func unknownFormatIsAUsageError() throws {
        let outcome = try InProcessRunner.run(["export", "datasets/karate", "--to", "xls", "-o", "/tmp/x.xls"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("The value 'xls' is invalid for '--to <to>'"))
        for format in ["graphml", "gexf", "json", "csv", "kumu", "dot", "xlsx"] {
            #expect(outcome.standardError.contains("- \(format)"), "the error lists \(format)")
        }
        let missing = try InProcessRunner.run(["export", "datasets/karate"])
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("Say which format to write with --to"))
    }

    @Test func unwritablePathIsAWriteError() throws {
        let file = try InProcessRunner.run(["export", "datasets/karate", "-o", "/nonexistent-folder/karate.graphml"])
        #expect(file.status == 73, "\(file.standardError)")
        #expect(file.standardError.contains("cannot write /nonexistent-folder/karate.graphml"))
        let folder = try InProcessRunner.run(["export", "datasets/karate", "--to", "csv", "-o", "/nonexistent-folder/out"])
        #expect(folder.status == 73, "\(folder.standardError)")
        #expect(folder.standardError.contains("cannot write /nonexistent-folder/out: the folder /nonexistent-folder does not exist"))
    }

    @Test func everyFormatIsTheSameBytesEveryRun() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["graphml", "gexf", "json", "dot"] {
            let a = folder.appendingPathComponent("a.\(format)"), b = folder.appendingPathComponent("b.\(format)")
            let first = try InProcessRunner.run(["export", "datasets/integration-initiative", "-o", a.path])
            let second = try InProcessRunner.run(["export", "datasets/integration-initiative", "-o", b.path, "--threads", "1"])
            #expect(first.status == 0 && second.status == 0, "\(first.standardError)")
            #expect(try Data(contentsOf: a) == Data(contentsOf: b), "\(format)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            == ["a.dot", "a.gexf", "a.graphml", "a.json", "b.dot", "b.gexf", "b.graphml", "b.json"])
    }

    @Test func csvExportReadsBackWithInspect() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("initiative")
        let made = try InProcessRunner.run(["export", "datasets/integration-initiative", "--to", "csv", "-o", out.path])
        #expect(made.status == 0, "\(made.standardError)")
        let inspected = try InProcessRunner.run(["inspect", out.path])
        #expect(inspected.status == 0, "\(inspected.standardError)")
        #expect(inspected.standardOutput.contains("Nodes: 372"))
        #expect(inspected.standardOutput.contains("Ties: 1941"))
        #expect(inspected.standardOutput.contains("Waves: 2016-17, 2018, 2019"))
        let kumu = folder.appendingPathComponent("kumu")
        #expect(try InProcessRunner.run(["export", "datasets/integration-initiative", "--to", "kumu", "-o", kumu.path]).status == 0)
        let kumuInspected = try InProcessRunner.run([
            "inspect", "--nodes", kumu.appendingPathComponent("elements.csv").path,
            "--edges", kumu.appendingPathComponent("connections.csv").path,
        ])
        #expect(kumuInspected.status == 0, "\(kumuInspected.standardError)")
        #expect(kumuInspected.standardOutput.contains("Ties: 1941"))
    }

    @Test func analysisOptionsReachTheMetrics() throws {
        let plain = try InProcessRunner.run(["export", "datasets/integration-initiative", "--to", "json"])
        let wave = try InProcessRunner.run(["export", "datasets/integration-initiative", "--to", "json", "--wave", "2018", "--weighted", "--directed"])
        #expect(plain.status == 0 && wave.status == 0, "\(wave.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(wave.standardOutput.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true)
        let graph = object["graph"] as? [String: Any]
        #expect(graph?["weighted"] as? Bool == true)
        #expect(graph?["path_length"] as? String == "1/weight (weights are tie strengths)")
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(!edges.isEmpty && edges.allSatisfy { $0["wave"] as? String == "2018" })
        #expect(plain.standardOutput != wave.standardOutput)
    }

    @Test func metricsOptionChoosesTheColumns() throws {
        let outcome = try InProcessRunner.run(["export", "datasets/karate", "--to", "csv", "-o", "/tmp/unused", "--metrics", "nope"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("The value 'nope' is invalid for '--metrics <metrics>'"))
        #expect(outcome.standardError.contains("- betweenness"), "the error lists the metrics")
        let chosen = try InProcessRunner.run(["export", "datasets/karate", "--to", "dot", "--metrics", "degree,pagerank"])
        #expect(chosen.status == 0, "\(chosen.standardError)")
        #expect(chosen.standardOutput.contains("\"data_pagerank\"="))
        #expect(!chosen.standardOutput.contains("\"data_betweenness\"="))
    }

    /// networkx 3.6 reads the exports with its defaults (node-link JSON always; GraphML and GEXF when no tie
    /// mixes directions, since its readers refuse mixed graphs), and its own degree and betweenness agree
    /// with the exported ones (scripts/exports/check_node_link.py).
    @Test(arguments: [
        ("integration-initiative", "json", 372, 1941, "org-001"), ("southern-women", "json", 32, 89, "evelyn-jefferson"),
        ("southern-women", "graphml", 32, 89, "evelyn-jefferson"), ("southern-women", "gexf", 32, 89, "evelyn-jefferson"),
        ("integration-initiative", "graphml", 372, 1941, "org-001"), ("integration-initiative", "gexf", 372, 1941, "org-001"),
    ])
    func networkxReadsTheExport(dataset: String, format: String, nodes: Int, edges: Int, sample: String) throws {
        let python = try #require(Self.pythonWithNetworkx(), """
            no Python with networkx found: run scripts/install-prerequisites.sh --python (or set LIAISON_PYTHON)
            """)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(dataset).\(format)")
        let made = try InProcessRunner.run(["export", "datasets/\(dataset)", "-o", file.path])
        #expect(made.status == 0, "\(made.standardError)")
        let script = BinaryRunner.repositoryRoot.appendingPathComponent("scripts/exports/check_node_link.py").path
        let output = try Self.run(python + [script, file.path, sample])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(output)")
        #expect(report["nodes"] as? Int == nodes)
        #expect(report["edges"] as? Int == edges)
        // The bundled community has parallel ties (two kinds between one pair), so every reader makes a multigraph.
        #expect(report["multigraph"] as? Bool == (format == "json" || dataset == "integration-initiative"))
        let attributes = try #require((report["attributes"] as? [String: Any])?[sample] as? [String: Any])
        #expect(attributes["kind"] as? String != nil)
        #expect(attributes["label"] as? String != nil)
        #expect(attributes["degree"] as? Int != nil)
        #expect(attributes["betweenness"] as? Double != nil)
        #expect((report["max_degree_difference"] as? Double ?? 1) == 0)
        #expect((report["max_betweenness_difference"] as? Double ?? 1) <= 1e-9)
    }

    /// Mixed directions (the bundled community: 1303 directed ties, 638 undirected) are written so that every
    /// reader loads them: undirected analysis, 1941 undirected edges; `--directed`, one arc per directed tie and
    /// two per undirected one (1303 + 2 × 638 = 2579), each keeping its tie's `direction`. networkx reads the
    /// GraphML and GEXF, igraph the GraphML.
    @Test(arguments: [(false, 1941), (true, 2579)])
    func mixedDirectionsLoadInNetworkxAndIgraph(directed: Bool, edges: Int) throws {
        let python = try #require(Self.pythonWithNetworkx(), "no Python with networkx found")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var counts: [String] = []
        for format in ["graphml", "gexf"] {
            let file = folder.appendingPathComponent("mixed.\(format)")
            let made = try InProcessRunner.run(
                ["export", "datasets/integration-initiative", "-o", file.path] + (directed ? ["--directed"] : []))
            #expect(made.status == 0, "\(made.standardError)")
            let reader = format == "graphml" ? "nx.read_graphml" : "nx.read_gexf"
            counts.append(try Self.run(python + ["-c", """
                import networkx as nx
                g = \(reader)('\(file.path)')
                print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), sorted({d['direction'] for _, _, d in g.edges(data=True)}))
                """]).trimmingCharacters(in: .whitespacesAndNewlines))
            if format == "graphml" {
                counts.append(try Self.run(python + ["-c", """
                    import igraph
                    g = igraph.Graph.Read_GraphML('\(file.path)')
                    print(g.vcount(), g.ecount(), g.is_directed())
                    """]).trimmingCharacters(in: .whitespacesAndNewlines))
            }
        }
        let python3 = directed ? "True" : "False"
        #expect(counts == [
            "372 \(edges) \(python3) ['directed', 'undirected']", "372 \(edges) \(python3)",
            "372 \(edges) \(python3) ['directed', 'undirected']",
        ])
    }

    /// LIAISON_PYTHON, the repository's .venv, or python3 on the PATH: the first that imports networkx,
    /// as the program and the arguments that start it.
    static func pythonWithNetworkx() -> [String]? {
        var candidates: [[String]] = []
        if let chosen = ProcessInfo.processInfo.environment["LIAISON_PYTHON"] { candidates.append([chosen]) }
        candidates.append([BinaryRunner.repositoryRoot.appendingPathComponent(".venv/bin/python").path])
        candidates.append(["/usr/bin/env", "python3"])
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate[0]) {
            if (try? run(candidate + ["-c", "import networkx"])) != nil { return candidate }
        }
        return nil
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `command` (program first) and returns its standard output; throws when it exits with a failure.
    static func run(_ command: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailed(description: "\(command.joined(separator: " ")) failed: \(errors)")
        }
        return output
    }
}
