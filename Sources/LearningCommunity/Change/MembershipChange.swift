import NetworkModel

/// A tie as it is matched across the two sides: its endpoints' ids and its kind. A directed tie keeps
/// its orientation; an undirected or mutual tie is keyed with the smaller id first, so `a–b` and `b–a`
/// are the same tie. Parallel ties with one key count once, and weights, dates and waves are not compared.
public struct TieKey: Hashable, Comparable, Sendable {
    public let source: String
    public let target: String
    public let kind: TieKind
    public let directed: Bool

    init(_ tie: Tie, in network: Network) {
        let s = network.nodes[Int(tie.source)].id, t = network.nodes[Int(tie.target)].id
        directed = tie.direction == .directed
        kind = tie.kind
        (source, target) = directed || s <= t ? (s, t) : (t, s)
    }

    public static func < (a: TieKey, b: TieKey) -> Bool {
        (a.source, a.target, a.kind.rawValue) < (b.source, b.target, b.kind.rawValue)
    }
}

/// Who joined and left, and which ties appeared and lapsed, matching nodes by id and ties by ``TieKey``.
public struct MembershipChange: Hashable, Sendable {
    /// Ids of nodes only in the later network, in its node order.
    public let nodesAdded: [String]
    /// Ids of nodes only in the earlier network, in its node order.
    public let nodesLost: [String]
    /// Ties only in the later network, sorted by key.
    public let tiesAdded: [TieKey]
    /// Ties only in the earlier network, sorted by key.
    public let tiesLost: [TieKey]
    /// Ties in both.
    public let tiesKept: Int

    /// Compares the two networks whole (every node and tie kind, before any projection).
    /// - Complexity: O(n + m) expected (hashing), plus O(k log k) to sort the k changed ties.
    static func compare(before: Network, after: Network) -> MembershipChange {
        let nodesAdded = after.nodes.lazy.filter { before.index(of: $0.id) == nil }.map(\.id)
        let nodesLost = before.nodes.lazy.filter { after.index(of: $0.id) == nil }.map(\.id)
        let beforeKeys = Set(before.ties.map { TieKey($0, in: before) })
        let afterKeys = Set(after.ties.map { TieKey($0, in: after) })
        return MembershipChange(
            nodesAdded: Array(nodesAdded), nodesLost: Array(nodesLost),
            tiesAdded: afterKeys.subtracting(beforeKeys).sorted(), tiesLost: beforeKeys.subtracting(afterKeys).sorted(),
            tiesKept: beforeKeys.intersection(afterKeys).count)
    }
}
