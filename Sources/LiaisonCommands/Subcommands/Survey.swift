import ArgumentParser
import Foundation
import LearningCommunity
import NetworkIO
import ResultRendering
import NetworkModel
import OutputEscaping

extension LiaisonCommand {
    /// `liaison survey --survey FILE --roster FILE`: what a survey export gives, before any analysis.
    public struct Survey: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Read a survey export with its roster: response rates, reciprocity, name matches, PARTNER scores.",
            discussion: """
                Every other command reads the same survey with the same options (--survey, --roster, --combine, …), \
                so a survey goes to roles or a report in one command. This one says what the survey gives: who \
                responded (overall, by kind and by --by attributes), the rule that made ties, reciprocity, ties only \
                one side can confirm, names matched only ignoring case or accents, and PARTNER trust and value \
                scores when questions rate reliability, mission, openness, power/influence, involvement or \
                resources. -o DIR writes the network as nodes.csv and edges.csv.

                Examples:
                  liaison survey --survey datasets/partnership-survey/responses.csv --roster datasets/partnership-survey/roster.csv --by city
                  liaison roles --survey datasets/partnership-survey/responses.csv --roster datasets/partnership-survey/roster.csv --group city
                """)

        @OptionGroup public var input: InputOptions

        @Option(help: ArgumentHelp("Node attributes to break the response rate down by.", valueName: "ATTRIBUTE,..."))
        public var by: String?

        @Option(name: .customLong("rating-max"), help: "The top of the rating scale, for PARTNER scores as a share (PARTNER uses 1 to 4).")
        public var ratingMax: Double = 4

        @Option(name: .shortAndLong, help: "Write the survey's network into this folder as nodes.csv and edges.csv.")
        public var output: String?

        @Option(help: "text or json.")
        public var format: SummaryFormat = .text

        public init() {}

        public func validate() throws {
            guard input.surveyInput.survey != nil else {
                throw ValidationError("survey needs --survey FILE (and, to know non-respondents, --roster FILE).")
            }
            guard ratingMax.isFinite, (1...1000).contains(ratingMax) else {
                throw ValidationError("--rating-max must be the top of the rating scale, from 1 to 1000 (PARTNER uses 4).")
            }
        }

        public func run() throws {
            try OutputGuard.check(output, reads: input.readPaths, writesFolder: true)
            let loaded = try CommandContext.load(input)
            guard let summary = loaded.survey else { throw LiaisonExitCode.usage }
            let attributes = (by ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            let report = SurveyReport.build(
                loaded.network, summary: summary, attributes: attributes,
                minimumResponseRate: input.surveyInput.minResponseRate, scaleMaximum: ratingMax)
            if let output {
                do {
                    // nodes.csv and edges.csv appear together or not at all.
                    try AtomicFolderWriter.write(
                        [("nodes.csv", Data(NetworkWriter.nodesCSV(loaded.network).utf8)),
                         ("edges.csv", Data(NetworkWriter.edgesCSV(loaded.network).utf8))],
                        toFolder: output)
                } catch {
                    CommandContext.printError("error: \(error.description) (fix: choose a writable folder with -o)")
                    throw LiaisonExitCode.cannotWrite
                }
                CommandContext.printError("wrote \(output)/nodes.csv and \(output)/edges.csv")
            }
            var shown = report
            if input.deidentification.anonymize != nil {
                // Names as respondents wrote them are not pseudonymised: under --anonymize they are not shown.
                shown.summary.foldedMatches = []
                shown.summary.reviewedMatches = []
                shown.summary.addedNames = []
            }
            let text = format == .json
                ? SurveyRendering.json(shown, network: loaded.network)
                : SurveyRendering.text(shown, network: loaded.network)
            CommandOutput.current.writeOutput(Data(text.utf8))
        }
    }
}

/// The survey report as text and JSON.
enum SurveyRendering {
    static func text(_ report: SurveyReport, network: Network) -> String {
        var lines = report.sentences
        for (heading, rows) in report.rateTables {
            lines.append("")
            lines.append("Response rate by \(TableRendering.sanitizedForTerminal(heading)):")
            let width = rows.map(\.group.count).max() ?? 0
            for row in rows {
                let flag = row.rate < report.minimumResponseRate ? "  (below \(percent(report.minimumResponseRate)))" : ""
                lines.append(
                    "  " + TableRendering.sanitizedForTerminal(row.group).padding(toLength: width, withPad: " ", startingAt: 0)
                        + "  \(row.responded) of \(row.asked)  \(percent(row.rate))\(flag)")
            }
        }
        if !report.nonRespondents.isEmpty {
            lines.append("")
            let shown = report.nonRespondents.prefix(20).map(TableRendering.sanitizedForTerminal).joined(separator: ", ")
            lines.append("Did not respond (\(report.nonRespondents.count)): \(shown)\(report.nonRespondents.count > 20 ? ", …" : "")")
        }
        let summary = report.summary
        if !summary.foldedMatches.isEmpty {
            lines.append("")
            lines.append("Names matched to the roster only ignoring case, accents or punctuation:")
            lines += summary.foldedMatches.map {
                "  \"\(TableRendering.sanitizedForTerminal($0.written))\" → \(TableRendering.sanitizedForTerminal($0.id))"
            }
        }
        if !summary.reviewedMatches.isEmpty {
            lines.append("")
            lines.append("Names matched as the matches file says:")
            lines += summary.reviewedMatches.map {
                "  \"\(TableRendering.sanitizedForTerminal($0.written))\" → "
                    + ($0.id.map(TableRendering.sanitizedForTerminal) ?? "kept off the roster")
            }
        }
        if !summary.addedNames.isEmpty && summary.hasRoster {
            lines.append("")
            lines.append("Named but not on the roster (added as people of their own): "
                + summary.addedNames.map(TableRendering.sanitizedForTerminal).joined(separator: ", "))
        }
        if !report.partner.isEmpty {
            lines.append("")
            lines.append("PARTNER scores (mean rating received, scale top \(DecimalText.fixed(report.partner.scaleMaximum, decimals: 0))):")
            for dimension in PartnerScores.Dimension.allCases {
                guard let score = report.partner.networkScores[dimension] else { continue }
                lines.append(
                    "  \(dimension.rawValue): \(DecimalText.fixed(score, decimals: 2)) "
                        + "(\(percent(score / report.partner.scaleMaximum)) of the top)")
            }
            for item in PartnerScores.Item.allCases {
                guard let score = report.partner.networkItems[item] else { continue }
                lines.append("    \(item.rawValue): \(DecimalText.fixed(score, decimals: 2))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ report: SurveyReport, network: Network) -> String {
        let summary = report.summary
        var fields: [String] = []
        fields.append("\"shape\": \(JSONEscaping.quoted(summary.shape.rawValue))")
        fields.append("\"rule\": \(JSONEscaping.quoted(summary.combination.rawValue))")
        fields.append("\"tie_question\": \(JSONEscaping.quoted(summary.tieQuestion))")
        fields.append("\"rating_questions\": [" + summary.ratingQuestions.map(JSONEscaping.quoted).joined(separator: ", ") + "]")
        fields.append("\"roster\": \(summary.hasRoster)")
        fields.append("\"respondents\": \(summary.responded.count { $0 })")
        fields.append("\"asked\": \(summary.responded.count)")
        fields.append("\"response_rate\": \(number(summary.responseRate))")
        fields.append("\"ties\": \(report.tieCount)")
        fields.append("\"mutual_pairs\": \(summary.mutualPairs)")
        fields.append("\"asymmetric_pairs\": \(summary.asymmetricPairs)")
        fields.append("\"reciprocity\": \(number(summary.reciprocity))")
        fields.append("\"unconfirmed_ties\": \(summary.tiesReportedAboutNonRespondents)")
        let tables = report.rateTables.map { heading, rows in
            "    {\"by\": \(JSONEscaping.quoted(heading)), \"groups\": ["
                + rows.map { "{\"group\": \(JSONEscaping.quoted($0.group)), \"responded\": \($0.responded), \"asked\": \($0.asked)}" }
                    .joined(separator: ", ") + "]}"
        }
        fields.append("\"response_rates\": [\n" + tables.joined(separator: ",\n") + "\n  ]")
        fields.append("\"non_respondents\": [" + report.nonRespondents.map(JSONEscaping.quoted).joined(separator: ", ") + "]")
        var partner: [String] = []
        for dimension in PartnerScores.Dimension.allCases {
            if let score = report.partner.networkScores[dimension] { partner.append("\"\(dimension.rawValue)\": \(number(score))") }
        }
        for item in PartnerScores.Item.allCases {
            if let score = report.partner.networkItems[item] { partner.append("\"\(item.rawValue)\": \(number(score))") }
        }
        fields.append("\"partner\": {" + partner.joined(separator: ", ") + "}")
        return "{\n  " + fields.joined(separator: ",\n  ") + "\n}\n"
    }

    private static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }

    private static func percent(_ value: Double) -> String { SurveyReport.percent(value) }
}
