import Foundation
import Testing

/// The built binary on the bundled datasets and on broken input: exit codes, output, and no crash.
@Suite struct EndToEndTests {
    @Test func inspectSummarisesTheIntegrationInitiative() throws {
        let outcome = try InProcessRunner.run(["inspect", "datasets/integration-initiative"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("Nodes: 372"))
        #expect(outcome.standardOutput.contains("Ties: 1941"))
        #expect(outcome.standardOutput.contains("person             250"))
        #expect(outcome.standardOutput.contains("Waves: 2016-17, 2018, 2019"))
    }

    @Test func inspectJSONCountsEveryKind() throws {
        let outcome = try InProcessRunner.run(["inspect", "datasets/karate", "--format", "json"])
        #expect(outcome.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["nodes"] as? Int == 34)
        #expect(object?["ties"] as? Int == 78)
        #expect(object?["components"] as? Int == 1)
    }

    @Test func metricsCSVHasTheDocumentedColumns() throws {
        let outcome = try InProcessRunner.run(["metrics", "datasets/karate", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(lines.first == "id,label,kind,degree,in_degree,out_degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,core,clustering,articulation,reach_2,constraint,effective_size,efficiency")
        #expect(lines.count == 35)
        // networkx: betweenness_centrality(karate)[0] == 0.43763528138528146
        #expect(lines[1].hasPrefix("0,Mr. Hi (instructor),person,16,,,42,0.4376352813852"))
    }

    @Test func metricsOutputIsTheSameBytesEveryRun() throws {
        let first = try InProcessRunner.run(["metrics", "datasets/florentine", "--format", "json"])
        let second = try InProcessRunner.run(["metrics", "datasets/florentine", "--format", "json", "--threads", "1"])
        #expect(first.status == 0 && second.status == 0)
        #expect(first.standardOutput == second.standardOutput)
    }

    @Test func sortAndTopSelectTheBrokers() throws {
        let outcome = try InProcessRunner.run(["metrics", "datasets/florentine", "--sort", "betweenness", "--top", "1", "--format", "csv"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.split(separator: "\n").dropFirst().first?.hasPrefix("Medici,") == true)
    }

    @Test func metricsWritesAFileAtomically() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("metrics.csv")
        let outcome = try InProcessRunner.run(["metrics", "datasets/karate", "-o", file.path])
        #expect(outcome.status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("id,label,kind,degree"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["metrics.csv"])
    }

    @Test func unreadableInputIsADataErrorWithALocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let edges = folder.appendingPathComponent("edges.csv")
        try "source,target,weight\na,b,1\nb,c,-2\nc,\"d\n".write(to: edges, atomically: true, encoding: .utf8)
        for command in ["inspect", "validate", "metrics"] {
            let outcome = try InProcessRunner.run([command, edges.path])
            #expect(!outcome.crashed, "\(command) crashed")
            #expect(outcome.status == 65, "\(command): \(outcome.status)")
            let text = command == "validate" ? outcome.standardOutput : outcome.standardError
            #expect(text.contains("edges.csv:3:"), "\(command): \(text)")
            #expect(!outcome.standardError.contains("Fatal error"))
        }
    }

    @Test func usageErrorsExit64() throws {
        let outcome = try InProcessRunner.run(["metrics", "datasets/karate", "--top", "0"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--top must be 1 or more"))
    }

    @Test func everyCommandHelpHasAnExample() throws {
        for command in ["inspect", "validate", "metrics", "map", "generate"] {
            let outcome = try InProcessRunner.run([command, "--help"])
            #expect(outcome.status == 0)
            #expect(outcome.standardOutput.contains("liaison \(command)"), "\(command) --help lacks an example")
        }
    }
}

/// `liaison generate` writes files that `liaison` reads back with the counts it announced.
@Suite struct GenerateCommandTests {
    @Test func generatedNetworkReadsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-gen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try InProcessRunner.run(["generate", "--seed", "7", "--people", "120", "--organizations", "30", "-o", folder.path])
        #expect(made.status == 0, "\(made.standardError)")
        for name in ["nodes.csv", "edges.csv", "truth.json"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let inspected = try InProcessRunner.run(["inspect", folder.path, "--format", "json"])
        #expect(inspected.status == 0, "\(inspected.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(inspected.standardOutput.utf8)) as? [String: Any]
        let kinds = object?["node_kinds"] as? [String: Int]
        #expect(kinds?["person"] == 120)
        #expect(kinds?["organization"] == 30)
        let validated = try InProcessRunner.run(["validate", folder.path])
        #expect(validated.status == 0, "\(validated.standardOutput)")
    }

    @Test func sameSeedSameBytes() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-gen-\(UUID().uuidString)")
        let a = base.appendingPathComponent("a"), b = base.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        _ = try InProcessRunner.run(["generate", "--seed", "2016", "-o", a.path])
        _ = try InProcessRunner.run(["generate", "--seed", "2016", "-o", b.path])
        for name in ["nodes.csv", "edges.csv", "truth.json"] {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)))
        }
        // The bundled dataset is exactly what seed 2016 makes.
        let bundled = BinaryRunner.repositoryRoot.appendingPathComponent("datasets/integration-initiative/edges.csv")
        #expect(try Data(contentsOf: a.appendingPathComponent("edges.csv")) == Data(contentsOf: bundled))
    }
}

/// When the analysis honours direction.
@Suite struct DirectionDefaultTests {
    func metadataDirected(_ csv: String, _ extra: [String] = []) throws -> Bool? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("edges.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try InProcessRunner.run(["metrics", file.path, "--format", "json"] + extra)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        return (object?["metadata"] as? [String: Any])?["directed"] as? Bool
    }

    @Test func plainEdgesFileIsUndirected() throws {
        #expect(try metadataDirected("source,target\na,b\nb,c\n") == false)
        #expect(try metadataDirected("source,target\na,b\nb,c\n", ["--directed"]) == true)
    }

    @Test func gephiDirectedExportIsDirected() throws {
        #expect(try metadataDirected("Source,Target,Type,Weight\na,b,Directed,1\nb,c,Directed,2\n") == true)
    }

    @Test func mixedDirectionsAreUndirectedUnlessAsked() throws {
        #expect(try metadataDirected("source,target,direction\na,b,directed\nb,c,undirected\n") == false)
        #expect(try metadataDirected("source,target,direction\na,b,directed\nb,c,undirected\n", ["--directed"]) == true)
    }

    /// Issue 14, item 2: `--directed` honours each tie's direction and never turns an undirected kind into one
    /// arc. a – b collaborates (two arcs), b → c is a membership (one arc).
    @Test func directedAnalysisKeepsUndirectedKindsTwoWay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,kind\na,person\nb,person\nc,organization\n".write(
            to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try "source,target,kind\na,b,collaborates_with\nb,c,member_of\n".write(
            to: folder.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        for files in [[folder.path], ["--edges", folder.appendingPathComponent("edges.csv").path]] {
            let outcome = try InProcessRunner.run(
                ["metrics"] + files + ["--directed", "--metrics", "in_degree,out_degree", "--format", "json"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
            let rows = object?["nodes"] as? [[String: Any]] ?? []
            var degrees: [String: [Int]] = [:]
            for row in rows {
                if let id = row["id"] as? String, let din = row["in_degree"] as? Int, let dout = row["out_degree"] as? Int {
                    degrees[id] = [din, dout]
                }
            }
            #expect(degrees == ["a": [1, 1], "b": [1, 2], "c": [1, 0]], "\(files)")
        }
    }
}

/// Weighted betweenness says which arithmetic counted its shortest paths (issue 14, item 5).
@Suite struct PathArithmeticOutputTests {
    func run(_ csv: String) throws -> (values: [String: Double], metadata: [String: Any], notes: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-arith-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("edges.csv")
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try InProcessRunner.run(
            ["metrics", file.path, "--weighted", "--metrics", "betweenness", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        var values: [String: Double] = [:]
        for row in object?["nodes"] as? [[String: Any]] ?? [] {
            if let id = row["id"] as? String { values[id] = row["betweenness"] as? Double }
        }
        return (values, object?["metadata"] as? [String: Any] ?? [:], outcome.standardError)
    }

    /// The reported case: a 4-cycle with strengths 4, 3, 12, 2 and a pendant chain of strengths 100000007 and
    /// 100000037: exact, b and d 0.15 (networkx with exact lengths), not 0.275 and 0.025.
    @Test func reportedCaseIsExact() throws {
        let result = try run(
            "source,target,weight\na,b,4\nb,c,3\nc,d,12\nd,a,2\na,x,100000007\nx,y,100000037\n")
        #expect(abs((result.values["b"] ?? .nan) - 0.15) < 1e-12 && abs((result.values["d"] ?? .nan) - 0.15) < 1e-12)
        #expect(result.metadata["path_arithmetic"] as? String == "exact_integers")
        #expect(!result.notes.contains("floating-point"))
    }

    /// A triangle of large coprime strengths cannot be made exact: the output says so.
    @Test func floatingPointIsAnnounced() throws {
        let result = try run("source,target,weight\na,b,100000007\nb,c,100000037\nc,a,100000039\n")
        #expect(result.metadata["path_arithmetic"] as? String == "floating_point")
        #expect(result.notes.contains("note: shortest paths are counted with floating-point lengths"), "\(result.notes)")
    }
}

/// Sampled betweenness states its guarantee, and keeps it.
@Suite struct SampledBetweennessTests {
    func betweenness(_ extra: [String]) throws -> (values: [String: Double], metadata: [String: Any]) {
        let outcome = try InProcessRunner.run(["metrics", "datasets/integration-initiative", "--metrics", "betweenness", "--format", "json"] + extra)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        let rows = object?["nodes"] as? [[String: Any]] ?? []
        var values: [String: Double] = [:]
        for row in rows { if let id = row["id"] as? String { values[id] = row["betweenness"] as? Double } }
        return (values, object?["metadata"] as? [String: Any] ?? [:])
    }

    @Test func epsilonIsPrintedAndHeld() throws {
        let exact = try betweenness(["--exact"])
        let sampled = try betweenness(["--epsilon", "0.02", "--seed", "3"])
        #expect(exact.metadata["betweenness_method"] as? String == "exact (Brandes)")
        #expect((sampled.metadata["betweenness_method"] as? String)?.contains("Riondato-Kornaropoulos") == true)
        let epsilon = try #require(sampled.metadata["betweenness_epsilon"] as? Double)
        #expect(sampled.metadata["betweenness_seed"] as? Int == 3)
        #expect(exact.values.count == 372 && sampled.values.count == 372)
        for (id, value) in exact.values {
            #expect(abs((sampled.values[id] ?? .nan) - value) <= epsilon, "\(id)")
        }
    }
}

/// `--wave` and `--as-of` select the network at a point, on every command.
@Suite struct WaveSelectionTests {
    @Test func waveSelectsItsTies() throws {
        let outcome = try InProcessRunner.run(["inspect", "datasets/integration-initiative", "--wave", "2016-17", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
        #expect(object?["ties"] as? Int == 1132)
        #expect(object?["waves"] as? [String] == ["2016-17"])
        #expect(outcome.standardError.contains("selected 1132 of 1941 ties in wave 2016-17"))
    }

    @Test func asOfKeepsTiesActiveThen() throws {
        let outcome = try InProcessRunner.run(["metrics", "datasets/integration-initiative", "--as-of", "2017-06", "--format", "csv", "--metrics", "degree"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardError.contains("selected 875 of 1941 ties active on 2017-06"))
    }

    @Test func unknownWaveAndBadDateAreRefused() throws {
        let wave = try InProcessRunner.run(["metrics", "datasets/karate", "--wave", "2030"])
        #expect(wave.status == 65)
        #expect(wave.standardError.contains("no tie belongs to wave 2030"))
        let date = try InProcessRunner.run(["map", "datasets/karate", "-o", "/tmp/x.svg", "--as-of", "2017/03"])
        #expect(date.status == 64)
        #expect(date.standardError.contains("--as-of 2017/03 is not a date"))
    }
}

/// `--project KIND` analyses and draws a one-mode projection of two-mode data.
@Suite struct ProjectionOptionTests {
    @Test func womenProjectionStrengthIsSharedEvents() throws {
        let outcome = try InProcessRunner.run([
            "metrics", "datasets/southern-women", "--project", "person", "--metrics", "degree,strength", "--format", "csv",
            "--sort", "strength", "--top", "1",
        ])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        // networkx: weighted_projected_graph(davis, women).degree(weight="weight")["Theresa Anderson"] == 57
        #expect(outcome.standardOutput.contains("theresa-anderson,Theresa Anderson,person,17,57\n"))
    }

    @Test func unknownKindIsRefused() throws {
        let outcome = try InProcessRunner.run(["map", "datasets/southern-women", "--project", "city", "-o", "/tmp/never.svg"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("no node is of kind city"))
    }
}
