@testable import NetworkIO
import NetworkModel
import Testing

/// Survey exports in the shapes real tools write, against answers worked by hand.
///
/// The roster is Ana (a), Ben (b), Cleo (c), Dev (d); Cleo never responded. The reports for "How often":
/// a→b 3, a→c 2, b→a 1, d→b 2 (Ben responded but named no tie to Dev, so b→d is 0; c→a is unknown).
/// Pairs: {a,b} both report (mutual); {b,d} one side only (asymmetric); {a,c} the other side never responded.
@Suite struct SurveyImportTests {
    static func load(
        _ file: String, combine: SurveyOptions.Combination = .either, roster: Bool = true,
        configure: (inout SurveyOptions) -> Void = { _ in }
    ) throws -> ImportResult {
        var survey = SurveyOptions(surveyPath: Fixtures.path("survey/\(file)"))
        survey.rosterPath = roster ? Fixtures.path("survey/roster.csv") : nil
        survey.combination = combine
        configure(&survey)
        var options = ImportOptions()
        options.survey = survey
        return try Fixtures.load(nil, options: options)
    }

    /// The ties as `source-target:weight`, sorted.
    static func ties(_ result: ImportResult) -> [String] {
        let network = result.network
        return network.ties.map { tie in
            let weight = tie.weight == tie.weight.rounded() ? String(Int(tie.weight)) : String(tie.weight)
            return "\(network.nodes[Int(tie.source)].id)-\(network.nodes[Int(tie.target)].id):\(weight)"
        }.sorted()
    }

    @Test(arguments: [
        (SurveyOptions.Combination.either, ["a-b:1", "a-c:1", "b-d:1"]),
        (.both, ["a-b:1"]),
        (.min, ["a-b:1", "a-c:2"]),
        (.max, ["a-b:3", "a-c:2", "b-d:2"]),
        (.mean, ["a-b:2", "a-c:2", "b-d:1"]),
        (.directed, ["a-b:3", "a-c:2", "b-a:1", "d-b:2"]),
    ])
    func everyCombinationRuleGivesTheHandWorkedTies(_ rule: SurveyOptions.Combination, _ expected: [String]) throws {
        let result = try Self.load("long.csv", combine: rule, configure: { $0.tieQuestion = "often" })
        #expect(Self.ties(result) == expected)
        #expect(result.network.ties.allSatisfy { $0.direction == (rule == .directed ? .directed : .undirected) })
    }

    @Test(arguments: ["long.csv", "grid.csv", "qualtrics.csv"])
    func everyShapeReadsTheSameReports(_ file: String) throws {
        let result = try Self.load(file, combine: .directed, configure: { $0.tieQuestion = "often" })
        #expect(Self.ties(result) == ["a-b:3", "a-c:2", "b-a:1", "d-b:2"])
        let summary = try #require(result.survey)
        #expect(summary.responded == [true, true, false, true])
        #expect(summary.mutualPairs == 1)
        #expect(summary.asymmetricPairs == 1)
        #expect(summary.tiesReportedAboutNonRespondents == 1)
        #expect(abs(summary.reciprocity - 2.0 / 3.0) < 1e-15)
        #expect(summary.responseRate == 0.75)
        #expect(result.network.node(id: "c")?.attributes["responded"] == "no")
        #expect(result.network.node(id: "a")?.attributes["responded"] == "yes")
    }

    @Test func shapesAreDetected() throws {
        #expect(try Self.load("long.csv").survey?.shape == .long)
        #expect(try Self.load("grid.csv").survey?.shape == .matrix)
        #expect(try Self.load("qualtrics.csv").survey?.shape == .matrix)
        let grid = try Self.load("grid.csv")
        #expect(grid.survey?.foldedMatches.map(\.written) == ["ben okafor"])
        #expect(grid.notes.contains { $0.contains("columns not about a person were left out: Timestamp") })
    }

    @Test func checkboxNamesAreSplitAndMatched() throws {
        let result = try Self.load("checkbox.csv", configure: { $0.namesColumn = "Who do you work with?" })
        #expect(result.survey?.shape == .names)
        #expect(Self.ties(result) == ["a-b:1", "a-c:1", "b-d:1"])
        #expect(result.notes.contains { $0.contains("none was joined back), and is otherwise read as two names") })
    }

    @Test func checkboxNamesHoldingACommaAreKeptWholeWhenTheRosterHasThem() throws {
        let result = try Self.load(
            "checkbox-comma.csv",
            configure: {
                $0.namesColumn = "Who do you work with?"
                $0.rosterPath = Fixtures.path("survey/roster-comma.csv")
            })
        // "Someone, New" is no roster name, so it stays two names, each a non-roster person.
        #expect(Self.ties(result) == ["a-b:1", "a-c:1", "a-d:1", "b-New:1", "b-Someone:1"])
        #expect(result.notes.contains { $0.contains("3 commas were joined back") })
        #expect(
            SurveyReader.joinRosterNames(["Okafor", "Ben", "Ben"], isRosterName: { $0 == "Okafor, Ben" })
                == ["Okafor, Ben", "Ben"])
        #expect(SurveyReader.joinRosterNames(["x", "y"], isRosterName: { _ in false }) == ["x", "y"])
    }

    @Test func otherQuestionsBecomeRatings() throws {
        let result = try Self.load("long.csv", configure: { $0.tieQuestion = "often" })
        let summary = try #require(result.survey)
        #expect(summary.ratingQuestions == ["Reliability"])
        #expect(summary.ratings.map { "\($0.rater)>\($0.rated)=\(Int($0.value))" } == ["1>3=4", "0>1=3", "1>0=2"])
        let ab = try #require(result.network.ties.first { $0.source == 0 && $0.target == 1 })
        #expect(ab.attributes["Reliability"] == "2.5")
    }

    @Test func nearNamesAreNeverMergedSilently() throws {
        var survey = SurveyOptions(surveyPath: Fixtures.path("survey/initials.csv"))
        survey.rosterPath = Fixtures.path("survey/roster.csv")
        var options = ImportOptions()
        options.survey = survey
        let problems = Fixtures.problems(nil, options: options).filter { $0.contains(": error: ") }
        #expect(problems == [
            "survey/initials.csv:2:1: error: \"A. Lopez\" is not on the roster; it may be \"Ana Lopez\" (a, initial and surname, score 0.85) (fix: review it in a matches file (--matches FILE with columns name,roster_id; an empty roster_id keeps it off the roster): Liaison never merges names by itself)"
        ])
        survey.matchesPath = Fixtures.path("survey/matches.csv")
        options.survey = survey
        let reviewed = try Fixtures.load(nil, options: options)
        #expect(Self.ties(reviewed) == ["a-b:1"])
        #expect(reviewed.survey?.reviewedMatches.map(\.written) == ["A. Lopez"])
    }

    @Test func unknownAnswerLabelIsReportedWithTheScaleFix() {
        var survey = SurveyOptions(surveyPath: Fixtures.path("survey/bad-answer.csv"))
        survey.rosterPath = Fixtures.path("survey/roster.csv")
        var options = ImportOptions()
        options.survey = survey
        #expect(Fixtures.problems(nil, options: options).filter { $0.contains(": error: ") } == [
            "survey/bad-answer.csv:2:22: error: answer \"sometimes-ish\" is not a number or a label of the scale (numbers or never, yearly, quarterly, monthly, weekly, daily, yes, no) (fix: give the scale's labels in order with --scale, e.g. --scale \"Never,Yearly,Monthly,Weekly\")"
        ])
    }

    @Test func lowResponseRateIsWarned() throws {
        let result = try Self.load("long.csv", configure: { $0.minimumResponseRate = 0.8 })
        #expect(Fixtures.warnings(result).contains {
            $0.contains("the response rate is 75% (3 of 4), below 80%: ties between people who did not respond are missing")
        })
    }

    @Test func withoutARosterNonRespondentsAreUnknownAndSaidSo() throws {
        let result = try Self.load("long.csv", roster: false)
        #expect(result.network.nodeCount == 4)
        #expect(result.survey?.hasRoster == false)
        #expect(Fixtures.warnings(result).contains { $0.contains("without a roster, people who did not respond are not known") })
    }

    @Test func givenScaleReadsLabelsByPosition() throws {
        let scale = AnswerScale(labels: ["Not at all", "A little", "A lot"])
        #expect(scale.value(of: "a LOT") == 2)
        #expect(scale.value(of: "Not at all") == 0)
        #expect(scale.value(of: "") == 0)
        #expect(scale.value(of: "2.5") == 2.5)
        #expect(scale.value(of: "Weekly") == nil)
        #expect(AnswerScale.builtIn.value(of: "Weekly") == 4)
    }
}

/// Free-text names against a roster.
@Suite struct NameMatcherTests {
    let matcher = NameMatcher(roster: [
        ("n1", "Jane Smith"), ("n2", "José García"), ("n3", "Acme Foundation"), ("n4", "Robert Jones"),
        ("n5", "Kim Lee"),
    ])

    @Test func exactAndFoldedNamesMatch() {
        #expect(matcher.match("Jane Smith") == .exact(id: "n1"))
        #expect(matcher.match("n1") == .exact(id: "n1"))
        #expect(matcher.match("  JANE  smith ") == .folded(id: "n1"))
        #expect(matcher.match("Jose Garcia") == .folded(id: "n2"))
    }

    @Test(arguments: [
        ("J. Smith", "n1", "initial and surname"), ("Smith Jane", "n1", "same words in another order"),
        ("Acme", "n3", "same name without an organisation word"), ("Bob Jones", "n4", "nickname and surname"),
        ("Jane Smtih", "n1", "spelling (2 letters apart)"),
    ])
    func nearNamesAreProposedNotMatched(_ written: String, _ id: String, _ reason: String) {
        guard case .unmatched(let proposals) = matcher.match(written), let best = proposals.first else {
            Issue.record("\(written) should be a proposal, not a match")
            return
        }
        #expect(best.id == id)
        #expect(best.reason == reason)
        #expect(best.score < 1)
    }

    @Test func unrelatedNamesGetNoProposal() {
        #expect(matcher.match("Zed Quinn") == .unmatched(proposals: []))
    }
}
