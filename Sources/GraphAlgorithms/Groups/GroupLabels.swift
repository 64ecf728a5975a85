import GraphCore

/// The shared checks and tie walks behind every metric over a grouping of nodes.
///
/// A grouping is `groups: [Int32]` with one label per node, each in `0..<groupCount` or `-1`
/// for "no group". Ties touching an ungrouped node are left out of every group count; the
/// functions of this folder say what an ungrouped node gets for its own scores.
enum GroupLabels {
    /// The label of a node that belongs to no group.
    static let ungrouped: Int32 = -1

    /// Throws unless `groups` has one label per node, each in `-1..<groupCount`, and
    /// `groupCount` is not negative.
    static func validate(_ groups: [Int32], nodeCount: Int, groupCount: Int) throws(AlgorithmError) {
        guard groupCount >= 0, groupCount <= Int(Int32.max) else {
            throw .invalidParameter(
                name: "groupCount", value: "\(groupCount)", reason: "must be between 0 and \(Int32.max)")
        }
        guard groups.count == nodeCount else {
            throw .invalidParameter(
                name: "groups", value: "\(groups.count) labels", reason: "needs one label per node (\(nodeCount))")
        }
        for (node, label) in groups.enumerated() where label < -1 || Int(label) >= groupCount {
            throw .invalidParameter(
                name: "groups[\(node)]", value: "\(label)",
                reason: "labels must be -1 (no group) or in 0..<\(groupCount)")
        }
    }

    /// Number of nodes in each group.
    static func sizes(_ groups: [Int32], groupCount: Int) -> [Int] {
        var sizes = [Int](repeating: 0, count: groupCount)
        for label in groups where label >= 0 { sizes[Int(label)] += 1 }
        return sizes
    }
}

/// The CSR rows a node's ties are read from, for a direction.
///
/// Undirected graphs: the node's row (a self-loop is one entry), whatever the direction.
/// Directed graphs: the out-row (``DegreeDirection/outgoing``), the in-row
/// (``DegreeDirection/incoming``) or both one after the other (``DegreeDirection/all``: the
/// adjacency matrix `W + Wᵀ`, so a reciprocated pair and a self-loop are seen twice).
struct TieRows: Sendable {
    let rows: [(offsets: [Int], targets: [Int32], weights: [Double])]

    init(_ graph: Graph, direction: DegreeDirection) {
        let out = (graph.outOffsets, graph.outTargets, graph.outWeights)
        let incoming = (graph.inOffsets, graph.inTargets, graph.inWeights)
        if !graph.isDirected {
            rows = [out]
        } else {
            switch direction {
            case .outgoing: rows = [out]
            case .incoming: rows = [incoming]
            case .all: rows = [out, incoming]
            }
        }
    }

    /// Calls `body(neighbour, weight)` for every tie of `node` in this direction.
    @inline(__always)
    func forEachTie(of node: Int, _ body: (Int, Double) -> Void) {
        for row in rows {
            for position in row.offsets[node]..<row.offsets[node + 1] {
                body(Int(row.targets[position]), row.weights[position])
            }
        }
    }
}
