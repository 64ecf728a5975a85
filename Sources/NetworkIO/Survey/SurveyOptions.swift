import NetworkModel

/// How to read a survey export into a network: the files, their shape, and how two people's answers about
/// the same pair become one tie.
public struct SurveyOptions: Sendable {
    public typealias Shape = SurveySummary.Shape
    public typealias Combination = SurveySummary.Combination

    /// The survey export.
    public var surveyPath: String
    /// The roster: everyone asked, as a nodes table (id, label, kind, attributes). Without it, non-respondents
    /// cannot be known.
    public var rosterPath: String?
    public var shape = Shape.automatic
    public var combination = Combination.either
    /// The column naming the respondent; found from its header when nil (respondent, name, your name, …).
    public var respondentColumn: String?
    /// The column of a checkbox question listing the people chosen (shape `names`).
    public var namesColumn: String?
    /// The question whose answers make the ties (matched ignoring case, as part of the question's text);
    /// the first question when nil. Other questions' answers become tie ratings.
    public var tieQuestion: String?
    /// How answers become numbers.
    public var scale = AnswerScale.builtIn
    /// A reviewed list of name matches (`name,roster_id`; an empty roster_id keeps the name off the roster).
    public var matchesPath: String?
    /// The kind of the ties made.
    public var tieKind = TieKind.collaboratesWith
    /// Response rates below this are warned about.
    public var minimumResponseRate = 0.7

    public init(surveyPath: String) {
        self.surveyPath = surveyPath
    }
}
