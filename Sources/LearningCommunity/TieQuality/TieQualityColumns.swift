import NetworkAnalysis
import NetworkModel

extension TieQuality {
    /// `table` (one row per node of `projected`, in graph order) with `NAME_mean` and `NAME_ties` appended:
    /// each node's mean of this tie attribute and how many of its ties carried it.
    /// - Complexity: O(n).
    /// Columns are named after `name` (the attribute as asked for; the attribute's own name by default).
    public func appendingNodeColumns(to table: ResultTable, projected: ProjectedGraph, named name: String? = nil)
        -> ResultTable
    {
        let prefix = name ?? attribute
        var result = table
        result.columns += ["\(prefix)_mean", "\(prefix)_ties"]
        for v in 0..<min(result.rows.count, projected.networkPositions.count) {
            let summary = nodes[projected.networkPositions[v].index]
            result.rows[v] += [summary.mean.map { .real($0) } ?? .missing, .integer(summary.count)]
        }
        return result
    }

    /// `table` (one row per group of `grouping`, in group order) with `NAME_mean` and `NAME_ties` per group
    /// (a tie with an end in a group counts for it).
    /// - Throws: ``GroupingError`` when `grouping` was made for another network.
    /// - Complexity: O(n + g).
    public func appendingGroupColumns(to table: ResultTable, grouping: NodeGrouping, named name: String? = nil)
        throws(GroupingError) -> ResultTable
    {
        let prefix = name ?? attribute
        let summaries = try groups(grouping)
        var result = table
        result.columns += ["\(prefix)_mean", "\(prefix)_ties"]
        for (g, summary) in summaries.enumerated() where g < result.rows.count {
            result.rows[g] += [summary.mean.map { .real($0) } ?? .missing, .integer(summary.count)]
        }
        return result
    }
}
