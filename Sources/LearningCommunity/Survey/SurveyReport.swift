import NetworkModel

/// What `liaison survey` tells about a survey import, in plain sentences and tables: response rates overall,
/// by kind and by attribute, the tie rule and reciprocity, ties no respondent can confirm, the non-respondents,
/// how names were matched, and PARTNER trust and value scores when the survey rated them.
public struct SurveyReport: Sendable {
    /// One row of a response-rate table.
    public struct RateRow: Sendable, Equatable {
        public var group: String
        public var responded: Int
        public var asked: Int
        public var rate: Double { asked == 0 ? .nan : Double(responded) / Double(asked) }
    }

    public var summary: SurveySummary
    public var tieCount: Int
    /// By kind, then one table per attribute asked for.
    public var rateTables: [(heading: String, rows: [RateRow])]
    /// Labels of the nodes that did not respond, in network order.
    public var nonRespondents: [String]
    public var partner: PartnerScores
    /// Rates below this are flagged.
    public var minimumResponseRate: Double

    /// Builds the report of an imported survey; `attributes` are node attributes to break response rates down by.
    public static func build(
        _ network: Network, summary: SurveySummary, attributes: [String] = [], minimumResponseRate: Double = 0.7,
        scaleMaximum: Double = 4
    ) -> SurveyReport {
        func rows(_ key: (Node) -> String?) -> [RateRow] {
            summary.responseRates(network, by: key).map { RateRow(group: $0.group, responded: $0.responded, asked: $0.asked) }
        }
        var tables: [(String, [RateRow])] = [("kind", rows { $0.kind.rawValue })]
        for attribute in attributes {
            let name = network.nodeAttributeName(matching: attribute) ?? attribute
            tables.append((name, rows { $0.attributes[name] }))
        }
        let nonRespondents = network.nodes.indices.filter { $0 < summary.responded.count && !summary.responded[$0] }
            .map { network.nodes[$0].label }
        let partner = PartnerScores.compute(summary.ratings, nodeCount: network.nodeCount, scaleMaximum: scaleMaximum)
        return SurveyReport(
            summary: summary, tieCount: network.tieCount, rateTables: tables, nonRespondents: nonRespondents,
            partner: partner, minimumResponseRate: minimumResponseRate)
    }

    /// The rule that made ties, in words.
    public var ruleSentence: String {
        switch summary.combination {
        case .either: "a pair is tied when either person reported the other"
        case .both: "a pair is tied only when both people reported each other"
        case .min: "a pair's strength is the smaller of the two reports (one report when only one person responded)"
        case .max: "a pair's strength is the larger of the two reports"
        case .mean: "a pair's strength is the mean of the reports that exist"
        case .directed: "each report is a tie from the person who gave it"
        }
    }

    /// Plain sentences for a reader: the response rate, reciprocity, unconfirmable ties.
    public var sentences: [String] {
        var lines: [String] = []
        let respondents = summary.responded.count { $0 }
        if summary.hasRoster {
            let rate = summary.responseRate
            var line = "\(respondents) of the \(summary.responded.count) people on the roster responded (\(Self.percent(rate)))"
            if rate < minimumResponseRate {
                line += ", below \(Self.percent(minimumResponseRate)): ties between non-respondents are missing, so their measures are lower bounds"
            }
            lines.append(line + ".")
        } else {
            lines.append("\(respondents) people responded; with no roster, who did not respond is not known.")
        }
        lines.append("\(tieCount) ties from the question \"\(summary.tieQuestion)\": \(ruleSentence).")
        let pairs = summary.mutualPairs + summary.asymmetricPairs
        if pairs > 0 {
            lines.append(
                "Of the \(pairs) pairs of respondents where at least one reported the other, \(summary.mutualPairs) "
                    + "reported each other (reciprocity \(Self.decimal(summary.reciprocity)): the share of reported ties "
                    + "that were returned).")
        }
        if summary.tiesReportedAboutNonRespondents > 0 {
            lines.append(
                "\(summary.tiesReportedAboutNonRespondents) reported ties involve someone who did not respond, so only one side confirms them.")
        }
        return lines
    }

    /// A share as a whole percent ("75%"); "–" for a value that is not one.
    public static func percent(_ value: Double) -> String {
        value.isFinite && abs(value) < 1e6 ? "\(Int((value * 100).rounded()))%" : "–"
    }

    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let scaled = (value * 100).rounded() / 100
        return String(scaled)
    }
}
