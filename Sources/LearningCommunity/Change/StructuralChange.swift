import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// A node that holds the later network together where it did not before.
public struct NewBridge: Hashable, Sendable {
    public let id: String
    /// Nodes its removal would cut off from the largest remaining piece of its component (later side).
    public let cutOff: Int
    /// Whether the node is new in the later network.
    public let isNewNode: Bool
}

/// A pair of groups with no tie between them before and at least one after, with the ties that joined them.
public struct NewGroupLink: Hashable, Sendable {
    /// The two group names, in name order.
    public let groups: (String, String)
    /// The later network's ties between the two groups, sorted by key.
    public let ties: [TieKey]

    public static func == (a: NewGroupLink, b: NewGroupLink) -> Bool {
        a.groups == b.groups && a.ties == b.ties
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(groups.0)
        hasher.combine(groups.1)
        hasher.combine(ties)
    }
}

enum StructuralChange {
    /// Articulation points of the later graph (networkx `articulation_points`, on the undirected view)
    /// that were not articulation points of the earlier one or did not exist in it; by cut-off, largest
    /// first, then id. O(n + m).
    static func newBridges(before: (Network, ProjectedGraph), after: (Network, ProjectedGraph)) -> [NewBridge] {
        let cutBefore = ArticulationPoints.compute(before.1.graph)
        var wasBridge: [String: Bool] = [:]
        for (graphNode, position) in before.1.networkPositions.enumerated() {
            wasBridge[before.0[position].id] = cutBefore.isArticulationPoint[graphNode]
        }
        let cutAfter = ArticulationPoints.compute(after.1.graph)
        var bridges: [NewBridge] = []
        for (graphNode, position) in after.1.networkPositions.enumerated() where cutAfter.isArticulationPoint[graphNode] {
            let id = after.0[position].id
            guard wasBridge[id] != true else { continue }
            bridges.append(NewBridge(id: id, cutOff: cutAfter.cutOff[graphNode], isNewNode: wasBridge[id] == nil))
        }
        return bridges.sorted { $0.cutOff != $1.cutOff ? $0.cutOff > $1.cutOff : $0.id < $1.id }
    }

    /// The pairs of groups (matched by group name) that no analysed tie joined before and some tie joins
    /// after. A tie counts when the projection keeps both its endpoints' kinds and its kind; self-loops
    /// and ties with an ungrouped end do not. Pairs in name order. O(n + m + p log p).
    static func newGroupLinks(
        before: (Network, NodeGrouping), after: (Network, NodeGrouping), projection: GraphProjection
    ) -> [NewGroupLink] {
        let linkedBefore = Set(groupPairs(before.0, before.1, projection).map(\.pair))
        var joined: [GroupPair: [TieKey]] = [:]
        for (pair, key) in groupPairs(after.0, after.1, projection) where !linkedBefore.contains(pair) {
            joined[pair, default: []].append(key)
        }
        return joined.keys.sorted().map { pair in
            NewGroupLink(groups: (pair.first, pair.second), ties: Array(Set(joined[pair] ?? [])).sorted())
        }
    }

    private struct GroupPair: Hashable, Comparable {
        let first: String
        let second: String

        static func < (a: GroupPair, b: GroupPair) -> Bool { (a.first, a.second) < (b.first, b.second) }
    }

    private static func groupPairs(_ network: Network, _ grouping: NodeGrouping, _ projection: GraphProjection)
        -> [(pair: GroupPair, key: TieKey)]
    {
        var result: [(pair: GroupPair, key: TieKey)] = []
        for tie in network.ties where !tie.isSelfLoop {
            if let kinds = projection.tieKinds, !kinds.contains(tie.kind) { continue }
            if let kinds = projection.nodeKinds,
                !kinds.contains(network.nodes[Int(tie.source)].kind) || !kinds.contains(network.nodes[Int(tie.target)].kind)
            {
                continue
            }
            guard let a = grouping.groupName(ofNodeAt: tie.source), let b = grouping.groupName(ofNodeAt: tie.target),
                a != b
            else { continue }
            result.append((GroupPair(first: min(a, b), second: max(a, b)), TieKey(tie, in: network)))
        }
        return result
    }
}
