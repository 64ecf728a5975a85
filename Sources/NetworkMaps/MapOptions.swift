import NetworkModel

/// A per-node number shown on the map, indexed by network node position (`network.nodes[i]`).
public struct MapMetric: Sendable, Equatable {
    /// The metric's name as readers see it (legend and tooltips), e.g. `betweenness`.
    public var name: String
    /// One value per network node, in ``Network/nodes`` order. Non-finite values count as missing.
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// What decides a node's colour.
public enum NodeColoring: Sendable, Equatable {
    /// The node's kind (person, organization, …), with ``MapStyle/kindColors``.
    case kind
    /// The value of a node attribute (`city`, `sector`); nodes without it are "(none)".
    case attribute(String)
    /// A given category per node position, e.g. community numbers; `name` titles the legend.
    case categories(name: String, values: [String])
}

/// A Graphviz layout program a map is meant for (the same names as GraphvizRendering's `LayoutEngine`).
public enum MapEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi

    /// The most nodes this engine is asked to lay out: above it, a map is refused with the reason
    /// instead of running for many minutes. Measured on stars (one hub tied to every other node,
    /// the worst case for the force-directed engines) with Graphviz 2.42 on one core of the
    /// development machine (docs/PERFORMANCE.md, "Layout engine limits"): `fdp` took 70 s at 500
    /// nodes and ran past 300 s at 5,000. nil: no limit (`sfdp` is built for large graphs).
    public var nodeLimit: Int? {
        switch self {
        case .fdp: return 500
        case .circo: return 500
        case .neato: return 2_000
        case .dot, .twopi: return 5_000
        case .sfdp: return nil
        }
    }
}

/// Choices for one map; every property has a sensible default.
public struct MapOptions: Sendable, Equatable {
    /// Shown at the top of the image, above the legend.
    public var title: String?
    public var coloring: NodeColoring = .kind
    /// Sets node size (area grows with the value); nil draws every node at the middle size.
    /// Callers pass betweenness by default.
    public var size: MapMetric?
    /// More metrics for the SVG tooltips (the size metric is always included).
    public var tooltipMetrics: [MapMetric] = []
    /// How many nodes get a visible label, largest size metric first (then highest degree);
    /// nil labels every node of a small map (≤ ``smallMapNodeCount``) and the top 25 of a larger one.
    public var labelTopN: Int?
    /// Node attribute whose values become boxes around their nodes (`city`); drawn by `dot` and `fdp`.
    public var clusterAttribute: String?
    /// Draw only these node positions (and the ties among them); nil draws the whole network.
    public var nodePositions: [Int32]?
    /// Seed of the force-directed layouts (`start=`), so maps are reproducible.
    public var seed: Int = 1
    /// The layout program; nil picks one by size (see ``NetworkMap/recommendedEngine(nodeCount:hasClusters:)``).
    public var engine: MapEngine?
    /// Draw the legend (kinds or categories, size scale, tie kinds) inside the image, below the drawing.
    public var showsLegend = true
    /// Node positions labelled whatever their rank (role holders, `--label`), on top of ``labelTopN``.
    public var forcedLabels: [Int32] = []
    /// The visible label of each node by network position (`--label-field`); nil shows ``Node/label``.
    /// An empty text leaves that node unlabelled.
    public var labelTexts: [String]?
    /// A group name per network position, drawn as a box around each group (`--group`); an empty
    /// name puts the node outside every box. Takes the place of ``clusterAttribute`` when set.
    public var clusterGroups: [String]?
    /// Tie kinds drawn faint: thin, light and beneath the others, there for context.
    public var faintTieKinds: Set<TieKind> = []
    /// Tie kinds drawn at all; nil draws every kind.
    public var drawnTieKinds: Set<TieKind>?
    /// Give every edge the id `tie:INDEX` (its position in ``Network/ties``), for scripts that find ties.
    public var identifiesTies = false
    /// A line added to each node's tooltip by network position (e.g. its roles); empty adds nothing.
    public var nodeNotes: [String]?

    /// Maps with at most this many nodes label every node by default.
    public static let smallMapNodeCount = 40
    /// Maps of more nodes than this show groups (or communities) as nodes instead, with a second map of
    /// the largest group (`liaison map`), since a drawing of every node is slow and unreadable.
    public static let aggregateNodeCount = 2_000
    /// The most nodes the map of a report draws by default (the largest by betweenness).
    public static let reportNodeCount = 1_000
    /// The most nodes the drill-down map of the largest group draws (the largest by the size metric).
    public static let drillDownNodeCount = 400
    /// Maps with groups boxed up to this many nodes use `neato`, which keeps the groups apart.
    public static let largestClusteredMapNodeCount = 1_000
    /// Maps with more nodes than this use `sfdp` by default.
    public static let largeMapNodeCount = 300

    /// Whether nodes are boxed by group (``clusterGroups`` or ``clusterAttribute``).
    public var hasClusters: Bool { clusterGroups != nil || clusterAttribute != nil }

    public init(
        title: String? = nil, coloring: NodeColoring = .kind, size: MapMetric? = nil,
        tooltipMetrics: [MapMetric] = [], labelTopN: Int? = nil, clusterAttribute: String? = nil,
        nodePositions: [Int32]? = nil, seed: Int = 1, engine: MapEngine? = nil, showsLegend: Bool = true
    ) {
        self.title = title
        self.coloring = coloring
        self.size = size
        self.tooltipMetrics = tooltipMetrics
        self.labelTopN = labelTopN
        self.clusterAttribute = clusterAttribute
        self.nodePositions = nodePositions
        self.seed = seed
        self.engine = engine
        self.showsLegend = showsLegend
    }
}

/// Why a map could not be built from the given options.
public enum NetworkMapError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A metric or category array does not have one value per network node.
    case wrongValueCount(name: String, expected: Int, actual: Int)
    /// A node position in ``MapOptions/nodePositions`` is not in the network.
    case unknownNodePosition(Int32)
    /// ``MapOptions/labelTopN`` is negative.
    case negativeLabelCount(Int)
    /// A per-node array (label texts, groups, notes) does not have one entry per network node.
    case wrongEntryCount(name: String, expected: Int, actual: Int)

    public var description: String {
        switch self {
        case .wrongValueCount(let name, let expected, let actual):
            return "\(name) has \(actual) values but the network has \(expected) nodes"
        case .unknownNodePosition(let position): return "node position \(position) is not in the network"
        case .negativeLabelCount(let count): return "the number of labelled nodes must not be negative (got \(count))"
        case .wrongEntryCount(let name, let expected, let actual):
            return "\(name) has \(actual) entries but the network has \(expected) nodes"
        }
    }
}
