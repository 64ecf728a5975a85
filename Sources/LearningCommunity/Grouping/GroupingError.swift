/// Why a grouping cannot be made.
public enum GroupingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No node has a (non-blank) value for the attribute; `available` lists the node attributes that exist.
    case unknownAttribute(name: String, available: [String])
    /// An explicit label is below -1 or does not index the group names.
    case labelOutOfRange(position: Int, label: Int32, groupCount: Int)
    /// Graph-aligned labels do not have one label per graph node.
    case labelCountMismatch(labels: Int, graphNodes: Int)
    /// The grouping was made for a network of another size.
    case sizeMismatch(groupingNodes: Int, networkNodes: Int)

    public var description: String {
        switch self {
        case .unknownAttribute(let name, let available):
            let list = available.isEmpty ? "the nodes have no attributes" : "the node attributes are: "
                + available.joined(separator: ", ")
            return "no node has a value for the attribute \"\(name)\"; \(list)"
        case .labelOutOfRange(let position, let label, let groupCount):
            return "group label \(label) of node \(position) is out of range (\(groupCount) groups; -1 = none)"
        case .labelCountMismatch(let labels, let graphNodes):
            return "\(labels) group labels given for a graph of \(graphNodes) nodes"
        case .sizeMismatch(let groupingNodes, let networkNodes):
            return "the grouping covers \(groupingNodes) nodes but the network has \(networkNodes)"
        }
    }
}
