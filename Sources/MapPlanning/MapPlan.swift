import NetworkMaps

/// The maps one ``MapRequest`` draws, ready to render: the map itself, what it shows, and on an aggregated
/// map the drill-down into its largest group.
public struct MapPlan: Sendable {
    /// What the main map shows.
    public enum Content: Equatable, Sendable {
        /// Nodes of the network, `count` of them drawn.
        case nodes(count: Int)
        /// One node per group: `groups` groups of the network's `nodes` nodes, joined by `groupTies` ties.
        case groups(groups: Int, nodes: Int, groupTies: Int)
    }

    /// The largest group of an aggregated map, drawn by its own members.
    public struct DrillDown: Sendable {
        /// The members' map.
        public var map: NetworkMap
        /// How many members it draws.
        public var nodeCount: Int
    }

    /// The map to render first.
    public var map: NetworkMap
    /// What ``map`` shows.
    public var content: Content
    /// The largest group's map, drawn beside an aggregated map (not on the `groups` preset).
    public var drillDown: DrillDown?
}
