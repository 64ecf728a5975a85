import GraphAlgorithms
import GraphCore
import Testing

/// The two-step columns on a graph large enough to split into several blocks of work: the same for
/// one and two threads, and equal to a direct count from the distance-2 sets.
@Suite struct GroupReachParallelTests {
    @Test(arguments: [false, true]) func blocksAgreeWithADirectCount(directed: Bool) throws {
        let n = 600
        var random = SplitMix64(seed: directed ? 11 : 10)
        var builder = try GraphBuilder(nodeCount: n, directed: directed)
        var adjacency = [Set<Int>](repeating: [], count: n)
        for _ in 0..<1_500 {
            let u = Int(random.next() % UInt64(n)), v = Int(random.next() % UInt64(n))
            try builder.addEdge(u, v, weight: 1)
            adjacency[u].insert(v)
            if !directed { adjacency[v].insert(u) }
        }
        let g = builder.build(parallelEdges: .sum, weighted: false)
        let groups = (0..<n).map { Int32($0 % 11 == 0 ? -1 : $0 % 5) }
        let one = try GroupReach.compute(g, groups: groups, groupCount: 5, threads: 1)
        let two = try GroupReach.compute(g, groups: groups, groupCount: 5, threads: 2)
        #expect(one == two)
        for ego in 0..<n {
            let first = adjacency[ego].subtracting([ego])
            let second = first.union(first.flatMap { adjacency[$0] }).subtracting([ego])
            let groupsOf = { (nodes: Set<Int>) in Set(nodes.map { groups[$0] }.filter { $0 >= 0 }).count }
            #expect(one.groupsInOneStep[ego] == groupsOf(first), "node \(ego)")
            #expect(one.groupsInTwoSteps[ego] == groupsOf(second), "node \(ego)")
            #expect(one.twoStepReach[ego] == Double(second.count) / Double(n - 1), "node \(ego)")
        }
    }
}
