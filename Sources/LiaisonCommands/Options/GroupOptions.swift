import Foundation
import ArgumentParser
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkModel

/// `--group`: how nodes are grouped for cross-pollination, brokerage and liaison measures.
public struct GroupOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Group nodes by a node attribute (e.g. city), by 'initiative' or by 'community'.",
            discussion: """
                initiative: each person or organization joins the initiative it has the most participates_in or \
                leads ties with. community: Leiden communities (modularity) of the analysed graph. Any other word \
                names a node attribute; write attribute:NAME for an attribute called initiative or community.
                """,
            valueName: "ATTRIBUTE|initiative|community"))
    public var group: String?

    @Option(
        help: ArgumentHelp(
            "Attributes whose values list several groups separated by | (Tags always does); a node is placed in its first.",
            valueName: "ATTRIBUTE,..."))
    public var multi: String?

    @Option(help: "Seed of the Leiden run behind --group community.")
    public var communitySeed: UInt64 = 1

    @Option(help: "Resolution of the Leiden run behind --group community (modularity's gamma).")
    public var communityResolution: Double = 1

    public init() {}

    public func validate() throws {
        if let group, group.allSatisfy({ $0 == " " }) {
            throw ValidationError("--group needs an attribute name, 'initiative' or 'community'.")
        }
        if !(communityResolution >= 0) || !communityResolution.isFinite {
            throw ValidationError("--community-resolution must be a number 0 or more.")
        }
    }

    /// The grouping the options name, or nil without `--group`. Prints the problem and throws the usage
    /// exit code when the attribute does not exist.
    func grouping(_ network: Network, projected: ProjectedGraph, weighted: Bool) throws -> NodeGrouping? {
        guard let group else { return nil }
        do {
            switch group {
            case "initiative":
                let grouping = NodeGrouping.initiatives(in: network)
                if grouping.groupCount == 0 {
                    CommandContext.printError(
                        "warning: --group initiative: no node is of kind initiative with participates_in or leads ties, "
                            + "so every node is ungrouped (fix: group by an attribute or by community)")
                }
                return grouping
            case "community": return try communities(network, projected: projected, weighted: weighted)
            default:
                let name = group.hasPrefix("attribute:") ? String(group.dropFirst("attribute:".count)) : group
                let multiValued = Set((multi ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
                let grouping = try NodeGrouping.attribute(name, in: network, multiValued: multiValued)
                if grouping.multipleValueCount > 0 {
                    CommandContext.printError(
                        "note: --group \(grouping.name): \(grouping.multipleValueCount) node\(grouping.multipleValueCount == 1 ? " lists" : "s list") "
                            + "several values separated by |; each is placed in the group of its first value")
                }
                return grouping
            }
        } catch let error as GroupingError {
            CommandContext.printError("error: --group \(group): \(error.description)")
            throw LiaisonExitCode.usage
        }
    }

    /// Leiden communities of the analysed graph as a grouping named `community`, groups `community-1`, ...
    func communities(_ network: Network, projected: ProjectedGraph, weighted: Bool) throws -> NodeGrouping {
        try Self.communityGrouping(
            network, projected: projected, seed: communitySeed, resolution: communityResolution, weighted: weighted)
    }

    /// Leiden (modularity) communities of `projected` as a grouping named `community`, groups `community-1`, ...
    /// in the order of their smallest node; nodes outside the analysed graph are ungrouped.
    static func communityGrouping(
        _ network: Network, projected: ProjectedGraph, seed: UInt64, resolution: Double, weighted: Bool
    ) throws -> NodeGrouping {
        let options = CommunityDetection.Options(
            method: .leiden, objective: .modularity, resolution: resolution, seed: seed, weighted: weighted)
        let partition = try CommandContext.communities(projected.graph, options)
        let names = (0..<partition.communityCount).map { "community-\($0 + 1)" }
        return try NodeGrouping.explicit(
            name: "community", labels: partition.membership, for: projected, networkNodeCount: network.nodeCount,
            groupNames: names)
    }
}
