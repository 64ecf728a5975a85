import Foundation
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkMaps
import NetworkModel

/// `liaison map` as one library call: every decision between the options and the maps to render.
public enum MapPlanning {
    /// The maps `request` asks for on `network`, ready to render.
    ///
    /// Computes the metrics the map needs (sizing by degree instead of betweenness when betweenness would be
    /// slow, ``MapNodeLimit/betweennessIsSlow(nodeCount:tieCount:)``), selects the nodes (`focus` and
    /// `radius`, isolates, minimum degree and core), and either aggregates (the `groups` preset, or an
    /// overview of more than ``MapOptions/aggregateNodeCount`` nodes: one node per group, with a drill-down
    /// into the largest group) or draws the nodes: the preset's nodes and ties, the `maxNodes` largest,
    /// colours (``ColorChoice``), labels (role holders, the preset's nodes, ids, the label field), boxes and
    /// tie kinds.
    ///
    /// - Parameter messages: receives, in order, what the reader should know: the metric switched to,
    ///   the grouping chosen by default and its notes, the communities found, the nodes left out, and a
    ///   warning when the map stays large.
    /// - Throws: ``MapPlanError``; ``MapPlanError/kind`` says whose problem it is.
    /// - Complexity: the metrics' (betweenness O(*n* *m*) unless slow), plus roles and community detection
    ///   when the map uses them.
    public static func plan(
        network: Network, request: MapRequest, messages: (AnalysisMessage) -> Void = { _ in }
    ) throws(MapPlanError) -> MapPlan {
        let measured = try measure(network, request: request, messages: messages)
        var grouping: NodeGrouping?
        if let spec = request.grouping {
            grouping = try resolve(spec, network, request: request, projected: measured.report.projected, messages: messages)
        }
        let candidates = try selectedPositions(network, request: request, measured: measured)
        if grouping == nil && (aggregates(request, candidateCount: candidates?.count ?? network.nodeCount)
            || request.preset == .liaisons)
        {
            grouping = try defaultGrouping(network, request: request, projected: measured.report.projected, messages: messages)
        }
        if aggregates(request, candidateCount: candidates?.count ?? network.nodeCount), let grouping {
            return try groupPlan(network, grouping: grouping, request: request, measured: measured)
        }
        return try nodePlan(network, grouping: grouping, candidates: candidates, request: request, measured: measured, messages: messages)
    }

    /// Whether the map shows groups as nodes: the `groups` preset, or an overview (no preset, no focus and no
    /// node limit) of more than ``MapOptions/aggregateNodeCount`` candidate nodes.
    public static func aggregates(_ request: MapRequest, candidateCount: Int) -> Bool {
        request.preset == .groups
            || (request.resolvedPreset == .overview && request.maxNodes == nil && request.focus == nil
                && candidateCount > MapOptions.aggregateNodeCount)
    }

    /// The map of `network`'s nodes: the preset's nodes within `candidates`, cut to `maxNodes`, sized,
    /// coloured, labelled and boxed as `request` says.
    static func nodePlan(
        _ network: Network, grouping: NodeGrouping?, candidates: [Int32]?, request: MapRequest, measured: MeasuredNetwork,
        messages: (AnalysisMessage) -> Void
    ) throws(MapPlanError) -> MapPlan {
        let preset = request.preset
        let roles = try roleAssignments(
            network, grouping: grouping, request: request, report: measured.report,
            needed: !measured.betweennessIsSlow || preset == .funders || preset == .liaisons)
        var options = MapOptions(title: request.title, seed: request.seed)
        var drawn = candidates
        var presetLabels: [Int32] = []
        switch preset {
        case .funders:
            let funders = MapPreset.funderPositions(network, roles: roles)
            drawn = intersect(drawn, funders.all)
            presetLabels = funders.funders
            options.drawnTieKinds = MapPreset.funderTieKinds
        case .liaisons:
            let liaisons = MapPreset.liaisonPositions(network, roles: roles)
            if liaisons.liaisons.isEmpty { throw .noLearningLiaison(grouping: grouping?.name) }
            drawn = intersect(drawn, liaisons.all)
            presetLabels = liaisons.liaisons
        default: break
        }
        let sizeName = measured.sizeMetric.rawValue
        options.nodePositions = try limitedPositions(
            drawn, network: network, values: measured.columns[sizeName] ?? [], metric: sizeName, request: request,
            options: &options, messages: messages)
        options.size = MapMetric(name: sizeName, values: measured.columns[sizeName] ?? [])
        options.tooltipMetrics = MapChoices.tooltipMetrics { measured.columns[$0] }
        options.coloring = try coloring(
            network, projected: measured.report.projected, grouping: grouping, request: request, messages: messages)
        options.labelTopN = request.labelCount
        if let cluster = request.clusterAttribute {
            options.clusterAttribute = network.nodeAttributeName(matching: cluster) ?? cluster
        } else if let grouping, request.grouping != nil || preset == .liaisons {
            options.clusterGroups = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "" }
        }
        try chooseLabels(network, roles: roles, presetLabels: presetLabels, request: request, options: &options)
        if preset != .funders { request.ties.apply(to: &options, network: network) }
        options.engine = request.engine
        let map = NetworkMap(network: network, style: try style(request), options: options)
        let count = options.nodePositions?.count ?? network.nodeCount
        if let limit = map.engine.nodeLimit, count > limit {
            throw .engineLimit(map.engine, limit: limit, nodeCount: count)
        }
        return MapPlan(map: map, content: .nodes(count: count))
    }

    /// The style `request` names, or the bundled style.
    static func style(_ request: MapRequest) throws(MapPlanError) -> MapStyle {
        guard let file = request.styleFile else { return .default }
        do throws(MapStyleError) {
            return try MapStyle.load(from: URL(fileURLWithPath: file))
        } catch {
            throw .style(file: file, error)
        }
    }
}
