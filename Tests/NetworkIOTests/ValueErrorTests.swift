import NetworkIO
import NetworkModel
import Testing

/// Problems in the values of rows: weights, directions, dates, ids, and the warnings for suspicious ties.
@Suite struct ValueErrorTests {
    @Test func everyBadValueIsReportedWithItsLocation() {
        #expect(Fixtures.problems("bad-values.csv") == [
            "bad-values.csv:2:5: error: direction \"sideways\" is not a direction (fix: use directed, undirected or mutual, or leave it empty for the kind's default)",
            "bad-values.csv:3:14: error: weight \"-2\" is negative (fix: use a strength of 0 or more, or leave it empty for 1)",
            "bad-values.csv:4:6: error: weight \"abc\" is not a number (fix: use a number such as 1 or 0.5, or leave it empty for 1)",
            "bad-values.csv:5:6: error: weight \"NaN\" is not a number (NaN) (fix: use a strength of 0 or more, or leave it empty for 1)",
            "bad-values.csv:6:6: error: weight \"inf\" is infinite (fix: use a strength of 0 or more, or leave it empty for 1)",
            "bad-values.csv:7:7: error: start date \"2017-13\" is not a day of the calendar (fix: correct the month or the day (months run 1 to 12, days to the month's length))",
            "bad-values.csv:8:7: error: start date \"2017/03/24\" is not an ISO 8601 date (fix: write it as 2017, 2017-03 or 2017-03-24, or name the column's format with --date-format (e.g. M/d/yyyy))",
            "bad-values.csv:9:7: error: start date \"2019-02-29\" is not a day of the calendar (fix: correct the month or the day (months run 1 to 12, days to the month's length))",
            "bad-values.csv:10:7: error: start date 2018-05 is after end date 2017-01 (fix: swap the two dates, or correct the one that is wrong)",
        ])
    }

    @Test func selfLoopsAndRepeatedTiesAreWarnings() throws {
        let result = try Fixtures.load("warnings.csv")
        #expect(result.network.tieCount == 4)
        #expect(Fixtures.warnings(result) == [
            "warnings.csv:2:1: warning: tie joins \"a\" to itself (fix: check the two ids, or delete the row if the self-tie is not meant)",
            "warnings.csv:4:1: warning: tie from \"b\" to \"a\" of kind tie repeats the one on line 3 (fix: delete the repeated row, or tell the ties apart by kind or wave)",
        ])
    }

    @Test func directedTiesInOppositeDirectionsAreNotRepeats() throws {
        let path = try Fixtures.temporaryFile(Array("source,target,direction\na,b,directed\nb,a,directed\n".utf8))
        let result = try NetworkLoader.load(path: path)
        #expect(result.warnings.isEmpty)
        #expect(result.hasDirectionColumn)
    }

    @Test func idsMissingFromTheNodesFileAreListedWithTheirLines() {
        #expect(Fixtures.problems("missing-nodes") == [
            "missing-nodes/edges.csv:3:3: error: node \"zed\" is not in missing-nodes/nodes.csv (also named on lines 4, 6) (fix: add a row for \"zed\" to missing-nodes/nodes.csv, correct the id, or create missing nodes (--create-missing))",
            "missing-nodes/edges.csv:5:3: error: node \"yan\" is not in missing-nodes/nodes.csv (fix: add a row for \"yan\" to missing-nodes/nodes.csv, correct the id, or create missing nodes (--create-missing))",
        ])
    }

    @Test func missingNodesAreCreatedWhenAsked() throws {
        var options = ImportOptions()
        options.createMissingNodes = true
        let result = try Fixtures.load("missing-nodes", options: options)
        #expect(result.network.nodes.map(\.id) == ["a", "b", "zed", "yan"])
        #expect(result.network.node(id: "zed")?.kind == .node)
        #expect(result.network.tieCount == 5)
        #expect(result.notes.contains { $0.hasSuffix("created 2 nodes for ids missing from \(Fixtures.path("missing-nodes/nodes.csv"))") })
    }

    @Test func duplicateNodeIds() {
        #expect(Fixtures.problems("duplicate-nodes") == [
            "duplicate-nodes/nodes.csv:5:1: error: node \"bob\" is already defined on line 3 with different data (fix: keep one row per node id, merging the two rows, or give one node another id)",
            "duplicate-nodes/nodes.csv:4:1: warning: node \"ann\" is listed again with the same data as on line 2 (fix: delete the repeated row)",
        ])
    }

    @Test func emptyIdsAreErrors() throws {
        let path = try Fixtures.temporaryFile(Array("source,target\n,b\n".utf8), name: "edges.csv")
        #expect(throws: ImportFailure.self) { try NetworkLoader.load(path: path) }
        do {
            _ = try NetworkLoader.load(path: path)
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "\(path):2:1: error: the tie's source id is empty (fix: fill in the source, or delete the row)"
            ])
        }
    }

    @Test func problemsAreCappedAndCounted() throws {
        var text = "source,target,weight\n"
        for row in 0..<120 { text += "a\(row),b,-1\n" }
        let path = try Fixtures.temporaryFile(Array(text.utf8))
        var options = ImportOptions()
        options.maximumReportedProblems = 50
        do {
            _ = try NetworkLoader.load(path: path, options: options)
            Issue.record("expected a failure")
        } catch {
            #expect(error.diagnostics.count == 50)
            #expect(error.suppressedCount == 70)
            #expect(error.description.hasSuffix("… and 70 more problems not listed"))
            #expect(error.diagnostics.first?.location?.line == 2)
        }
    }
}
