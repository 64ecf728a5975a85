import NetworkModel

/// What to read and how: the paths, how to treat direction, and how tolerant to be.
public struct ImportOptions: Sendable {
    /// The nodes file (CSV or an `.xlsx` workbook); found as `nodes.csv` (or Kumu's `Elements.csv`) in a folder when nil.
    public var nodesPath: String?
    /// The ties file (CSV or an `.xlsx` workbook); found as `edges.csv` (or `ties.csv`, Kumu's `Connections.csv`)
    /// in a folder when nil.
    public var edgesPath: String?
    /// The sheet of a workbook (`.xlsx`) holding the nodes; found by its name (Elements, Nodes, …) when nil.
    public var nodesSheet: String?
    /// The sheet of a workbook holding the ties; found by its name (Connections, Edges, Ties, …) when nil.
    public var edgesSheet: String?
    /// A two-mode table (`person,initiative[,role,date]`) read as affiliation ties.
    public var affiliationPath: String?
    /// Kind of the nodes in the first column of the affiliation table.
    public var affiliationSourceKind: NodeKind = .person
    /// Kind of the nodes in the second column of the affiliation table.
    public var affiliationTargetKind: NodeKind = .initiative
    /// Kind of the affiliation ties.
    public var affiliationTieKind: TieKind = .participatesIn
    /// Direction for ties whose file has no direction column; nil keeps each kind's default.
    /// A single edges file without a nodes file is undirected unless this says otherwise.
    public var defaultDirection: TieDirection?
    /// The network is read for a directed analysis (`--directed`). Tie directions still come from the data:
    /// a direction column, else the tie's kind (`collaborates_with`, `shares` and kinds without a default
    /// direction stay undirected, two arcs in a directed graph), also in a single edges file; only a ties file
    /// that names neither kind nor direction (a plain edge list) is read as arcs from source to target.
    public var directedAnalysis = false
    /// Create nodes for ids that ties name but the nodes file lacks (kind `node`), instead of failing.
    public var createMissingNodes = false
    /// At most this many problems are listed; the rest are counted.
    public var maximumReportedProblems = 50
    /// The memory, in bytes, the import may use; nil reads it from the system (`MemAvailable` and the
    /// address-space limit). Inputs estimated to need more fail before they are read.
    public var availableMemory: Int?

    /// The words kind columns may use (`Foundation`, `Grant`, `Works at`, …) and the kinds they mean:
    /// the built-in practitioners' words, plus or overridden by a vocabulary file.
    public var vocabulary = Vocabulary.builtIn
    /// A vocabulary file (CSV `word,kind[,table]` or JSON) whose words are added to ``vocabulary``
    /// before the data is read.
    public var vocabularyPath: String?

    /// How the ties' dates are written when not in ISO 8601 (`M/d/yyyy`); nil detects the one format every
    /// date fits, and refuses a column that several formats fit.
    public var dateFormat: DateFormat?

    /// A survey export to read instead of node and tie tables (with its roster and reading options).
    public var survey: SurveyOptions?

    public init() {}
}
