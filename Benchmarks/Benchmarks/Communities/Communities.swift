import Benchmark
import GraphAlgorithms
import GraphCore

/// Leiden, Louvain and modularity on a deterministic clustered random graph (20,000 nodes, about
/// 100,000 edges). Cross-library figures (igraph) live in scripts/bench/side_by_side.py --communities.
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
        let partition = try? CommunityDetection.detect(large, .init(method: .louvain))
    else { return }
    let wall = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal])

    Benchmark("leiden until stable 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? CommunityDetection.detect(large, .init(method: .leiden))) }
    }
    Benchmark("leiden 2 rounds 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? CommunityDetection.detect(large, .init(method: .leiden, iterations: 2)))
        }
    }
    Benchmark("louvain 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? CommunityDetection.detect(large, .init(method: .louvain))) }
    }
    Benchmark("modularity 20k", configuration: wall) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? Modularity.compute(large, membership: partition.membership, weighted: false))
        }
    }
}
