import GraphAlgorithms
import NetworkModel

/// Detected communities as a result table (`liaison communities`) and the figures of the run.
public enum CommunityTable {
    /// One row per analysed node: `id,label,kind,community,community_size`. O(n).
    public static func rows(_ network: Network, _ projected: ProjectedGraph, _ partition: CommunityPartition)
        -> ResultTable
    {
        var table = ResultTable(columns: ["id", "label", "kind", "community", "community_size"])
        table.rows.reserveCapacity(partition.membership.count)
        for (v, community) in partition.membership.enumerated() {
            let node = network[projected.networkPosition(of: GraphNode(v))]
            table.rows.append([
                .text(node.id), .text(node.label), .text(node.kind.rawValue),
                .integer(Int(community)), .integer(partition.sizes[Int(community)]),
            ])
        }
        return table
    }

    /// The run's figures and parameters, in a fixed order.
    public static func metadata(
        _ projected: ProjectedGraph, _ partition: CommunityPartition, _ options: CommunityDetection.Options
    ) -> ResultMetadata {
        let graph = projected.graph
        return [
            ("nodes", .integer(graph.nodeCount)),
            ("edges", .integer(graph.edgeCount)),
            ("directed", .flag(graph.isDirected)),
            ("weighted", .flag(options.weighted)),
            ("method", .text(options.method.rawValue)),
            ("objective", .text(options.objective.rawValue)),
            ("resolution", .real(options.resolution)),
            ("seed", .unsigned(options.seed)),
            ("communities", .integer(partition.communityCount)),
            ("modularity", .real(partition.modularity)),
            ("quality", .real(partition.quality)),
            ("iterations", .integer(partition.iterations)),
            ("levels", .integer(partition.levels)),
        ]
    }
}
