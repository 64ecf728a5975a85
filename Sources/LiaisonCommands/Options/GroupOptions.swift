import ArgumentParser
import Foundation
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkModel

/// `--group` read once: the word becomes a ``GroupingSpec`` (``GroupingSpec/init(parsing:)``).
extension GroupingSpec: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// `--group`: how nodes are grouped for cross-pollination, brokerage and liaison measures.
public struct GroupOptions: ParsableArguments {
    @Option(
        name: .customLong("group"),
        help: ArgumentHelp(
            "Group nodes by a node attribute (e.g. city), by 'initiative' or by 'community'.",
            discussion: """
                initiative: each person or organization joins the initiative it has the most participates_in or \
                leads ties with. community: Leiden communities (modularity) of the analysed graph. Any other word \
                names a node attribute; write attribute:NAME for an attribute called initiative or community.
                """,
            valueName: "ATTRIBUTE|initiative|community"))
    var groupWord: GroupingSpec?

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
        if !(communityResolution >= 0) || !communityResolution.isFinite {
            throw ValidationError("--community-resolution must be a number 0 or more.")
        }
    }

    /// The grouping these options describe (`--group` with `--multi`, `--community-seed` and
    /// `--community-resolution`), or nil without `--group`.
    public var group: GroupingSpec? {
        let multiValued = Set((multi ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) })
        return groupWord?.withMultiValued(multiValued).withCommunity(seed: communitySeed, resolution: communityResolution)
    }

    /// Community detection with these options' seed and resolution, for maps that group by community
    /// when `--group` is not given.
    var communitySpec: GroupingSpec { .community(seed: communitySeed, resolution: communityResolution) }

    /// The grouping the options name, or nil without `--group`. Prints the problem and throws the usage
    /// exit code when the attribute does not exist.
    func grouping(_ network: Network, projected: ProjectedGraph, weighted: Bool) throws -> NodeGrouping? {
        guard let group else { return nil }
        return try Self.resolve(group, network, projected: projected, weighted: weighted)
    }

    /// ``NodeGrouping/resolve(_:in:projected:weighted:)`` with its problems printed: an unknown attribute
    /// exits 64 (usage), a failed community detection 65 (data). Notes what the grouping could not do.
    static func resolve(
        _ spec: GroupingSpec, _ network: Network, projected: ProjectedGraph, weighted: Bool
    ) throws -> NodeGrouping {
        do throws(GroupingFailure) {
            return try NodeGrouping.resolve(
                spec, in: network, projected: projected, weighted: weighted,
                messages: { CommandContext.printError($0.description) })
        } catch {
            throw CommandContext.failure(.grouping(error))
        }
    }
}
