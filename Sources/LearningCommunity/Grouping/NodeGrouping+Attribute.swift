import NetworkModel

extension NodeGrouping {
    /// Groups nodes by the value of a node attribute (`city`, `sector`, `team`, …).
    ///
    /// **Definition**: one group per distinct value (surrounding spaces trimmed, compared exactly,
    /// case kept), groups sorted by name (Swift `String` order); nodes whose value is missing or blank
    /// are ungrouped (-1). The grouping's ``name`` is the attribute name.
    ///
    /// - Throws: ``GroupingError/unknownAttribute(name:available:)`` when no node has a value for it,
    ///   naming the node attributes that exist.
    /// - Complexity: O(n + g log g) for n nodes and g groups.
    public static func attribute(_ name: String, in network: Network) throws(GroupingError) -> NodeGrouping {
        var values = [String?](repeating: nil, count: network.nodeCount)
        var distinct = Set<String>()
        for (position, node) in network.nodes.enumerated() {
            guard let raw = node.attributes[name] else { continue }
            let value = raw.trimmingWhitespace()
            guard !value.isEmpty else { continue }
            values[position] = value
            distinct.insert(value)
        }
        guard !distinct.isEmpty else {
            throw .unknownAttribute(name: name, available: network.nodeAttributeNames)
        }
        let groupNames = distinct.sorted()
        var index: [String: Int32] = [:]
        for (label, group) in groupNames.enumerated() { index[group] = Int32(label) }
        let membership = values.map { value in value.flatMap { index[$0] } ?? -1 }
        return NodeGrouping(uncheckedName: name, groupNames: groupNames, membership: membership)
    }
}
