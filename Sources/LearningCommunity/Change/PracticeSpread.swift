import NetworkModel

/// How far one practice had spread at each point: its adopters and the groups they belong to.
public struct PracticeSpread: Hashable, Sendable {
    /// Id of the `practice` node.
    public let practice: String
    public let adoptersBefore: Int
    public let adoptersAfter: Int
    /// Ids of adopters in the later network that had not adopted in the earlier one, sorted.
    public let newAdopters: [String]
    /// Group names the adopters belonged to (each side's grouping), sorted; empty without a grouping.
    public let groupsBefore: [String]
    public let groupsAfter: [String]

    /// Groups reached after and not before, sorted.
    public var newGroups: [String] { groupsAfter.filter { !groupsBefore.contains($0) } }

    /// Per `practice` node of the later network, its adopters on each side: the other ends of its
    /// `adopts` ties (either direction, self-loops ignored; a practice node absent before had none).
    /// Only practices with new adopters are listed: most new groups first, then most new adopters, then id.
    /// - Complexity: O(n + m + a log a).
    static func compare(
        before: (Network, NodeGrouping?), after: (Network, NodeGrouping?)
    ) -> [PracticeSpread] {
        let adoptersBefore = adopters(before.0), adoptersAfter = adopters(after.0)
        var spreads: [PracticeSpread] = []
        for node in after.0.nodes where node.kind == .practice {
            let old = adoptersBefore[node.id] ?? [], new = adoptersAfter[node.id] ?? []
            let added = new.subtracting(old)
            guard !added.isEmpty else { continue }
            spreads.append(PracticeSpread(
                practice: node.id, adoptersBefore: old.count, adoptersAfter: new.count, newAdopters: added.sorted(),
                groupsBefore: groups(of: old, before.0, before.1), groupsAfter: groups(of: new, after.0, after.1)))
        }
        return spreads.sorted { a, b in
            if a.newGroups.count != b.newGroups.count { return a.newGroups.count > b.newGroups.count }
            if a.newAdopters.count != b.newAdopters.count { return a.newAdopters.count > b.newAdopters.count }
            return a.practice < b.practice
        }
    }

    /// Adopter ids by practice id.
    private static func adopters(_ network: Network) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for tie in network.ties where tie.kind == .adopts && !tie.isSelfLoop {
            let source = network.nodes[Int(tie.source)], target = network.nodes[Int(tie.target)]
            if target.kind == .practice {
                result[target.id, default: []].insert(source.id)
            } else if source.kind == .practice {
                result[source.id, default: []].insert(target.id)
            }
        }
        return result
    }

    private static func groups(of ids: Set<String>, _ network: Network, _ grouping: NodeGrouping?) -> [String] {
        guard let grouping else { return [] }
        let names = ids.compactMap { id in network.index(of: id).flatMap { grouping.groupName(ofNodeAt: $0) } }
        return Set(names).sorted()
    }
}
