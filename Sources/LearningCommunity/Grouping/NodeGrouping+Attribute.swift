import NetworkModel

extension NodeGrouping {
    /// The separator of multi-valued attributes (Kumu's `Tags`: `Cohort 1|Steering Committee`).
    public static let valueSeparator: Character = "|"

    /// Groups nodes by the value of a node attribute (`city`, `sector`, `team`, …).
    ///
    /// **Definition**: one group per distinct value (surrounding spaces trimmed, compared exactly,
    /// case kept), groups sorted by name (Swift `String` order); nodes whose value is missing or blank
    /// are ungrouped (-1). The grouping's ``name`` is the attribute name as the data writes it.
    ///
    /// The attribute is found by its exact name, else by the one name that matches ignoring case
    /// (`city` finds `City`). A multi-valued attribute (`Tags`, or any attribute in `multiValued`, compared
    /// ignoring case) holds several values separated by `|`: each value is a group, and a node with several
    /// belongs to the group of its **first** value for every measure that needs one group per node
    /// (participation, E-I, mixing, brokerage); ``multipleValueCount`` says how many nodes that concerns.
    ///
    /// - Throws: ``GroupingError/unknownAttribute(name:available:)`` when no node has a value for it,
    ///   naming the node attributes that exist.
    /// - Complexity: O(n + g log g) for n nodes and g groups.
    public static func attribute(
        _ requested: String, in network: Network, multiValued: Set<String> = []
    ) throws(GroupingError) -> NodeGrouping {
        let name = network.nodeAttributeName(matching: requested) ?? requested
        let splits = name.lowercased() == "tags" || multiValued.contains { $0.lowercased() == name.lowercased() }
        var values = [[String]](repeating: [], count: network.nodeCount)
        var distinct = Set<String>()
        var multiple = 0
        for (position, node) in network.nodes.enumerated() {
            guard let raw = node.attributes[name] else { continue }
            let parts = splits
                ? raw.split(separator: valueSeparator).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                : [raw.trimmingWhitespace()].filter { !$0.isEmpty }
            guard !parts.isEmpty else { continue }
            values[position] = parts
            distinct.formUnion(parts)
            if Set(parts).count > 1 { multiple += 1 }
        }
        guard !distinct.isEmpty else {
            throw .unknownAttribute(name: requested, available: network.nodeAttributeNames)
        }
        let groupNames = distinct.sorted()
        var index: [String: Int32] = [:]
        for (label, group) in groupNames.enumerated() { index[group] = Int32(label) }
        let membership = values.map { parts in parts.first.flatMap { index[$0] } ?? -1 }
        var grouping = NodeGrouping(uncheckedName: name, groupNames: groupNames, membership: membership)
        grouping.multipleValueCount = multiple
        grouping.spec = .attribute(name, multiValued: multiValued)
        return grouping
    }
}
