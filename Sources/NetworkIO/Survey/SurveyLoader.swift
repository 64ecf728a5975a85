import Foundation
import NetworkModel

/// Builds a network from a survey export and its roster: names matched to the roster, answers turned into
/// numbers, the two reports about each pair combined into a tie (``SurveyOptions/Combination``), other
/// questions kept as ratings, and everything a reader needs to judge the data (response rates, reciprocity,
/// non-respondents) in a ``SurveySummary``.
///
/// Definitions (docs/DATA.md, "Surveys"): a respondent's blank answer about a roster member is a report of no
/// tie (0); a non-respondent reports nothing (unknown). For a pair a, b with reports r(a→b) and r(b→a):
/// `either` ties them when either report is above 0 (strength 1); `both` when both are (strength 1; a pair
/// with a non-respondent is never tied); `min`, `max` and `mean` take that function of the reports that exist
/// (a non-respondent's is left out) and tie the pair when it is above 0; `directed` keeps each report above 0
/// as a tie from the respondent.
enum SurveyLoader {
    static func load(_ survey: SurveyOptions, into assembly: inout NetworkAssembly) -> SurveySummary? {
        var hasRoster = false
        if let rosterPath = survey.rosterPath {
            assembly.files.append(rosterPath)
            guard let source = CSVSource.open(path: rosterPath, diagnostics: &assembly.diagnostics) else { return nil }
            NodeTableReader.read(source, into: &assembly)
            hasRoster = true
            // A roster without kinds lists people.
            for position in assembly.network.nodes.indices where assembly.network.nodes[position].kind == .node {
                assembly.network.updateNode(at: Int32(position)) { $0.kind = .person }
            }
        }
        assembly.files.append(survey.surveyPath)
        guard let rows = CSVRows.read(survey.surveyPath, diagnostics: &assembly.diagnostics) else { return nil }
        let roster = assembly.network.nodes.map { (id: $0.id, label: $0.label) }
        let matcher = NameMatcher(roster: roster)
        let isRosterName: (String) -> Bool = { name in
            if case .unmatched = matcher.match(name) { return false }
            return true
        }
        guard let responses = SurveyReader.read(
            rows, options: survey, isRosterName: isRosterName, diagnostics: &assembly.diagnostics)
        else { return nil }
        assembly.notes += responses.notes
        guard let tieQuestion = chooseTieQuestion(responses.questions, survey, rows, &assembly) else { return nil }
        var reviewed: [String: String?] = [:]
        if let matchesPath = survey.matchesPath {
            assembly.files.append(matchesPath)
            reviewed = readMatches(matchesPath, &assembly.diagnostics)
        }
        var resolver = NameResolver(
            matcher: matcher, reviewed: reviewed, hasRoster: hasRoster)
        // Respondents.
        var responded = Set<Int32>()
        for (name, at) in responses.respondents {
            if let position = resolver.resolve(name, at: at, &assembly) { responded.insert(position) }
        }
        // Answers: the tie question's reports and the other questions' ratings.
        var reports: [Pair: Double] = [:]
        var ratings: [SurveySummary.Rating] = []
        var seen = Set<Answered>()
        for answer in responses.answers {
            guard let rater = resolver.resolve(answer.respondent, at: answer.respondentAt, &assembly),
                let rated = resolver.resolve(answer.alter, at: answer.alterAt, &assembly), rater != rated
            else { continue }
            guard let value = survey.scale.value(of: answer.answer) else {
                let known = survey.scale.given.isEmpty
                    ? "numbers or never, yearly, quarterly, monthly, weekly, daily, yes, no"
                    : survey.scale.given.joined(separator: ", ")
                assembly.diagnostics.error(
                    answer.answerAt, "answer \"\(answer.answer)\" is not a number or a label of the scale (\(known))",
                    fix: "give the scale's labels in order with --scale, e.g. --scale \"Never,Yearly,Monthly,Weekly\"")
                continue
            }
            if !seen.insert(Answered(rater: rater, rated: rated, question: answer.question)).inserted {
                assembly.diagnostics.warning(
                    answer.answerAt,
                    "\"\(answer.respondent)\" answered \"\(answer.question)\" about \"\(answer.alter)\" more than once",
                    fix: "keep one answer; Liaison uses the last")
            }
            if answer.question == tieQuestion {
                reports[Pair(rater: rater, rated: rated)] = value
            } else if answer.answer.trimmingBlanks().isEmpty == false {
                ratings.append(SurveySummary.Rating(rater: rater, rated: rated, question: answer.question, value: value))
            }
        }
        let combined = combine(
            reports, ratings: ratings, responded: responded, survey: survey, into: &assembly)
        var respondedFlags = [Bool](repeating: false, count: assembly.network.nodeCount)
        for position in responded { respondedFlags[Int(position)] = true }
        if hasRoster {
            assembly.network.declareAttributes(nodes: ["responded"])
            for position in assembly.network.nodes.indices {
                assembly.network.updateNode(at: Int32(position)) {
                    $0.attributes["responded"] = respondedFlags[position] ? "yes" : "no"
                }
            }
        } else {
            assembly.diagnostics.warning(
                SourceLocation(file: survey.surveyPath, line: 1, column: 1),
                "without a roster, people who did not respond are not known, so ties among them and response rates are missing",
                fix: "give the list of everyone asked with --roster FILE")
        }
        let summary = SurveySummary(
            shape: responses.shape, combination: survey.combination, tieQuestion: tieQuestion,
            ratingQuestions: responses.questions.filter { $0 != tieQuestion }, hasRoster: hasRoster,
            responded: respondedFlags, foldedMatches: resolver.folded, reviewedMatches: resolver.reviewedUses,
            addedNames: resolver.added,
            reports: reports.sorted { ($0.key.rater, $0.key.rated) < ($1.key.rater, $1.key.rated) }
                .filter { $0.value > 0 }.map { SurveySummary.Report(rater: $0.key.rater, rated: $0.key.rated, value: $0.value) },
            ratings: ratings, mutualPairs: combined.mutual, asymmetricPairs: combined.asymmetric,
            tiesReportedAboutNonRespondents: combined.unconfirmable)
        if hasRoster, summary.responseRate < survey.minimumResponseRate {
            assembly.diagnostics.warning(
                SourceLocation(file: survey.surveyPath, line: 1, column: 1),
                "the response rate is \(percent(summary.responseRate)) (\(responded.count) of \(respondedFlags.count)), "
                    + "below \(percent(survey.minimumResponseRate)): ties between people who did not respond are missing, "
                    + "so their centrality is understated",
                fix: "follow up with non-respondents, or read their measures as lower bounds")
        }
        if !resolver.folded.isEmpty {
            // The names as written are not in the note (they would escape de-identification); `liaison survey`
            // lists them.
            assembly.notes.append(
                "\(survey.surveyPath): \(resolver.folded.count) names matched the roster only ignoring case, accents or "
                    + "punctuation (liaison survey lists them)")
        }
        return summary
    }

    private static func percent(_ value: Double) -> String {
        value.isFinite && abs(value) < 1e6 ? "\(Int((value * 100).rounded()))%" : "–"
    }

    private struct Pair: Hashable {
        var rater: Int32
        var rated: Int32
    }

    private struct Answered: Hashable {
        var rater: Int32
        var rated: Int32
        var question: String
    }

    /// The tie question: the one named (as part of its text, case ignored), else the first.
    private static func chooseTieQuestion(
        _ questions: [String], _ survey: SurveyOptions, _ rows: CSVRows, _ assembly: inout NetworkAssembly
    ) -> String? {
        guard let wanted = survey.tieQuestion else {
            if questions.count > 1, let first = questions.first {
                assembly.notes.append(
                    "\(survey.surveyPath): ties from the question \"\(first)\"; the other \(questions.count - 1) questions are ratings (choose with --tie-question)")
            }
            return questions.first ?? SurveyReader.singleQuestion
        }
        if let found = questions.first(where: { $0.lowercased().contains(wanted.lowercased()) }) { return found }
        assembly.diagnostics.error(
            rows.headerLocation(0), "no question of the survey contains \"\(wanted)\" (--tie-question)",
            fix: "use words of one of its questions: \(questions.prefix(5).map { "\"\($0)\"" }.joined(separator: ", "))")
        return nil
    }

    /// The reviewed matches: `name` → roster id, or nil for a name kept off the roster.
    private static func readMatches(_ path: String, _ diagnostics: inout DiagnosticCollector) -> [String: String?] {
        guard let rows = CSVRows.read(path, diagnostics: &diagnostics) else { return [:] }
        guard let name = rows.column(named: ["name", "written", "as_written"]),
            let match = rows.column(named: ["roster_id", "match", "id", "roster"])
        else {
            diagnostics.error(
                rows.headerLocation(0), "the matches file has no name and roster_id columns",
                fix: "write a header name,roster_id and one row per reviewed name (an empty roster_id keeps it off the roster)")
            return [:]
        }
        var decisions: [String: String?] = [:]
        for row in rows.rows {
            let written = row[name].trimmingBlanks()
            guard !written.isEmpty else { continue }
            let id = row[match].trimmingBlanks()
            decisions[written] = id.isEmpty ? .some(nil) : .some(id)
        }
        return decisions
    }

    /// Combines the reports into ties (added to the network) and counts reciprocity.
    private static func combine(
        _ reports: [Pair: Double], ratings: [SurveySummary.Rating], responded: Set<Int32>, survey: SurveyOptions,
        into assembly: inout NetworkAssembly
    ) -> (mutual: Int, asymmetric: Int, unconfirmable: Int) {
        var ratingsByPair: [Pair: [String: [Double]]] = [:]
        for rating in ratings {
            let key = survey.combination == .directed
                ? Pair(rater: rating.rater, rated: rating.rated)
                : Pair(rater: min(rating.rater, rating.rated), rated: max(rating.rater, rating.rated))
            ratingsByPair[key, default: [:]][rating.question, default: []].append(rating.value)
        }
        func attributes(_ pair: Pair) -> [String: String] {
            var result: [String: String] = [:]
            for (question, values) in ratingsByPair[pair] ?? [:] {
                let mean = values.reduce(0, +) / Double(values.count)
                result[question] = mean == mean.rounded() && abs(mean) < 1e15 ? String(Int(mean)) : String(mean)
            }
            return result
        }
        let questions = Array(Set(ratings.map(\.question))).sorted()
        assembly.network.declareAttributes(ties: questions)
        var mutual = 0
        var asymmetric = 0
        var unconfirmable = 0
        var pairs = Set<Pair>()
        for (pair, value) in reports where value > 0 {
            pairs.insert(Pair(rater: min(pair.rater, pair.rated), rated: max(pair.rater, pair.rated)))
        }
        for pair in pairs.sorted(by: { ($0.rater, $0.rated) < ($1.rater, $1.rated) }) {
            let a = pair.rater, b = pair.rated
            func report(_ from: Int32, _ to: Int32) -> Double? {
                if let value = reports[Pair(rater: from, rated: to)] { return value }
                return responded.contains(from) ? 0 : nil
            }
            let ab = report(a, b), ba = report(b, a)
            if let ab, let ba, responded.contains(a), responded.contains(b) {
                if ab > 0 && ba > 0 { mutual += 1 } else { asymmetric += 1 }
            } else {
                unconfirmable += 1
            }
            let known = [ab, ba].compactMap { $0 }
            var ties: [Tie] = []
            switch survey.combination {
            case .directed:
                for (from, to, value) in [(a, b, ab), (b, a, ba)] {
                    guard let value, value > 0 else { continue }
                    ties.append(
                        Tie(source: from, target: to, kind: survey.tieKind, direction: .directed, weight: value,
                            attributes: attributes(Pair(rater: from, rated: to))))
                }
            case .either, .both, .min, .max, .mean:
                let strength: Double
                switch survey.combination {
                case .either: strength = known.contains { $0 > 0 } ? 1 : 0
                case .both: strength = (ab ?? 0) > 0 && (ba ?? 0) > 0 ? 1 : 0
                case .min: strength = known.min() ?? 0
                case .max: strength = known.max() ?? 0
                default: strength = known.isEmpty ? 0 : known.reduce(0, +) / Double(known.count)
                }
                guard strength > 0 else { continue }
                ties.append(
                    Tie(source: a, target: b, kind: survey.tieKind, direction: .undirected, weight: strength,
                        attributes: attributes(pair)))
            }
            for tie in ties {
                do { try assembly.network.addTie(tie) } catch {
                    assembly.diagnostics.error(nil, "a survey tie cannot be added: \(error)", fix: "check the answers")
                }
            }
        }
        return (mutual, asymmetric, unconfirmable)
    }
}

/// Matches each written name to a node once, adding nodes for names off the roster, and remembers what it did.
private struct NameResolver {
    let matcher: NameMatcher
    let reviewed: [String: String?]
    let hasRoster: Bool
    private var resolved: [String: Int32?] = [:]
    private(set) var folded: [(written: String, id: String)] = []
    private(set) var reviewedUses: [(written: String, id: String?)] = []
    private(set) var added: [String] = []

    init(matcher: NameMatcher, reviewed: [String: String?], hasRoster: Bool) {
        self.matcher = matcher
        self.reviewed = reviewed
        self.hasRoster = hasRoster
    }

    /// The node a written name stands for, or nil (after reporting) when it cannot be decided.
    mutating func resolve(_ name: String, at location: SourceLocation, _ assembly: inout NetworkAssembly) -> Int32? {
        let written = name.trimmingBlanks()
        if let known = resolved[written] { return known }
        let position = decide(written, at: location, &assembly)
        resolved[written] = position
        return position
    }

    private mutating func decide(_ written: String, at location: SourceLocation, _ assembly: inout NetworkAssembly) -> Int32? {
        if let decision = reviewed[written] {
            reviewedUses.append((written, decision))
            guard let id = decision else { return add(written, &assembly) }
            if let position = assembly.network.index(of: id) { return position }
            assembly.diagnostics.error(
                location, "the matches file maps \"\(written)\" to \"\(id)\", which is not on the roster",
                fix: "correct the roster id in the matches file, or leave it empty to keep the name off the roster")
            return nil
        }
        switch matcher.match(written) {
        case .exact(let id):
            return assembly.network.index(of: id)
        case .folded(let id):
            folded.append((written, id))
            return assembly.network.index(of: id)
        case .unmatched(let proposals):
            guard hasRoster else { return add(written, &assembly) }
            guard proposals.isEmpty else {
                assembly.diagnostics.error(
                    location,
                    "\"\(written)\" is not on the roster; it may be "
                        + proposals.map(\.description).joined(separator: " or "),
                    fix: "review it in a matches file (--matches FILE with columns name,roster_id; an empty roster_id "
                        + "keeps it off the roster): Liaison never merges names by itself")
                return nil
            }
            assembly.diagnostics.warning(
                location, "\"\(written)\" is not on the roster and near no name on it; added as a person of its own",
                fix: "add them to the roster, or map the name in a matches file (--matches)")
            return add(written, &assembly)
        }
    }

    private mutating func add(_ written: String, _ assembly: inout NetworkAssembly) -> Int32? {
        if let existing = assembly.network.index(of: written) { return existing }
        added.append(written)
        var attributes: [String: String] = [:]
        if hasRoster {
            attributes["on_roster"] = "no"
            assembly.network.declareAttributes(nodes: ["on_roster"])
        }
        return assembly.addNode(
            Node(id: written, kind: .person, attributes: attributes),
            at: SourceLocation(file: "survey", line: 1, column: 1))
    }
}
