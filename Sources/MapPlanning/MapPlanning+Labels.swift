import Foundation
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkMaps
import NetworkModel

extension MapPlanning {
    /// The roles of the drawn network (as `liaison roles` finds them, without key players), or none when
    /// not `needed` (on networks where betweenness would be slow and no preset asks for roles).
    static func roleAssignments(
        _ network: Network, grouping: NodeGrouping?, request: MapRequest, report: MetricReport, needed: Bool
    ) throws(MapPlanError) -> [RoleAssignment] {
        guard needed else { return [] }
        var options = RoleAnalysisOptions()
        options.projection = request.metrics.projection
        options.keyPlayers = 0
        options.seed = request.analysisSeed
        options.threads = request.metrics.threads
        options.betweenness = report.betweenness
        do throws(AlgorithmError) {
            return try RoleAnalysis.run(network, grouping: grouping, options: options, projected: report.projected)
                .assignments
        } catch {
            throw .roles(error)
        }
    }

    /// Labels: every holder of the labelled roles (``MapChoices/roleHolders(_:labelling:)`` with the request's
    /// roles), the preset's own nodes, the label ids, and the text the label field picks; each node's roles
    /// go into its tooltip.
    static func chooseLabels(
        _ network: Network, roles: [RoleAssignment], presetLabels: [Int32], request: MapRequest,
        options: inout MapOptions
    ) throws(MapPlanError) {
        let known = roles.filter { $0.node >= 0 && Int($0.node) < network.nodeCount }
        var labelled = Set(presetLabels)
            .union(MapChoices.roleHolders(known, labelling: Role.labelledOnMaps.union(request.labelRoles)))
        var notes = [[String]](repeating: [], count: network.nodeCount)
        for assignment in known {
            notes[Int(assignment.node)].append(assignment.role.rawValue.replacingOccurrences(of: "_", with: " "))
        }
        for id in request.labelIDs {
            guard let position = network.index(of: id) else { throw .unknownLabelID(id) }
            labelled.insert(position)
        }
        options.forcedLabels = labelled.sorted()
        if !roles.isEmpty { options.nodeNotes = notes.map { $0.isEmpty ? "" : "roles: " + $0.joined(separator: ", ") } }
        if let labelField = request.labelField {
            options.labelTexts = try labelTexts(network, field: labelField)
        }
    }

    /// The label text of every node for a label field: ids for `id`, nil (the labels) for `label`, otherwise
    /// the attribute's value, or the label where it has none.
    static func labelTexts(_ network: Network, field labelField: String) throws(MapPlanError) -> [String]? {
        let field = labelField.lowercased()
        if field == "id" { return network.nodes.map(\.id) }
        if field == "label" { return nil }
        guard let name = network.nodeAttributeName(matching: labelField) else {
            throw .unknownLabelField(labelField, available: ["id", "label"] + network.nodeAttributeNames)
        }
        return network.nodes.map { node in node.attributes[name].flatMap { $0.isEmpty ? nil : $0 } ?? node.label }
    }
}
