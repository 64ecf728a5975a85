import Benchmark
import GraphAlgorithms
import GraphCore

/// The main kernels on a deterministic clustered random graph (20,000 nodes, about 100,000 edges),
/// and exact betweenness on both (the 2,000-node one also on one thread). Cross-library ratios live in scripts/bench/side_by_side.py.
let benchmarks: @Sendable () -> Void = {
    func graph(nodes: Int, edgesPerNode: Int, seed: UInt64) -> Graph? {
        var random = SplitMix64(seed: seed)
        guard var builder = try? GraphBuilder(nodeCount: nodes, directed: false) else { return nil }
        for v in 1..<nodes {
            for _ in 0..<edgesPerNode {
                // Attach mostly to recent nodes (clustered), sometimes anywhere (hubs form early).
                let reach = Int(random.next() % 4) == 0 ? v : min(v, 50)
                let u = v - 1 - Int(random.next() % UInt64(reach))
                try? builder.addEdge(v, u)
            }
        }
        return builder.build()
    }
    guard let large = graph(nodes: 20_000, edgesPerNode: 5, seed: 7),
        let small = graph(nodes: 2_000, edgesPerNode: 5, seed: 7)
    else { return }
    let wall = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal])

    Benchmark("harmonic 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? Harmonic.centrality(large)) }
    }
    // 256 sources per pass, exact (every node a source) and sampled (the 9,056 pivots of the default at
    // 200,000 nodes would be too slow for a suite; 1,945 pivots (ε = 0.06) keep it short).
    Benchmark("harmonic 20k, sampled 1,945 sources", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? Closeness.estimated(large, epsilon: 0.06)) }
    }
    Benchmark("pagerank 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? PageRank.compute(large, weighted: false)) }
    }
    Benchmark("core number 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(CoreNumber.compute(large)) }
    }
    Benchmark("local clustering 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Clustering.local(large)) }
    }
    Benchmark("exact betweenness 2k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? Betweenness.exact(small)) }
    }
    // One thread: the per-core cost of the unit-length Brandes kernel, free of scheduling noise.
    Benchmark("exact betweenness 2k, 1 thread", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? Betweenness.exact(small, threads: 1)) }
    }
    // The size of the side-by-side graph (issue 18 compares it with igraph); some 10 s a run, so few runs.
    Benchmark(
        "exact betweenness 20k",
        configuration: .init(metrics: [.wallClock], maxDuration: .seconds(60), maxIterations: 3)
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? Betweenness.exact(large)) }
    }
}
