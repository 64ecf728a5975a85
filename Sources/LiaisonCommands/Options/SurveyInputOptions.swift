import ArgumentParser
import NetworkIO
import NetworkModel

extension SurveyOptions.Shape: ExpressibleByArgument {}
extension SurveyOptions.Combination: ExpressibleByArgument {}

/// `--survey FILE --roster FILE`: a survey export read as the network, with the options of its reading.
public struct SurveyInputOptions: ParsableArguments {
    @Option(help: "A survey export to read as the network (roster matrix, checkbox names, or long format; see docs/DATA.md).")
    public var survey: String?

    @Option(help: "With --survey: everyone asked, as a nodes table (id or name, kind, attributes such as city), so non-respondents are known.")
    public var roster: String?

    @Option(name: .customLong("survey-shape"), help: "With --survey: how the export is laid out.")
    public var surveyShape: SurveyOptions.Shape = .automatic

    @Option(help: "With --survey: how the two answers about a pair make the tie: either, both, min, max, mean, or directed (no combining).")
    public var combine: SurveyOptions.Combination = .either

    @Option(name: .customLong("respondent-column"), help: "With --survey: the column naming the respondent (found from its header otherwise).")
    public var respondentColumn: String?

    @Option(name: .customLong("names-column"), help: "With --survey: a checkbox question's column listing the people chosen.")
    public var namesColumn: String?

    @Option(name: .customLong("tie-question"), help: "With --survey: words of the question whose answers make the ties (the first question otherwise); other questions become tie ratings.")
    public var tieQuestion: String?

    @Option(help: "With --survey: the answer labels in order, the first meaning no tie, e.g. \"Never,Yearly,Monthly,Weekly\".")
    public var scale: String?

    @Option(help: "With --survey: reviewed name matches (CSV name,roster_id; an empty roster_id keeps a name off the roster).")
    public var matches: String?

    @Option(name: .customLong("min-response-rate"), help: "With --survey: warn when fewer than this share of the roster responded.")
    public var minResponseRate: Double = 0.7

    public init() {}

    public func validate() throws {
        guard survey != nil else {
            if roster != nil || matches != nil || scale != nil || tieQuestion != nil || namesColumn != nil {
                throw ValidationError("--roster, --matches, --scale, --tie-question and --names-column go with --survey FILE.")
            }
            return
        }
        guard minResponseRate.isFinite, (0...1).contains(minResponseRate) else {
            throw ValidationError("--min-response-rate must be a share from 0 to 1, e.g. 0.7.")
        }
        if let scale, scale.split(separator: ",").count < 2 {
            throw ValidationError("--scale needs at least two labels separated by commas, e.g. \"Never,Monthly,Weekly\".")
        }
    }

    /// The reader's survey options, or nil without --survey.
    var surveyOptions: SurveyOptions? {
        guard let survey else { return nil }
        var options = SurveyOptions(surveyPath: survey)
        options.rosterPath = roster
        options.shape = surveyShape
        options.combination = combine
        options.respondentColumn = respondentColumn
        options.namesColumn = namesColumn
        options.tieQuestion = tieQuestion
        if let scale {
            options.scale = AnswerScale(labels: scale.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        }
        options.matchesPath = matches
        options.minimumResponseRate = minResponseRate
        return options
    }
}
