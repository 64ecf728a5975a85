import NetworkAnalysis
import NetworkModel

extension RoleReport {
    /// One row per assignment, in the order of ``assignments``: `id,label,kind,role,family,score,evidence,plain`.
    /// - Complexity: O(assignments).
    public func table(_ network: Network) -> ResultTable {
        var table = ResultTable(columns: ["id", "label", "kind", "role", "family", "score", "evidence", "plain"])
        for assignment in assignments {
            let node = network.nodes[Int(assignment.node)]
            table.rows.append([
                .text(node.id), .text(node.label), .text(node.kind.rawValue), .text(assignment.role.rawValue),
                .text(assignment.role.family.rawValue),
                assignment.score.isFinite ? .real(assignment.score) : .missing, .text(assignment.evidence),
                .text(assignment.plain),
            ])
        }
        return table
    }

    /// The network's shape with the indicators behind it, the key-player scores and the grouping's name.
    public func metadata(grouping: NodeGrouping?) -> ResultMetadata {
        let i = indicators
        return [
            ("shape", .text(shape.rawValue)),
            ("shape_reason", .text(shapeReason)),
            ("components", .integer(i.components)),
            ("largest_component_share", .real(i.largestComponentShare)),
            ("degree_centralization", .real(i.degreeCentralization)),
            ("hubs", .integer(i.hubs)),
            ("core_periphery_fit", .real(i.corePeripheryFit)),
            ("core_share", .real(i.coreShare)),
            ("fragmentation_with_key_players_removed", .real(fragmentationScore)),
            ("reach_of_key_players", .real(reachScore)),
            ("group", grouping.map { .text($0.name) } ?? .none),
        ]
    }
}
