import NetworkModel

/// A node whose contacts carried practices across groups.
public struct Pollinator: Hashable, Sendable {
    /// Network position of the node.
    public let node: Int32
    /// Its own group in the analysis grouping (-1 for none).
    public let group: Int32
    /// Number of cross-group hops it was the earlier adopter of.
    public let hopCount: Int
    /// The practices those hops carried (network positions, sorted by practice id).
    public let practices: [Int32]
    /// The groups those hops reached (sorted by group index).
    public let groupsReached: [Int32]

    /// Credits every hop to its `from` node and ranks the nodes by hop count (most first), then by
    /// number of groups reached, then by id. O(h log h) for h hops.
    static func rank(_ hops: [PracticeTransmission], in network: Network) -> [Pollinator] {
        var byNode: [Int32: [PracticeTransmission]] = [:]
        for hop in hops { byNode[hop.from, default: []].append(hop) }
        let pollinators = byNode.map { node, hops in
            Pollinator(
                node: node, group: hops[0].fromGroup, hopCount: hops.count,
                practices: Set(hops.map(\.practice)).sorted {
                    network.nodes[Int($0)].id < network.nodes[Int($1)].id
                },
                groupsReached: Set(hops.map(\.toGroup)).sorted())
        }
        return pollinators.sorted { a, b in
            if a.hopCount != b.hopCount { return a.hopCount > b.hopCount }
            if a.groupsReached.count != b.groupsReached.count { return a.groupsReached.count > b.groupsReached.count }
            return network.nodes[Int(a.node)].id < network.nodes[Int(b.node)].id
        }
    }
}
