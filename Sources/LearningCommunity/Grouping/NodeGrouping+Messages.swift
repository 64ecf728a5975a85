extension NodeGrouping {
    /// What a reader should know about how this grouping came out: an initiative grouping that found no
    /// initiative (every node ungrouped), and the nodes whose multi-valued attribute named several groups.
    /// Every command and the report print these after resolving a ``GroupingSpec``.
    /// - Complexity: O(1).
    public var resolutionMessages: [AnalysisMessage] {
        var messages: [AnalysisMessage] = []
        if spec == .initiative && groupCount == 0 {
            messages.append(
                AnalysisMessage(
                    .warning,
                    "--group initiative: no node is of kind initiative with participates_in or leads ties, "
                        + "so every node is ungrouped (fix: group by an attribute or by community)"))
        }
        if multipleValueCount > 0 {
            messages.append(
                AnalysisMessage(
                    .note,
                    "--group \(name): \(multipleValueCount) node\(multipleValueCount == 1 ? " lists" : "s list") "
                        + "several values separated by |; each is placed in the group of its first value"))
        }
        return messages
    }
}
