@testable import GraphAlgorithms
import GraphCore
import Testing

/// The incremental swap scores (low points for F, dominator trees for DF, balls for reach) equal
/// the scores of the exchanged sets computed from scratch, for every exchange.
@Suite struct SwapObjectiveTests {
    /// Every exchange's objective, by brute force: the objective of the exchanged set.
    static func bruteForceBest<Objective: SwapObjective>(
        _ objective: inout Objective, members: [Int], nodeCount: Int
    ) -> [[Double]] {
        var table: [[Double]] = []
        for position in members.indices {
            var row: [Double] = []
            for v in 0..<nodeCount {
                var exchanged = members
                exchanged[position] = v
                var isMember = [Bool](repeating: false, count: nodeCount)
                for x in exchanged { isMember[x] = true }
                row.append(members.contains(v) ? -.infinity : objective.objective(members: exchanged, isMember: isMember))
            }
            table.append(row)
        }
        return table
    }

    static func check<Objective: SwapObjective>(_ make: () -> Objective, graph name: String, members: [Int], n: Int) {
        var objective = make()
        var isMember = [Bool](repeating: false, count: n)
        for x in members { isMember[x] = true }
        guard let swap = objective.bestSwap(members: members, isMember: isMember) else {
            Issue.record("\(name): no swap"); return
        }
        let table = bruteForceBest(&objective, members: members, nodeCount: n)
        let best = table.flatMap { $0 }.max() ?? -.infinity
        #expect(abs(swap.objective - best) <= 1e-9 * max(1, abs(best)), "\(name) \(members): \(swap.objective) vs \(best)")
        #expect(abs(table[swap.position][swap.incoming] - swap.objective) <= 1e-9 * max(1, abs(best)),
                "\(name) \(members): exchange \(swap.position)→\(swap.incoming) predicted \(swap.objective)")
    }

    @Test(arguments: ["karate", "tree_2_4", "grid_4x5", "disconnected_isolates", "barbell_5_3", "les_miserables", "self_loops"])
    func incrementalScoresMatchScratchScores(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        let rows = SimpleUndirectedRows(graph)
        let n = graph.nodeCount
        for candidate in [[0, n / 2], [1, n / 3, n - 1], [n - 2]] {
            var members: [Int] = []
            for x in candidate where !members.contains(x) { members.append(x) }
            Self.check({ ComponentSwapObjective(rows: rows) }, graph: name, members: members, n: n)
            Self.check({ DistanceFragmentationSwapObjective(rows: rows) }, graph: name, members: members, n: n)
            Self.check({ DistanceFragmentationSwapObjective(rows: rows, cachedNodeLimit: 0) }, graph: name, members: members, n: n)
            for steps in [1, 2, 3] {
                Self.check({ ReachSwapObjective(rows: rows, steps: steps, measure: .withinSteps) }, graph: name, members: members, n: n)
            }
            Self.check({ ReachSwapObjective(rows: rows, steps: 2, measure: .distanceWeighted) }, graph: name, members: members, n: n)
        }
    }
}
