import GraphAlgorithms
import GraphCore
import Testing

/// The optimised exact kernel against a plain Brandes written for clarity, bit for bit.
///
/// The reference keeps the summation order the library documents: σ adds parents in breadth-first
/// order; δ(v) = σ(v) · Σ (1 + δ(w)) / σ(w) over the successors `w` of `v` in adjacency order (one
/// term per arc, so parallel arcs count twice); each source block sums its sources in ascending
/// order and blocks are summed in order. Equal inputs in that order give equal `Double`s, so the
/// comparison is `==`, not a tolerance.
@Suite struct BetweennessKernelTests {
    /// Plain Brandes (2001) with distance arrays and successor tests `d(w) == d(v) + 1`.
    static func reference(_ graph: Graph, normalized: Bool, endpoints: Bool) -> [Double] {
        let n = graph.nodeCount
        guard n > 0 else { return [] }
        let blockCount = max(1, min(n, 64, (1 << 24) / n))
        var values = [Double](repeating: 0, count: n)
        var rows = [[Double]](repeating: [Double](repeating: 0, count: n), count: blockCount)
        for block in 0 ..< blockCount {
            for source in (block * n / blockCount) ..< ((block + 1) * n / blockCount) {
                var distance = [Int](repeating: -1, count: n)
                var sigma = [Double](repeating: 0, count: n)
                var delta = [Double](repeating: 0, count: n)
                var order: [Int] = [source]
                distance[source] = 0
                sigma[source] = 1
                var head = 0
                while head < order.count {
                    let v = order[head]
                    head += 1
                    for w in graph.outNeighbors(of: v).map(Int.init) {
                        if distance[w] < 0 {
                            distance[w] = distance[v] + 1
                            sigma[w] = sigma[v]
                            order.append(w)
                        } else if distance[w] == distance[v] + 1 {
                            sigma[w] += sigma[v]
                        }
                    }
                }
                for v in order.reversed() {
                    var sum = 0.0
                    for w in graph.outNeighbors(of: v).map(Int.init) where distance[w] == distance[v] + 1 {
                        sum += (1 + delta[w]) / sigma[w]
                    }
                    delta[v] = sigma[v] * sum
                    if v != source { rows[block][v] += endpoints ? delta[v] + 1 : delta[v] }
                }
                if endpoints { rows[block][source] += Double(order.count - 1) }
            }
        }
        for block in 0 ..< blockCount {
            for v in 0 ..< n { values[v] += rows[block][v] }
        }
        let pairs = endpoints ? n : n - 1
        if pairs >= 2 {
            let scale = normalized ? 1 / (Double(pairs) * Double(pairs - 1)) : (graph.isDirected ? 1 : 0.5)
            if scale != 1 {
                for v in 0 ..< n { values[v] *= scale }
            }
        }
        return values
    }

    /// A random multigraph: clustered attachment, some parallel arcs and self-loops, some isolates.
    static func randomGraph(nodes: Int, arcsPerNode: Int, directed: Bool, seed: UInt64) throws -> Graph {
        var random = SplitMix64(seed: seed)
        var builder = try GraphBuilder(nodeCount: nodes, directed: directed)
        for v in 1 ..< max(nodes - 3, 1) {
            for _ in 0 ..< arcsPerNode {
                let reach = random.next() % 4 == 0 ? v : min(v, 6)
                let u = v - 1 - Int(random.next() % UInt64(reach))
                if random.next() % 2 == 0 { try builder.addEdge(v, u) } else { try builder.addEdge(u, v) }
                if random.next() % 29 == 0 { try builder.addEdge(v, u) }
                if random.next() % 31 == 0 { try builder.addEdge(v, v) }
            }
        }
        return builder.build()
    }

    @Test(arguments: [false, true]) func matchesReferenceBitForBit(directed: Bool) throws {
        for seed: UInt64 in 1 ... 12 {
            let nodes = 5 + Int(seed * 37 % 160)
            let graph = try Self.randomGraph(nodes: nodes, arcsPerNode: 1 + Int(seed % 4), directed: directed, seed: seed)
            for (normalized, endpoints) in [(true, false), (false, false), (true, true)] {
                let expected = Self.reference(graph, normalized: normalized, endpoints: endpoints)
                for threads in [1, 2, 3] {
                    let values = try Betweenness.exact(
                        graph, normalized: normalized, endpoints: endpoints, threads: threads)
                    #expect(values == expected, "seed \(seed), \(nodes) nodes, threads \(threads)")
                }
            }
        }
    }

    /// The corpus graphs too, with the fixture's node order.
    @Test(arguments: BetweennessTests.graphNames) func corpusMatchesReference(name: String) throws {
        let graph = try Fixtures.entry(name).graph()
        #expect(try Betweenness.exact(graph) == Self.reference(graph, normalized: true, endpoints: false), "\(name)")
        #expect(
            try Betweenness.exact(graph, endpoints: true) == Self.reference(graph, normalized: true, endpoints: true),
            "\(name) endpoints")
    }

    /// Searches deeper than 254 levels (a path, a directed cycle) run one source at a time instead of eight
    /// per pass, with the same values.
    @Test(arguments: [false, true]) func deepGraphsMatchReference(directed: Bool) throws {
        var builder = try GraphBuilder(nodeCount: 300, directed: directed)
        for v in 0 ..< 299 { try builder.addEdge(v, v + 1) }
        if directed { try builder.addEdge(299, 0) }
        try builder.addEdge(0, 2)
        let graph = builder.build()
        for endpoints in [false, true] {
            let values = try Betweenness.exact(graph, normalized: false, endpoints: endpoints, threads: 2)
            #expect(values == Self.reference(graph, normalized: false, endpoints: endpoints))
        }
    }

    /// Path counts past 2⁵³ (where a `Double` sum may depend on its order, so such passes run one source at a
    /// time): layers of three nodes, each tied to a random non-empty set of the next layer's, so counts grow
    /// about 2.4-fold per layer and differ.
    @Test func hugePathCountsMatchReference() throws {
        var random = SplitMix64(seed: 53)
        let layers = 70
        var builder = try GraphBuilder(nodeCount: 3 * layers, directed: false)
        for layer in 0 ..< layers - 1 {
            for to in 0 ..< 3 {
                var tied = false
                for from in 0 ..< 3 where random.next() % 3 != 0 || (from == 2 && !tied) {
                    try builder.addEdge(3 * layer + from, 3 * (layer + 1) + to)
                    tied = true
                }
            }
        }
        let graph = builder.build()
        for endpoints in [false, true] {
            let values = try Betweenness.exact(graph, normalized: true, endpoints: endpoints, threads: 1)
            #expect(values == Self.reference(graph, normalized: true, endpoints: endpoints))
        }
    }
}
