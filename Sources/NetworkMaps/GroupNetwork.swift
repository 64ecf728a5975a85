import NetworkModel

/// The group-to-group network of a grouped network: one node per group (a city, a community), one tie
/// between two groups weighted by the number of ties between their members. It is what `map --preset
/// groups` draws, and what a map too large to draw node by node shows instead.
public struct GroupNetwork: Sendable {
    /// One node per group (id and label the group's name, kind ``groupKind``), with the attributes
    /// `members` (nodes in the group) and `ties_inside` (ties between two of its members); one
    /// undirected tie of kind ``tieKind`` per pair of groups with ties between them, weighted by their count.
    public let network: Network
    /// The group's position in ``network`` for each original node position, or -1 for nodes in no group.
    public let groupOfNode: [Int32]
    /// Members per group, by group position.
    public let memberCounts: [Int]

    /// The kind of the group nodes.
    public static let groupKind: NodeKind = "group"
    /// The kind of the ties between groups.
    public static let tieKind: TieKind = "ties_between"

    /// Groups `network` by `groups` (one name per node position; empty for no group).
    ///
    /// Groups are ordered by size (largest first, then name), so positions are deterministic. Self-loops
    /// and ties with an ungrouped end are left out of the between-group ties.
    /// - Throws: ``NetworkMapError/wrongEntryCount(name:expected:actual:)`` when `groups` is not one per node.
    /// - Complexity: O(*n* + *m* + *g* log *g*) for *g* groups.
    public init(_ network: Network, groups: [String]) throws(NetworkMapError) {
        guard groups.count == network.nodeCount else {
            throw .wrongEntryCount(name: "groups", expected: network.nodeCount, actual: groups.count)
        }
        var counts: [String: Int] = [:]
        for name in groups where !name.isEmpty { counts[name, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var index: [String: Int32] = [:]
        for (position, entry) in ranked.enumerated() { index[entry.key] = Int32(position) }
        let groupOfNode = groups.map { index[$0] ?? -1 }

        var inside = [Int](repeating: 0, count: ranked.count)
        var between: [Int64: Int] = [:]
        for tie in network.ties where !tie.isSelfLoop {
            let a = groupOfNode[Int(tie.source)]
            let b = groupOfNode[Int(tie.target)]
            guard a >= 0, b >= 0 else { continue }
            if a == b {
                inside[Int(a)] += 1
            } else {
                let key = Int64(min(a, b)) << 32 | Int64(max(a, b))
                between[key, default: 0] += 1
            }
        }
        var result = Network()
        for (position, entry) in ranked.enumerated() {
            let node = Node(
                id: entry.key, label: entry.key, kind: Self.groupKind,
                attributes: ["members": String(entry.value), "ties_inside": String(inside[position])])
            // Names are distinct keys of `counts`, so adding cannot fail on a duplicate.
            _ = try? result.addNode(node)
        }
        for (key, count) in between.sorted(by: { $0.key < $1.key }) {
            let tie = Tie(
                source: Int32(truncatingIfNeeded: key >> 32), target: Int32(truncatingIfNeeded: key & 0xFFFF_FFFF),
                kind: Self.tieKind, direction: .undirected, weight: Double(count))
            try? result.addTie(tie)
        }
        self.network = result
        self.groupOfNode = groupOfNode
        self.memberCounts = ranked.map(\.value)
    }
}
