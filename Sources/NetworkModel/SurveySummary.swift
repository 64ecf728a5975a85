/// What a survey import learnt beyond the network: who responded, how the names were matched, the reports
/// behind each tie and every rating, reciprocity, and the response rates.
public struct SurveySummary: Sendable {
    /// The shapes survey tools write.
    public enum Shape: String, Sendable, CaseIterable {
        /// Decided from the header: long when it names respondent and alter columns, names when
        /// a names column is given, matrix otherwise.
        case automatic
        /// One row per respondent, one column per roster member (Google Forms grids `Question [Name]`,
        /// Qualtrics matrix tables `Q5_1` with a second header row `Question - Name`, or plain name columns).
        case matrix
        /// One row per respondent, one cell listing the people chosen (a checkbox question).
        case names
        /// One row per answer: respondent, alter, question, answer.
        case long
    }

    /// How the two reports about a pair (a about b, b about a) make the tie.
    public enum Combination: String, Sendable, CaseIterable {
        /// A tie when either reports one; its strength the larger report.
        case either
        /// A tie only when both report one (so both must have responded); its strength the smaller report.
        case both
        /// The smaller of the reports that exist.
        case min
        /// The larger of the reports that exist.
        case max
        /// The mean of the reports that exist.
        case mean
        /// No combining: each report is a directed tie from the respondent.
        case directed
    }

    /// One respondent's report about one person for the tie question.
    public struct Report: Sendable, Equatable {
        public var rater: Int32
        public var rated: Int32
        public var value: Double

        public init(rater: Int32, rated: Int32, value: Double) {
            self.rater = rater
            self.rated = rated
            self.value = value
        }
    }

    /// One respondent's rating of one person for another question (a PARTNER-style trust or value item).
    public struct Rating: Sendable, Equatable {
        public var rater: Int32
        public var rated: Int32
        public var question: String
        public var value: Double

        public init(rater: Int32, rated: Int32, question: String, value: Double) {
            self.rater = rater
            self.rated = rated
            self.question = question
            self.value = value
        }
    }

    /// The shape the export was read as.
    public var shape: Shape
    public var combination: Combination
    /// The question whose answers made the ties.
    public var tieQuestion: String
    /// The other questions, whose answers are ratings.
    public var ratingQuestions: [String]
    /// Whether a roster listed everyone asked (without one, non-respondents cannot be known).
    public var hasRoster: Bool
    /// Whether each node (by network position) responded.
    public var responded: [Bool]
    /// Names matched to the roster only after folding case, accents and punctuation: (as written, roster id).
    public var foldedMatches: [(written: String, id: String)]
    /// Names matched through the reviewed matches file: (as written, roster id or nil when kept off the roster).
    public var reviewedMatches: [(written: String, id: String?)]
    /// Names not on the roster and not near any roster name, added as nodes of their own.
    public var addedNames: [String]
    /// Every report with a value above zero for the tie question.
    public var reports: [Report]
    public var ratings: [Rating]

    /// Reciprocity among pairs of respondents: of the pairs where at least one reported a tie, how many were
    /// reported by both (mutual) and by one only (asymmetric).
    public var mutualPairs: Int
    public var asymmetricPairs: Int
    /// Ties reported by one side only whose other side never responded (so cannot be confirmed).
    public var tiesReportedAboutNonRespondents: Int

    public init(
        shape: Shape, combination: Combination, tieQuestion: String, ratingQuestions: [String], hasRoster: Bool,
        responded: [Bool], foldedMatches: [(written: String, id: String)],
        reviewedMatches: [(written: String, id: String?)], addedNames: [String], reports: [Report],
        ratings: [Rating], mutualPairs: Int, asymmetricPairs: Int, tiesReportedAboutNonRespondents: Int
    ) {
        self.shape = shape
        self.combination = combination
        self.tieQuestion = tieQuestion
        self.ratingQuestions = ratingQuestions
        self.hasRoster = hasRoster
        self.responded = responded
        self.foldedMatches = foldedMatches
        self.reviewedMatches = reviewedMatches
        self.addedNames = addedNames
        self.reports = reports
        self.ratings = ratings
        self.mutualPairs = mutualPairs
        self.asymmetricPairs = asymmetricPairs
        self.tiesReportedAboutNonRespondents = tiesReportedAboutNonRespondents
    }

    /// The share of reported ties that are reciprocated among respondents, 2M / (2M + A): networkx's
    /// `overall_reciprocity` on the directed graph of the respondents' reports. NaN when nobody reported a tie.
    public var reciprocity: Double {
        let arcs = 2 * mutualPairs + asymmetricPairs
        return arcs == 0 ? .nan : Double(2 * mutualPairs) / Double(arcs)
    }

    /// The respondents' share of the roster.
    public var responseRate: Double {
        responded.isEmpty ? .nan : Double(responded.count { $0 }) / Double(responded.count)
    }

    /// Response counts by the value of `key` of each node (its kind, or an attribute): (value, responded, asked),
    /// sorted by value; nodes without a value are counted under "(none)".
    public func responseRates(_ network: Network, by key: (Node) -> String?) -> [(group: String, responded: Int, asked: Int)] {
        var counts: [String: (Int, Int)] = [:]
        for (position, node) in network.nodes.enumerated() where position < responded.count {
            let group = key(node).flatMap { $0.isEmpty ? nil : $0 } ?? "(none)"
            var entry = counts[group, default: (0, 0)]
            if responded[position] { entry.0 += 1 }
            entry.1 += 1
            counts[group] = entry
        }
        return counts.keys.sorted().map { ($0, counts[$0]?.0 ?? 0, counts[$0]?.1 ?? 0) }
    }
}
