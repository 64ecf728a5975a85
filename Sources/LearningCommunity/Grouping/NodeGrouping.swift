import NetworkAnalysis
import NetworkModel

/// A partition of some of a network's nodes into named groups: by an attribute (city, sector),
/// by initiative, or by detected communities.
///
/// `membership[p]` is the group of the node at network position `p`: an index into ``groupNames``,
/// or -1 when the node belongs to no group. A grouping is made for one network and indexes its
/// nodes in network order; ``labels(for:)`` gives the labels of a graph projected from it.
public struct NodeGrouping: Hashable, Sendable {
    /// What the groups are (the attribute name, `initiative`, `community`, …).
    public let name: String
    /// The names of the groups; a group's index is its label in ``membership``.
    public let groupNames: [String]
    /// For each network node (by position), its group index, or -1 for none.
    public let membership: [Int32]
    /// Nodes whose multi-valued attribute named several groups; each is placed in its first (see
    /// ``attribute(_:in:multiValued:)``). Zero for every other grouping.
    public internal(set) var multipleValueCount = 0
    /// How the grouping was made, so that another network (another wave, another dataset) can be grouped
    /// the same way; nil for a grouping given label by label.
    public internal(set) var spec: GroupingSpec?

    init(uncheckedName name: String, groupNames: [String], membership: [Int32]) {
        self.name = name
        self.groupNames = groupNames
        self.membership = membership
    }

    /// A grouping given label by label, e.g. detected communities.
    ///
    /// - Parameters:
    ///   - membership: for each network node (by position) its group index, or -1 for none.
    ///   - groupNames: the name of each group; every label must index it.
    /// - Throws: ``GroupingError/labelOutOfRange(position:label:groupCount:)`` for a label below -1
    ///   or not smaller than `groupNames.count`.
    /// - Complexity: O(n).
    public static func explicit(name: String, membership: [Int32], groupNames: [String]) throws(GroupingError)
        -> NodeGrouping
    {
        for (position, label) in membership.enumerated() where label < -1 || Int(label) >= groupNames.count {
            throw .labelOutOfRange(position: position, label: label, groupCount: groupNames.count)
        }
        return NodeGrouping(uncheckedName: name, groupNames: groupNames, membership: membership)
    }

    /// A grouping given label by label for the nodes of a projected graph (e.g. communities detected on it),
    /// carried back to the network: graph node `i` gives its label to network node
    /// `projected.networkPositions[i]`; network nodes left out of the graph are ungrouped (-1).
    ///
    /// - Throws: ``GroupingError/labelCountMismatch(labels:graphNodes:)`` when `labels` is not aligned with
    ///   the graph; ``GroupingError/labelOutOfRange(position:label:groupCount:)`` for a label below -1 or
    ///   not indexing `groupNames` (the position is the graph node);
    ///   ``GroupingError/sizeMismatch(groupingNodes:networkNodes:)`` when the graph refers to a network
    ///   position not below `networkNodeCount`.
    /// - Complexity: O(n).
    public static func explicit(
        name: String, labels: [Int32], for projected: ProjectedGraph, networkNodeCount: Int, groupNames: [String]
    ) throws(GroupingError) -> NodeGrouping {
        guard labels.count == projected.networkPositions.count else {
            throw .labelCountMismatch(labels: labels.count, graphNodes: projected.networkPositions.count)
        }
        var membership = [Int32](repeating: -1, count: networkNodeCount)
        for (graphNode, position) in projected.networkPositions.enumerated() {
            let label = labels[graphNode]
            guard label >= -1, Int(label) < groupNames.count else {
                throw .labelOutOfRange(position: graphNode, label: label, groupCount: groupNames.count)
            }
            guard position.rawValue >= 0, position.index < networkNodeCount else {
                throw .sizeMismatch(groupingNodes: networkNodeCount, networkNodes: position.index + 1)
            }
            membership[position.index] = label
        }
        return NodeGrouping(uncheckedName: name, groupNames: groupNames, membership: membership)
    }

    /// Number of groups.
    public var groupCount: Int { groupNames.count }

    /// The group index of the node at this network position; -1 for none or a position out of range.
    public func group(ofNodeAt position: Int32) -> Int32 {
        position >= 0 && Int(position) < membership.count ? membership[Int(position)] : -1
    }

    /// The name of the group of the node at this network position, or nil when it has none.
    public func groupName(ofNodeAt position: Int32) -> String? {
        let label = group(ofNodeAt: position)
        return label >= 0 ? groupNames[Int(label)] : nil
    }

    /// The network positions of each group's members, in network order. O(n).
    public func members() -> [[Int32]] {
        var lists = [[Int32]](repeating: [], count: groupNames.count)
        for (position, label) in membership.enumerated() where label >= 0 { lists[Int(label)].append(Int32(position)) }
        return lists
    }

    /// The labels aligned with a projected graph's nodes: element `i` is the group of graph node `i`
    /// (the network node at `projected.networkPositions[i]`), -1 for none. O(graph nodes).
    public func labels(for projected: ProjectedGraph) -> [Int32] {
        projected.networkPositions.map { group(ofNodeAt: $0.rawValue) }
    }
}
