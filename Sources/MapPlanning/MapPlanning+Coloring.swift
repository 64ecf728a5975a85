import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkMaps
import NetworkModel
import OutputEscaping

extension MapPlanning {
    /// The colouring the request's ``ColorChoice`` names: kind, detected communities, initiatives or an
    /// attribute; without one, kinds on the funders map, else the grouping's groups
    /// (``MapChoices/groupColoring(_:grouping:)``), else detected communities.
    static func coloring(
        _ network: Network, projected: ProjectedGraph, grouping: NodeGrouping?, request: MapRequest,
        messages: (AnalysisMessage) -> Void
    ) throws(MapPlanError) -> NodeColoring {
        if request.preset == .funders && request.coloring == nil { return .kind }
        guard let choice = request.coloring else {
            if let grouping { return MapChoices.groupColoring(network, grouping: grouping) }
            return try communityColoring(network, projected: projected, request: request, messages: messages)
        }
        switch choice {
        case .kind: return .kind
        case .community: return try communityColoring(network, projected: projected, request: request, messages: messages)
        case .initiative:
            let grouping = NodeGrouping.initiatives(in: network)
            let values = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "(none)" }
            return .categories(name: GroupingSpec.initiativeWord, values: values)
        case .attribute(let name):
            return .attribute(network.nodeAttributeName(matching: name) ?? name)
        }
    }

    /// Colours by Leiden community of the analysed graph, seeded by the request's seed, named as
    /// ``NodeGrouping/communityName(_:)`` names them, with a note of the partition found.
    static func communityColoring(
        _ network: Network, projected: ProjectedGraph, request: MapRequest, messages: (AnalysisMessage) -> Void
    ) throws(MapPlanError) -> NodeColoring {
        let options = CommunityDetection.Options(seed: request.analysisSeed, weighted: request.metrics.projection.weighted)
        let partition: CommunityPartition
        do throws(AlgorithmError) {
            partition = try CommunityDetection.detect(projected.graph, options)
        } catch {
            throw .communityDetection(error)
        }
        let values = projected.byNetworkPosition(
            partition.membership.map { NodeGrouping.communityName(Int($0)) }, networkNodeCount: network.nodeCount,
            absent: "(none)")
        messages(
            AnalysisMessage(
                .note,
                "\(partition.communityCount) Leiden communities, modularity "
                    + "\(DecimalText.fixed(partition.modularity, decimals: 3)) (seed \(request.seed))"))
        return .categories(name: GroupingSpec.communityWord, values: values)
    }

    /// `spec` resolved on the analysed graph, its notes handed to `messages`.
    static func resolve(
        _ spec: GroupingSpec, _ network: Network, request: MapRequest, projected: ProjectedGraph,
        messages: (AnalysisMessage) -> Void
    ) throws(MapPlanError) -> NodeGrouping {
        do throws(GroupingFailure) {
            return try NodeGrouping.resolve(
                spec, in: network, projected: projected, weighted: request.metrics.projection.weighted,
                messages: messages)
        } catch {
            throw .grouping(error)
        }
    }

    /// The grouping of maps that need one when none is asked for: initiatives on the liaisons map when the
    /// network has any (``GroupingSpec/initiativesIfPresent(in:)``), otherwise the request's community
    /// detection; with a note saying so.
    static func defaultGrouping(
        _ network: Network, request: MapRequest, projected: ProjectedGraph, messages: (AnalysisMessage) -> Void
    ) throws(MapPlanError) -> NodeGrouping {
        if request.preset == .liaisons, let spec = GroupingSpec.initiativesIfPresent(in: network) {
            messages(AnalysisMessage(.note, "grouped by initiative (choose another grouping with --group)"))
            return try resolve(spec, network, request: request, projected: projected, messages: messages)
        }
        messages(AnalysisMessage(.note, "grouped by Leiden community (choose another grouping with --group)"))
        return try resolve(request.defaultCommunities, network, request: request, projected: projected, messages: messages)
    }
}
