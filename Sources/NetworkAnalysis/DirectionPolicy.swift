import NetworkModel

/// Whether an analysis honours tie direction: the one place this is decided for every command and the report.
public enum DirectionPolicy {
    /// True when `requested` (`--directed`), or when the ties were read from a file with a direction column
    /// and every tie in it is directed (a directed Gephi export). Mixed data (some directed ties, some not,
    /// as most learning-community data) is analysed undirected unless direction is requested.
    /// - Complexity: O(m).
    public static func analysesDirected(_ network: Network, requested: Bool, hasDirectionColumn: Bool) -> Bool {
        if requested { return true }
        return hasDirectionColumn && !network.ties.isEmpty && network.ties.allSatisfy { $0.direction == .directed }
    }

    /// The note an undirected analysis of directed ties owes its reader, or nil when no tie's direction is set aside.
    public static func undirectedNote(_ network: Network, directed: Bool) -> String? {
        let directedTies = network.ties.reduce(0) { $0 + ($1.direction == .directed ? 1 : 0) }
        guard !directed && directedTies > 0 else { return nil }
        return "ties analysed as undirected (\(directedTies) of \(network.tieCount) have a direction; --directed honours it)"
    }
}
