import Foundation
import GraphvizRendering
import LearningCommunity
import NetworkMaps
import NetworkModel

extension LiaisonCommand.Map {
    /// Draws the group-to-group network (one node per group, sized by members, ties weighted by the ties
    /// between members) to `--output`; with `drillDown`, also the largest group's own members (at most
    /// ``MapOptions/drillDownNodeCount``, the largest by the size metric) to `NAME-largest.EXT`.
    func drawGroups(
        _ network: Network, grouping: NodeGrouping, columns: [String: [Double]], sizeMetric: String, drillDown: Bool
    ) throws {
        let names = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "" }
        let groups: GroupNetwork
        do { groups = try GroupNetwork(network, groups: names) } catch {
            CommandContext.printError("error: \(error.description)")
            throw LiaisonExitCode.dataError
        }
        let chosenFormat = format ?? RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
        let mapStyle = try loadedStyle()
        let members = groups.memberCounts.map(Double.init)
        let inside = groups.network.nodes.map { Double($0.attributes["ties_inside"] ?? "") ?? 0 }
        var options = MapOptions(seed: seed)
        options.title = (title.map { "\($0): " } ?? "")
            + "\(groups.network.nodeCount) \(grouping.name) groups of \(network.nodeCount) nodes"
        options.size = MapMetric(name: "members", values: members)
        options.tooltipMetrics = [MapMetric(name: "ties inside", values: inside)]
        options.coloring = .categories(name: grouping.name, values: groups.network.nodes.map(\.id))
        options.labelTopN = groups.network.nodeCount <= 60 ? nil : 40
        options.labelTexts = zip(groups.network.nodes, groups.memberCounts).map { "\($0.label) (\($1))" }
        if let engine { options.engine = MapEngine(rawValue: engine.rawValue) }
        let map = NetworkMap(network: groups.network, style: mapStyle, options: options)
        let bytes = try CommandContext.render(map, format: chosenFormat)
        try CommandContext.emit(Data(bytes), to: output)
        CommandContext.printError(
            "wrote \(output) (\(groups.network.nodeCount) groups of \(network.nodeCount) nodes, \(groups.network.tieCount) group-to-group ties)")

        guard drillDown, let largest = groups.network.nodes.first else { return }
        let inLargest = groups.groupOfNode.indices.filter { groups.groupOfNode[$0] == 0 }.map { Int32($0) }
        var detail = MapOptions(seed: seed)
        let values = columns[sizeMetric] ?? []
        do {
            detail.nodePositions = try MapNodeLimit.topNodes(inLargest, by: values, limit: MapOptions.drillDownNodeCount)
        } catch {
            CommandContext.printError("error: \(error.description)")
            throw LiaisonExitCode.internalError
        }
        let shown = detail.nodePositions?.count ?? 0
        detail.title = "\(grouping.name) \(largest.label): "
            + (shown < inLargest.count ? "the \(shown) largest of \(inLargest.count) members by \(sizeMetric)" : "its \(shown) members")
        detail.size = MapMetric(name: sizeMetric, values: values)
        detail.faintTieKinds = TieEmphasis.faintKinds(present: Set(network.ties.map(\.kind)))
        let path = URL(fileURLWithPath: output).deletingPathExtension().path + "-largest."
            + URL(fileURLWithPath: output).pathExtension
        let detailMap = NetworkMap(network: network, style: mapStyle, options: detail)
        let detailBytes = try CommandContext.render(detailMap, format: chosenFormat)
        try CommandContext.emit(Data(detailBytes), to: path)
        CommandContext.printError("wrote \(path) (the largest group, \(shown) nodes)")
    }

    /// The `--style` file, or the bundled style.
    func loadedStyle() throws -> MapStyle {
        guard let style else { return .default }
        do { return try MapStyle.load(from: URL(fileURLWithPath: style)) } catch {
            CommandContext.printError("error: \(style): \(error.description)")
            throw LiaisonExitCode.dataError
        }
    }
}
