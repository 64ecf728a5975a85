import LearningCommunity
import NetworkMaps
import NetworkModel

/// The choices every map of a network makes the same way, whether `liaison map` or the report draws it:
/// the tooltip's metrics, colours by group, which role holders are labelled and which ties are faint.
public enum MapChoices {
    /// The metrics a node's tooltip shows, in order, when they were computed.
    public static let tooltipMetricNames = ["degree", "betweenness", "core"]

    /// The tooltip metrics ``tooltipMetricNames`` names that `column` has, in that order.
    public static func tooltipMetrics(_ column: (String) -> [Double]?) -> [MapMetric] {
        tooltipMetricNames.compactMap { name in column(name).map { MapMetric(name: name, values: $0) } }
    }

    /// Colours by `grouping`'s groups, named as the grouping is; nodes in no group are "(none)".
    /// - Complexity: O(*n*).
    public static func groupColoring(_ network: Network, grouping: NodeGrouping) -> NodeColoring {
        let values = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "(none)" }
        return .categories(name: grouping.name, values: values)
    }

    /// The nodes holding one of `labelled` roles (by default ``Role/labelledOnMaps``: the grantmaker roles,
    /// learning liaisons and bridges), which a map always labels.
    public static func roleHolders(_ roles: [RoleAssignment], labelling labelled: Set<Role> = Role.labelledOnMaps) -> Set<Int32> {
        Set(roles.filter { labelled.contains($0.role) }.map(\.node))
    }

    /// The tie kinds drawn faint by default: the affiliations present in `network` (``TieEmphasis``).
    /// - Complexity: O(*m*).
    public static func faintTieKinds(_ network: Network) -> Set<TieKind> {
        TieEmphasis.faintKinds(present: Set(network.ties.map(\.kind)))
    }
}
