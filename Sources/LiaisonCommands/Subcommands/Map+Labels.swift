import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkMaps
import NetworkModel

extension LiaisonCommand.Map {
    /// The roles of the drawn network (as `liaison roles` finds them, without key players), or none when
    /// not `needed` (on networks where betweenness would be slow and no preset asks for roles).
    func roleAssignments(
        _ network: Network, grouping: NodeGrouping?, report: MetricReport, projection: GraphProjection, needed: Bool
    ) throws -> [RoleAssignment] {
        guard needed else { return [] }
        var options = RoleAnalysisOptions()
        options.projection = projection
        options.keyPlayers = 0
        options.seed = UInt64(max(0, seed))
        options.threads = analysis.threadCount
        options.betweenness = report.betweenness
        do throws(AlgorithmError) {
            return try RoleAnalysis.run(network, grouping: grouping, options: options, projected: report.projected)
                .assignments
        } catch {
            CommandContext.printError("error: roles: \(error.description)")
            throw LiaisonExitCode.dataError
        }
    }

    /// Labels: every holder of the labelled roles (and of `--label-role`), the preset's own nodes, the
    /// `--label` ids, and the text `--label-field` picks; each node's roles go into its tooltip.
    func chooseLabels(
        _ network: Network, roles: [RoleAssignment], presetLabels: [Int32], options: inout MapOptions
    ) throws {
        var labelled = Set(presetLabels)
        var chosenRoles = MapPreset.labelledRoles
        for name in labelRoles?.split(separator: ",") ?? [] {
            if let role = MapPreset.role(named: String(name)) { chosenRoles.insert(role) }
        }
        var notes = [[String]](repeating: [], count: network.nodeCount)
        for assignment in roles where Int(assignment.node) < network.nodeCount {
            notes[Int(assignment.node)].append(assignment.role.rawValue.replacingOccurrences(of: "_", with: " "))
            if chosenRoles.contains(assignment.role) { labelled.insert(assignment.node) }
        }
        for id in labelIDs?.split(separator: ",") ?? [] {
            guard let position = network.index(of: String(id)) else {
                CommandContext.printError("error: --label \(id) is not a node id (fix: use an id from the nodes file)")
                throw LiaisonExitCode.usage
            }
            labelled.insert(position)
        }
        options.forcedLabels = labelled.sorted()
        if !roles.isEmpty { options.nodeNotes = notes.map { $0.isEmpty ? "" : "roles: " + $0.joined(separator: ", ") } }
        if let labelField {
            let field = labelField.lowercased()
            if field == "id" {
                options.labelTexts = network.nodes.map(\.id)
            } else if field != "label" {
                guard let name = network.nodeAttributeName(matching: labelField) else {
                    CommandContext.printError(
                        "error: --label-field \(labelField) is not a node attribute (attributes: "
                            + (["id", "label"] + network.nodeAttributeNames).joined(separator: ", ") + ")")
                    throw LiaisonExitCode.usage
                }
                options.labelTexts = network.nodes.map { node in
                    node.attributes[name].flatMap { $0.isEmpty ? nil : $0 } ?? node.label
                }
            }
        }
    }

    /// Tie kinds: `--tie-kinds all` draws every kind in full, a list draws only those kinds, and without
    /// the option affiliations are drawn faint (``TieEmphasis``).
    func chooseTieKinds(_ network: Network, options: inout MapOptions) {
        switch analysis.tieKinds {
        case "all"?: return
        case let list?:
            options.drawnTieKinds = Set(list.split(separator: ",").map { TieKind(rawValue: String($0)) })
        case nil:
            options.faintTieKinds = TieEmphasis.faintKinds(present: Set(network.ties.map(\.kind)))
        }
    }

    /// The grouping of maps that need one when `--group` is not given: initiatives when the network has any
    /// (for the liaisons map), otherwise Leiden communities.
    func defaultGrouping(_ network: Network, projected: ProjectedGraph) throws -> NodeGrouping {
        if preset == .liaisons, let spec = GroupingSpec.initiativesIfPresent(in: network) {
            CommandContext.printError("note: grouped by initiative (choose another grouping with --group)")
            return try GroupOptions.resolve(spec, network, projected: projected, weighted: analysis.weighted)
        }
        CommandContext.printError("note: grouped by Leiden community (choose another grouping with --group)")
        return try GroupOptions.resolve(groups.communitySpec, network, projected: projected, weighted: analysis.weighted)
    }
}
