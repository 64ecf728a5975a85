import Foundation
import Testing

/// `liaison report` end to end, and `--anonymize` across the commands that write names.
@Suite struct ReportCommandTests {
    static let dataset = "datasets/integration-initiative"

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The ids and labels of the people in the dataset's nodes.csv.
    static func personNames() throws -> (ids: [String], labels: [String]) {
        let text = try String(
            contentsOf: BinaryRunner.repositoryRoot.appendingPathComponent(dataset + "/nodes.csv"), encoding: .utf8)
        var ids: [String] = [], labels: [String] = []
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count > 2, fields[2] == "person" else { continue }
            ids.append(fields[0])
            labels.append(fields[1])
        }
        return (ids, labels)
    }

    /// The original person names that still occur in `text`: labels anywhere, ids as whole words.
    static func leakedNames(in text: String) throws -> [String] {
        let names = try personNames()
        #expect(names.ids.count >= 100 && names.labels.count == names.ids.count)
        let leakedLabels = names.labels.filter { text.contains($0) }
        let leakedIds = names.ids.filter { id in
            text.range(of: "(?<![A-Za-z0-9_-])" + NSRegularExpression.escapedPattern(for: id) + "(?![A-Za-z0-9_-])",
                options: .regularExpression) != nil
        }
        return leakedLabels + leakedIds
    }

    @Test func reportIsSelfContainedDeterministicAndAnonymized() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.html"), b = folder.appendingPathComponent("b.html")
        let arguments = [
            "report", Self.dataset, "--group", "city", "--anonymize", "--anonymize-key", "test key of sixteen bytes",
            "--keep-attribute", "city",
        ]
        let first = try InProcessRunner.run(arguments + ["-o", a.path])
        #expect(first.status == 0, "\(first.standardError)")
        let second = try InProcessRunner.run(arguments + ["-o", b.path, "--threads", "1"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(try Data(contentsOf: a) == Data(contentsOf: b), "same input, same bytes")
        let html = try String(contentsOf: a, encoding: .utf8)
        let leaked = try Self.leakedNames(in: html)
        #expect(leaked.isEmpty, "\(leaked.prefix(5))")
        #expect(html.contains("Person "), "pseudonyms are shown")
        #expect(!html.contains("http://") && !html.contains("https://"), "no outside address")
        #expect(html.contains("<svg") && html.contains("class=\"node\""), "the map is inline")
        #expect(html.contains("De-identified"), "the methods section says so")
        #expect(!first.standardError.contains("pseudonym key"), "a given key is not printed")
    }

    @Test func metricsCSVAndMapSVGCarryNoPersonName() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("metrics.csv"), svg = folder.appendingPathComponent("map.svg")
        let metrics = try InProcessRunner.run(["metrics", Self.dataset, "--anonymize", "--format", "csv", "-o", csv.path])
        #expect(metrics.status == 0, "\(metrics.standardError)")
        #expect(metrics.standardError.contains("--anonymize-key "), "a generated key is printed so the run can be repeated")
        let map = try InProcessRunner.run(["map", Self.dataset, "--anonymize", "-o", svg.path, "--labels", "400"])
        #expect(map.status == 0, "\(map.standardError)")
        for file in [csv, svg] {
            let text = try String(contentsOf: file, encoding: .utf8)
            let leaked = try Self.leakedNames(in: text)
            #expect(leaked.isEmpty, "\(file.lastPathComponent): \(leaked.prefix(5))")
        }
        let table = try String(contentsOf: csv, encoding: .utf8)
        #expect(table.components(separatedBy: ",Person ").count - 1 == 250, "every person row holds a pseudonym")
        #expect(table.contains("Hearthstone Foundation"), "organizations keep their names without 'all'")
    }

    @Test func anonymizeAllReplacesOrganizations() throws {
        let outcome = try InProcessRunner.run(
            ["metrics", Self.dataset, "--anonymize", "all", "--anonymize-key", "a key of at least 16 bytes", "--format", "csv", "--metrics", "degree"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(!outcome.standardOutput.contains("Hearthstone Foundation"))
        #expect(outcome.standardOutput.components(separatedBy: ",Organization ").count - 1 == 60)
    }

    @Test func minCellSuppressesSmallCounts() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.html")
        let outcome = try InProcessRunner.run(
            ["report", Self.dataset, "--group", "city", "--min-cell", "1000", "--permutations", "20", "-o", file.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let html = try String(contentsOf: file, encoding: .utf8)
        for id in ["group-table", "mixing-table", "overlap-table"] {
            let start = try #require(html.range(of: "id=\"\(id)\""))
            let end = try #require(html[start.upperBound...].range(of: "</table>"))
            let table = html[start.lowerBound..<end.lowerBound]
            #expect(table.contains("&lt;1000"), "\(id)")
            #expect(table.range(of: "<td[^>]*>[0-9]+</td>", options: .regularExpression) == nil, "\(id): every count is hidden")
        }
    }

    /// Hostile labels, kinds and group names go through Graphviz and the report and come out as text.
    @Test func hostileTextIsEscapedEverywhere() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let nodes = #"""
            id,label,kind,city
            a,<script>alert(1)</script>,person,"<b>North</b>"
            b,"""];x[label=""pwned",person,"<b>North</b>"
            c,O'Brien & 🌍,organization,South</script>
            d,"</script><img src=x onerror=alert(2)>",person,South</script>

            """#
        let edges = "source,target\na,b\nb,c\nc,d\nd,a\na,c\n"
        try nodes.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
        try edges.write(to: folder.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("report.html")
        let outcome = try InProcessRunner.run(
            ["report", folder.path, "--group", "city", "--title", "<i>T</i>", "--permutations", "20", "-o", file.path])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        for raw in ["<script>alert", "\"];x[label=\"pwned", "<img", "<b>North", "<i>T</i>"] {
            #expect(!html.contains(raw), "\(raw) appears unescaped")
        }
        #expect(html.contains("&lt;b&gt;North&lt;/b&gt;"), "group names are escaped")
        #expect(html.contains("O&#39;Brien &amp; 🌍"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func badMinCellIsAUsageError() throws {
        let outcome = try InProcessRunner.run(["report", Self.dataset, "--min-cell", "0", "-o", "/tmp/x.html"])
        #expect(outcome.status == 64)
    }
}
