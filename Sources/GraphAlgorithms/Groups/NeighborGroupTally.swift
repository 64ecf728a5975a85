import Foundation
import GraphCore

/// For every node, how its ties split over the groups of its neighbours: the sums `k_is` of the
/// (weighted) ties from node `i` to grouped neighbours of group `s`, reduced to what the per-node
/// group metrics need.
///
/// Ties to ungrouped neighbours are skipped. A self-loop is a tie to the node's own group (it is
/// one entry of an undirected row, as in the adjacency matrix bctpy works on).
struct NeighborGroupTally {
    /// `k_i = Σ_s k_is`: (weighted) ties to grouped neighbours.
    var total: [Double]
    /// `k_{i,g(i)}`: (weighted) ties to the node's own group; 0 for ungrouped nodes.
    var own: [Double]
    /// `Σ_s k_is²`.
    var sumOfSquares: [Double]
    /// `−Σ_s (k_is/k_i) ln(k_is/k_i)` over the groups with `k_is > 0`; NaN when `k_i = 0`.
    var entropy: [Double]

    /// - Complexity: O(n + m) time, O(n + groupCount) memory.
    init(_ graph: Graph, groups: [Int32], groupCount: Int, weighted: Bool, direction: DegreeDirection) {
        let n = graph.nodeCount
        let rows = TieRows(graph, direction: direction)
        total = [Double](repeating: 0, count: n)
        own = [Double](repeating: 0, count: n)
        sumOfSquares = [Double](repeating: 0, count: n)
        entropy = [Double](repeating: .nan, count: n)
        var weightByGroup = [Double](repeating: 0, count: groupCount)
        var touched: [Int] = []
        var touchedBy = [Int](repeating: -1, count: groupCount)
        for node in 0..<n {
            rows.forEachTie(of: node) { neighbor, weight in
                let group = Int(groups[neighbor])
                guard group >= 0 else { return }
                if touchedBy[group] != node {
                    touchedBy[group] = node
                    touched.append(group)
                }
                weightByGroup[group] += weighted ? weight : 1
            }
            var k = 0.0, squares = 0.0
            for group in touched {
                k += weightByGroup[group]
                squares += weightByGroup[group] * weightByGroup[group]
            }
            total[node] = k
            sumOfSquares[node] = squares
            let ownGroup = Int(groups[node])
            if ownGroup >= 0 { own[node] = weightByGroup[ownGroup] }
            if k > 0 {
                var h = 0.0
                for group in touched where weightByGroup[group] > 0 {
                    let share = weightByGroup[group] / k
                    h -= share * log(share)
                }
                entropy[node] = h
            }
            for group in touched { weightByGroup[group] = 0 }
            touched.removeAll(keepingCapacity: true)
        }
    }
}
