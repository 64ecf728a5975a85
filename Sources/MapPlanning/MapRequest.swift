import LearningCommunity
import NetworkAnalysis
import NetworkMaps

/// Everything one `liaison map` asks for, as typed values: what to compute, which nodes to draw, how to
/// size, colour, label and box them, and how to lay them out. ``MapPlanning/plan(network:request:messages:)``
/// turns it into the maps to draw.
public struct MapRequest: Sendable {
    /// How the metrics are computed (projection, path lengths, threads); its `metrics` set is chosen by
    /// the plan (the size metric, degree, core and, when it is not too slow, betweenness).
    public var metrics = MetricRequest()
    /// The map's question; nil is ``MapPreset/overview``.
    public var preset: MapPreset?
    /// The metric nodes are sized (and `maxNodes` ranked) by; betweenness turns into degree when it would be slow.
    public var sizeMetric: NodeMetric = .betweenness
    /// The grouping asked for (`--group`); nil lets the plan choose one when the map needs it.
    public var grouping: GroupingSpec?
    /// The community detection used when a map needs a grouping and none is asked for.
    public var defaultCommunities: GroupingSpec = .community()
    /// What the colours show; nil: the grouping, else detected communities (kinds on the funders map).
    public var coloring: ColorChoice?
    /// Label the N largest nodes by the size metric; nil lets the map decide.
    public var labelCount: Int?
    /// Node ids always labelled.
    public var labelIDs: [String] = []
    /// Roles whose holders are labelled besides ``Role/labelledOnMaps``.
    public var labelRoles: Set<Role> = []
    /// The node attribute (or `id`, or `label`) shown as the label, matched ignoring case.
    public var labelField: String?
    /// Box the nodes sharing each value of this attribute (matched ignoring case).
    public var clusterAttribute: String?
    /// The title drawn above the legend.
    public var title: String?
    /// A JSON style file, as the user named it; nil is the bundled style.
    public var styleFile: String?
    /// Seed of the layout, and of the community detection and roles behind the map (negative counts as 0).
    public var seed = 1
    /// Draw only the ego network of this node id.
    public var focus: String?
    /// Steps from `focus` included; nil is 1, or 2 on the ego map.
    public var radius: Int?
    /// Leave out nodes without ties.
    public var hidesIsolates = false
    /// Leave out nodes with fewer ties than this.
    public var minDegree: Int?
    /// Keep only nodes whose core number is at least this.
    public var minCore: Int?
    /// Draw only this many nodes, the largest by the size metric.
    public var maxNodes: Int?
    /// The layout engine; nil chooses by size.
    public var engine: MapEngine?
    /// Which ties are drawn and which are faint (a preset may choose its own).
    public var ties: MapTieDrawing = .affiliationsFaint

    public init() {}

    /// The preset the map answers: ``preset``, or ``MapPreset/overview``.
    var resolvedPreset: MapPreset { preset ?? .overview }

    /// The seed of the randomised analyses behind the map.
    var analysisSeed: UInt64 { UInt64(max(0, seed)) }
}
