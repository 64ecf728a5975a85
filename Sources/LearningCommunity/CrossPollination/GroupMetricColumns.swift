import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// The per-node cross-pollination and brokerage columns `liaison metrics --group G` adds:
/// `group, participation, within_group_z, ga_role, group_entropy, blau, ei_index, groups_reached_1,
/// groups_reached_2` (Guimerà–Amaral participation and roles, neighbour-group diversity, node E-I,
/// groups reached; see `GroupProfile`) and `coordinator, itinerant, gatekeeper, representative, liaison`
/// (Gould–Fernandez brokerage counts, as R `sna::brokerage` counts them: undirected ties count both ways).
///
/// Brokerage needs a group for every node: nodes without one form one more group, "no group", for it
/// (and only for it: the other columns leave them out of group counts).
public enum GroupMetricColumns {
    public static let names = [
        "group", "participation", "within_group_z", "ga_role", "group_entropy", "blau", "ei_index",
        "groups_reached_1", "groups_reached_2", "coordinator", "itinerant", "gatekeeper", "representative",
        "liaison",
    ]

    /// `table` (one row per node of `projected`, in graph order) with the columns appended.
    public static func appending(
        to table: ResultTable, projected: ProjectedGraph, grouping: NodeGrouping, weighted: Bool, threads: Int
    ) throws(AlgorithmError) -> ResultTable {
        let graph = projected.graph
        let labels = grouping.labels(for: projected)
        let profile = try GroupProfile.compute(
            graph, groups: labels, groupCount: grouping.groupCount, weighted: weighted, threads: threads)
        let ungrouped = Int32(grouping.groupCount)
        let brokerageLabels = labels.map { $0 < 0 ? ungrouped : $0 }
        let brokerage = try GouldFernandezBrokerage.compute(
            graph, groups: brokerageLabels, groupCount: grouping.groupCount + 1, threads: threads)
        func real(_ value: Double) -> ResultTable.Cell { value.isNaN ? .missing : .real(value) }
        var result = table
        result.columns += names
        for v in 0..<min(result.rows.count, graph.nodeCount) {
            let label = labels[v]
            let counts = brokerage.raw[v]
            result.rows[v] += [
                label >= 0 ? .text(grouping.groupNames[Int(label)]) : .missing,
                real(profile.participation[v]), real(profile.withinGroupZScore[v]),
                profile.role[v].map { .text($0.code) } ?? .missing,
                real(profile.entropy[v]), real(profile.blau[v]), real(profile.eiIndex[v]),
                .integer(profile.groupsInOneStep[v]), .integer(profile.groupsInTwoSteps[v]),
                .real(counts.coordinator), .real(counts.itinerant), .real(counts.gatekeeper),
                .real(counts.representative), .real(counts.liaison),
            ]
        }
        return result
    }
}
