import ArgumentParser
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

    @Flag(help: "Create nodes (kind 'node') for ids that ties name but the nodes file lacks, instead of failing.")
    public var createMissing = false

    @Flag(help: "Honour tie direction: a single edges file is undirected unless this is given or it has a direction column.")
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

    @OptionGroup public var deidentification: AnonymizeOptions

    public init() {}

    /// The wave and date selection these options make (an unparsable date has been refused by `validate()`).
    var tieSelection: TieSelection {
        TieSelection(
            wave: wave, asOf: asOf.flatMap { try? PartialDate(iso: $0) },
            since: since.flatMap { try? PartialDate(iso: $0) }, until: until.flatMap { try? PartialDate(iso: $0) })
    }

    public func validate() throws {
        for (flag, value) in [("--as-of", asOf), ("--since", since), ("--until", until)] {
            guard let value else { continue }
            do { _ = try PartialDate(iso: value) } catch {
                throw ValidationError("\(flag) \(value) is not a date: write 2017, 2017-03 or 2017-03-24.")
            }
        }
        if path == nil && edges == nil && affiliation == nil {
            throw ValidationError("Give PATH (a folder, an edges CSV or an .xlsx workbook), or --edges, or --affiliation.")
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
        if directed { options.defaultDirection = .directed }
        return options
    }

    /// A short name of the input for headings.
    var displayName: String { path ?? edges ?? affiliation ?? "input" }
}
