import LearningCommunity
import NetworkMaps
import NetworkModel

extension MapPlanning {
    /// The group-to-group map (one node per group, sized by members, ties weighted by the ties between
    /// members) and, except on the `groups` preset, the largest group's own members (at most
    /// ``MapOptions/drillDownNodeCount``, the largest by the size metric).
    static func groupPlan(
        _ network: Network, grouping: NodeGrouping, request: MapRequest, measured: MeasuredNetwork
    ) throws(MapPlanError) -> MapPlan {
        let names = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "" }
        let groups: GroupNetwork
        do throws(NetworkMapError) {
            groups = try GroupNetwork(network, groups: names)
        } catch {
            throw .groupNetwork(error)
        }
        let mapStyle = try style(request)
        let members = groups.memberCounts.map(Double.init)
        let inside = groups.network.nodes.map { Double($0.attributes["ties_inside"] ?? "") ?? 0 }
        var options = MapOptions(seed: request.seed)
        options.title = (request.title.map { "\($0): " } ?? "")
            + "\(groups.network.nodeCount) \(grouping.name) groups of \(network.nodeCount) nodes"
        options.size = MapMetric(name: "members", values: members)
        options.tooltipMetrics = [MapMetric(name: "ties inside", values: inside)]
        options.coloring = .categories(name: grouping.name, values: groups.network.nodes.map(\.id))
        options.labelTopN = groups.network.nodeCount <= 60 ? nil : 40
        options.labelTexts = zip(groups.network.nodes, groups.memberCounts).map { "\($0.label) (\($1))" }
        options.engine = request.engine
        var plan = MapPlan(
            map: NetworkMap(network: groups.network, style: mapStyle, options: options),
            content: .groups(groups: groups.network.nodeCount, nodes: network.nodeCount, groupTies: groups.network.tieCount))
        guard request.preset != .groups, let largest = groups.network.nodes.first else { return plan }

        let inLargest = groups.groupOfNode.indices.filter { groups.groupOfNode[$0] == 0 }.map { Int32($0) }
        var detail = MapOptions(seed: request.seed)
        let sizeName = measured.sizeMetric.rawValue
        let values = measured.columns[sizeName] ?? []
        do throws(MapNodeLimit.Failure) {
            detail.nodePositions = try MapNodeLimit.topNodes(inLargest, by: values, limit: MapOptions.drillDownNodeCount)
        } catch {
            throw .drillDown(error)
        }
        let shown = detail.nodePositions?.count ?? 0
        detail.title = "\(grouping.name) \(largest.label): "
            + (shown < inLargest.count ? "the \(shown) largest of \(inLargest.count) members by \(sizeName)" : "its \(shown) members")
        detail.size = MapMetric(name: sizeName, values: values)
        detail.faintTieKinds = MapChoices.faintTieKinds(network)
        plan.drillDown = MapPlan.DrillDown(
            map: NetworkMap(network: network, style: mapStyle, options: detail), nodeCount: shown)
        return plan
    }
}
