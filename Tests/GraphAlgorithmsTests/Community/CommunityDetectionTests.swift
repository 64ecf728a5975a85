import GraphAlgorithms
import GraphCore
import Testing

/// Leiden and Louvain on the corpus: reported values recomputed independently, quality against
/// networkx's Louvain, connected communities, determinism, CPM limits and invalid parameters.
@Suite struct CommunityDetectionTests {
    static let methods: [CommunityDetection.Method] = [.leiden, .louvain]

    @Test(arguments: methods) func reportedModularityIsThePairwiseFormula(method: CommunityDetection.Method) throws {
        for fixture in try CommunityFixture.all() where !fixture.entry.edges.isEmpty {
            for weighted in [false, true] {
                let graph = try fixture.graph(weighted: weighted)
                let result = try CommunityDetection.detect(graph, .init(method: method, seed: 7, weighted: weighted))
                let expected = pairwiseModularity(fixture.entry, result.membership, weighted: weighted)
                #expect(abs(result.modularity - expected) <= 1e-12,
                    "\(fixture.name) \(method) weighted=\(weighted): \(result.modularity) vs \(expected)")
                let view = undirectedView(fixture.entry, weighted: weighted)
                let viewModularity = pairwiseModularity(view, result.membership, weighted: true)
                #expect(abs(result.quality - viewModularity) <= 1e-12,
                    "\(fixture.name) \(method) weighted=\(weighted) quality: \(result.quality) vs \(viewModularity)")
                #expect(result.membership.count == graph.nodeCount)
                #expect(result.sizes.reduce(0, +) == graph.nodeCount)
                #expect(Set(result.membership).count == result.communityCount)
            }
        }
    }

    /// Seed 1 reaches networkx's Louvain (seed 1) within 0.005 on every graph, except where igraph's
    /// Leiden (Python seed 1) misses it too: there a tiny graph has two local optima and the seed
    /// decides. The best of seeds 1–5 reaches both networkx's Louvain and igraph's Leiden everywhere.
    @Test func leidenReachesNetworkxLouvain() throws {
        for fixture in try CommunityFixture.all() where !fixture.entry.edges.isEmpty {
            for weighted in [false, true] {
                let suffix = weighted ? "weighted" : "unweighted"
                let louvain = try #require(fixture.reference["networkx_louvain_" + suffix] ?? nil, "\(fixture.name)")
                let igraph = try #require(fixture.reference["igraph_leiden_" + suffix] ?? nil, "\(fixture.name)")
                let graph = try fixture.graph(weighted: weighted)
                let qualities = try (1...5).map { (seed: UInt64) in
                    try CommunityDetection.detect(graph, .init(seed: seed, weighted: weighted)).quality
                }
                if igraph >= louvain - 0.005 {
                    #expect(qualities[0] >= louvain - 0.005,
                        "\(fixture.name) \(suffix): Leiden \(qualities[0]) vs networkx Louvain \(louvain)")
                }
                let best = qualities.max() ?? -1
                #expect(best >= max(louvain, igraph) - 0.005,
                    "\(fixture.name) \(suffix): best Leiden \(best) vs networkx Louvain \(louvain), igraph Leiden \(igraph)")
            }
        }
    }

    @Test func leidenCommunitiesAreConnected() throws {
        for fixture in try CommunityFixture.all() {
            for objective in CommunityDetection.Objective.allCases {
                for seed: UInt64 in 1...3 {
                    let graph = try fixture.graph(weighted: true)
                    let options = CommunityDetection.Options(
                        objective: objective, resolution: objective == .cpm ? 0.05 : 1, seed: seed, weighted: true)
                    let result = try CommunityDetection.detect(graph, options)
                    #expect(everyCommunityIsConnected(graph, result.membership), "\(fixture.name) \(objective) seed \(seed)")
                }
            }
        }
    }

    @Test(arguments: methods) func sameSeedSameMembership(method: CommunityDetection.Method) throws {
        let graph = try CommunityFixture.load("les_miserables").graph(weighted: true)
        let options = CommunityDetection.Options(method: method, seed: 42, weighted: true)
        let first = try CommunityDetection.detect(graph, options)
        let second = try CommunityDetection.detect(graph, options)
        #expect(first == second)
    }

    @Test(arguments: methods) func karateModularityIsHigh(method: CommunityDetection.Method) throws {
        let graph = try CommunityFixture.load("karate").graph(weighted: false)
        for seed: UInt64 in 1...5 {
            let result = try CommunityDetection.detect(graph, .init(method: method, seed: seed))
            #expect(result.modularity >= (method == .leiden ? 0.41 : 0.40), "\(method) seed \(seed): \(result.modularity)")
        }
    }

    /// Two triangles joined by a bridge: the two triangles, Q = 2 · (3/7 − (7/14)²) = 5/14; with a
    /// weighted bridge of 10 the bridge's ends pull together instead.
    @Test(arguments: methods) func twoTrianglesByHand(method: CommunityDetection.Method) throws {
        var builder = try GraphBuilder(nodeCount: 6, directed: false)
        for (u, v) in [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)] { try builder.addEdge(u, v) }
        try builder.addEdge(2, 3, weight: 10)
        let graph = builder.build(parallelEdges: .sum)
        let plain = try CommunityDetection.detect(graph, .init(method: method))
        #expect(plain.membership == [0, 0, 0, 1, 1, 1])
        #expect(abs(plain.modularity - 5.0 / 14.0) <= 1e-15)
        #expect(plain.sizePerNode == [3, 3, 3, 3, 3, 3])
        let weighted = try CommunityDetection.detect(graph, .init(method: method, weighted: true))
        #expect(weighted.membership[2] == weighted.membership[3])
        let expected = pairwiseModularity(
            Fixtures.Entry(name: "", description: "", directed: false, n: 6,
                edges: [[0, 1, 1], [1, 2, 1], [2, 0, 1], [3, 4, 1], [4, 5, 1], [5, 3, 1], [2, 3, 10]]),
            weighted.membership, weighted: true)
        #expect(abs(weighted.modularity - expected) <= 1e-12)
    }

    @Test func membershipIsNumberedBySmallestNode() throws {
        let graph = try CommunityFixture.load("caveman_4_5").graph(weighted: false)
        let result = try CommunityDetection.detect(graph, .init(seed: 3))
        var next: Int32 = 0
        for label in result.membership {
            #expect(label <= next)
            if label == next { next += 1 }
        }
        #expect(result.communityCount == 4)
    }

    @Test(arguments: methods) func cpmWithHighResolutionGivesSingletons(method: CommunityDetection.Method) throws {
        for name in ["karate", "les_miserables", "self_loops", "directed_er_30"] {
            let graph = try CommunityFixture.load(name).graph(weighted: true)
            let options = CommunityDetection.Options(method: method, objective: .cpm, resolution: 1000, weighted: true)
            let result = try CommunityDetection.detect(graph, options)
            #expect(result.communityCount == graph.nodeCount, "\(name) \(method)")
            let expected = try Modularity.constantPottsQuality(graph, membership: result.membership, resolution: 1000, weighted: true)
            #expect(abs(result.quality - expected) <= 1e-9, "\(name) \(method) quality")
        }
    }

    @Test(arguments: methods) func cpmWithResolutionZeroGivesTheComponents(method: CommunityDetection.Method) throws {
        for fixture in try CommunityFixture.all() {
            let graph = try fixture.graph(weighted: true)
            let result = try CommunityDetection.detect(graph, .init(method: method, objective: .cpm, resolution: 0, weighted: true))
            let components = Components.weak(graph)
            #expect(result.membership.map(Int.init) == components.labels, "\(fixture.name) \(method)")
        }
    }

    @Test func graphsWithoutTies() throws {
        for n in [0, 1, 5] {
            let graph = try GraphBuilder(nodeCount: n, directed: false).build(parallelEdges: .sum)
            for method in Self.methods {
                let result = try CommunityDetection.detect(graph, .init(method: method))
                #expect(result.communityCount == n)
                #expect(n == 0 || result.modularity.isNaN)
            }
        }
    }

    @Test func fixedIterationCount() throws {
        let graph = try CommunityFixture.load("powerlaw_80").graph(weighted: false)
        let one = try CommunityDetection.detect(graph, .init(iterations: 1))
        let two = try CommunityDetection.detect(graph, .init(iterations: 2))
        let stable = try CommunityDetection.detect(graph, .init(iterations: -1))
        #expect(one.iterations == 1)
        #expect(two.iterations == 2)
        #expect(stable.iterations >= 2)
        #expect(stable.modularity >= one.modularity - 1e-12)
    }

    @Test func invalidParametersThrow() throws {
        let graph = try CommunityFixture.load("karate").graph(weighted: false)
        for resolution in [-0.1, .nan, .infinity] {
            #expect(throws: AlgorithmError.self) { try CommunityDetection.detect(graph, .init(resolution: resolution)) }
        }
        var builder = try GraphBuilder(nodeCount: 3, directed: false)
        try builder.addEdge(0, 1, weight: 2)
        try builder.addEdge(1, 2, weight: -1)
        let negative = builder.build(parallelEdges: .sum)
        #expect(throws: AlgorithmError.self) { try CommunityDetection.detect(negative, .init(weighted: true)) }
        #expect(try CommunityDetection.detect(negative, .init(weighted: false)).communityCount >= 1)
        for iterations in [0, -2] {
            #expect(throws: AlgorithmError.self) { try CommunityDetection.detect(graph, .init(iterations: iterations)) }
        }
    }
}

/// The undirected view detection works on, as an edge list: every arc of a directed graph becomes an
/// edge (so `u → v` and `v → u` add up), weighted 1 per distinct arc when unweighted.
func undirectedView(_ entry: Fixtures.Entry, weighted: Bool) -> Fixtures.Entry {
    var edges: [[Double]] = []
    var seen = Set<[Double]>()
    for edge in entry.edges {
        if weighted {
            edges.append(edge)
        } else if entry.directed ? seen.insert([edge[0], edge[1]]).inserted
            : seen.insert([min(edge[0], edge[1]), max(edge[0], edge[1])]).inserted {
            edges.append([edge[0], edge[1], 1])
        }
    }
    return Fixtures.Entry(name: entry.name, description: entry.description, directed: false, n: entry.n, edges: edges)
}
