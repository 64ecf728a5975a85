import ArgumentParser
import Deidentification
import NetworkIO
import NetworkModel

/// Where the network comes from: the options every command that reads data shares.
public struct InputOptions: ParsableArguments {
    @Argument(help: "A folder holding nodes.csv and edges.csv (or Kumu's Elements.csv and Connections.csv), a single edges CSV file, or an .xlsx workbook.")
    public var path: String?

    @Option(help: "The nodes file (CSV or .xlsx), when it is not PATH/nodes.csv.")
    public var nodes: String?

    @Option(help: "The ties file (CSV or .xlsx), when it is not PATH/edges.csv.")
    public var edges: String?

    @Option(name: .customLong("nodes-sheet"), help: "The workbook's sheet of nodes (default: the sheet named Elements, Nodes, Actors or People).")
    public var nodesSheet: String?

    @Option(name: .customLong("edges-sheet"), help: "The workbook's sheet of ties (default: the sheet named Connections, Edges, Ties, Links or Relationships, or the only sheet).")
    public var edgesSheet: String?

    @Option(help: "A two-mode table (rows such as person,initiative[,role,date]) read as affiliation ties.")
    public var affiliation: String?

    @Option(
        name: .customLong("affiliation-kinds"),
        help: "The node kinds of the affiliation table's two columns and the tie kind, as A,B[,TIE].")
    public var affiliationKinds: String = "person,initiative,participates_in"

    @Option(help: "Your own words for kinds: a CSV (word,kind[,table]) or JSON file, added to the built-in words (Foundation, Grant, Works at, …; see docs/DATA.md).")
    public var vocabulary: String?

    @Option(name: .customLong("date-format"), help: "How the ties' dates are written when not ISO 8601, e.g. M/d/yyyy, d/M/yyyy, d.M.yyyy (fields yyyy, yy, M, d; separators / . - space). Without it, the one format every date fits is used.")
    public var dateFormat: String?

    @Flag(help: "Create nodes (kind 'node') for ids that ties name but the nodes file lacks, instead of failing.")
    public var createMissing = false

    @Flag(help: "Honour tie direction: a directed tie is one arc; an undirected or mutual tie (collaborates_with, shares and kinds without a default direction) two arcs. Without it analyses are undirected unless every tie in a direction column is directed.")
    public var directed = false

    @Option(help: "Analyse only the ties of this survey wave (and the nodes they touch).")
    public var wave: String?

    @Option(name: .customLong("as-of"), help: "Analyse the network as it stood on this date (ISO 8601: 2017, 2017-03 or 2017-03-24).")
    public var asOf: String?

    @Option(help: "Analyse only ties that had not ended before this date (with --until: a date range).")
    public var since: String?

    @Option(help: "Analyse only ties that had begun by this date.")
    public var until: String?

    @Option(help: "Analyse the one-mode projection onto nodes of this kind: two are tied, with weight the number of neighbours they share (e.g. person for people who attended the same events).")
    public var project: String?

    @OptionGroup(title: "Survey input") public var surveyInput: SurveyInputOptions

    @OptionGroup public var deidentification: AnonymizeOptions

    public init() {}

    /// The wave and date selection these options make (an unparsable date has been refused by `validate()`).
    var tieSelection: TieSelection {
        TieSelection(
            wave: wave, asOf: asOf.flatMap { try? PartialDate(iso: $0) },
            since: since.flatMap { try? PartialDate(iso: $0) }, until: until.flatMap { try? PartialDate(iso: $0) })
    }

    public func validate() throws {
        // `--generate-key` needs no input: print the key before PATH is asked for.
        if deidentification.generateKey { throw CleanExit.message(PseudonymKey.generate().text) }
        for (flag, value) in [("--as-of", asOf), ("--since", since), ("--until", until)] {
            guard let value else { continue }
            do { _ = try PartialDate(iso: value) } catch {
                throw ValidationError("\(flag) \(value) is not a date: write 2017, 2017-03 or 2017-03-24.")
            }
        }
        if let dateFormat, DateFormat(pattern: dateFormat) == nil {
            throw ValidationError("--date-format \(dateFormat) is not a date pattern: use the fields yyyy (or yy), M and d with / . - or a space between them, e.g. M/d/yyyy.")
        }
        if path == nil && edges == nil && affiliation == nil && surveyInput.survey == nil {
            throw ValidationError("Give PATH (a folder, an edges CSV or an .xlsx workbook), or --edges, --affiliation or --survey.")
        }
        let parts = affiliationKinds.split(separator: ",", omittingEmptySubsequences: false)
        if !(2...3).contains(parts.count) || parts.contains(where: { $0.isEmpty }) {
            throw ValidationError("--affiliation-kinds takes two node kinds and an optional tie kind, e.g. person,initiative,participates_in.")
        }
    }

    /// The reader's options these flags stand for.
    var importOptions: ImportOptions {
        var options = ImportOptions()
        options.nodesPath = nodes
        options.edgesPath = edges
        options.nodesSheet = nodesSheet
        options.edgesSheet = edgesSheet
        options.affiliationPath = affiliation
        let parts = affiliationKinds.split(separator: ",").map(String.init)
        if parts.count >= 2 {
            options.affiliationSourceKind = NodeKind(rawValue: parts[0])
            options.affiliationTargetKind = NodeKind(rawValue: parts[1])
        }
        if parts.count == 3 { options.affiliationTieKind = TieKind(rawValue: parts[2]) }
        options.createMissingNodes = createMissing
        options.vocabularyPath = vocabulary
        options.dateFormat = dateFormat.flatMap(DateFormat.init(pattern:))
        options.survey = surveyInput.surveyOptions
        options.directedAnalysis = directed
        return options
    }

    /// A short name of the input for headings.
    var displayName: String { path ?? edges ?? affiliation ?? surveyInput.survey ?? "input" }
}
