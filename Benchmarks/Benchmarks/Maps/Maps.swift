import Benchmark
import GraphAlgorithms
import GraphvizRendering
import NetworkMaps
import NetworkModel

/// Liaison's share of drawing a map against Graphviz's layout: the DOT text for a 5,000-node,
/// 20,000-tie network, and the sfdp layout and SVG rendering of it (target: the first under 10 % of the second).
let benchmarks: @Sendable () -> Void = {
    var network = Network()
    var random = SplitMix64(seed: 11)
    func next() -> UInt64 { random.next() }
    let kinds: [NodeKind] = [.person, .person, .person, .organization, .initiative, .practice, .event]
    for i in 0..<5_000 {
        _ = try? network.addNode(Node(id: "n\(i)", label: "Node \(i)", kind: kinds[i % kinds.count], attributes: ["city": "c\(i % 6)"]))
    }
    for _ in 0..<20_000 {
        let u = Int32(next() % 5_000), v = Int32(next() % 5_000)
        try? network.addTie(Tie(source: u, target: v, kind: .collaboratesWith, weight: Double(1 + next() % 4)))
    }
    let sizes = (0..<5_000).map { Double(($0 * 7919) % 1000) / 1000 }
    let map = NetworkMap(network: network, options: MapOptions(
        title: "Benchmark", size: MapMetric(name: "betweenness", values: sizes), engine: .sfdp))

    Benchmark("map DOT 5k nodes 20k ties", configuration: .init(metrics: [.wallClock, .mallocCountTotal])) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? map.dotText()) }
    }
    let dot = (try? map.dotText()) ?? ""
    Benchmark("sfdp layout and SVG 5k nodes 20k ties", configuration: .init(metrics: [.wallClock], maxDuration: .seconds(60), maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try? Graphviz.render(dot: dot, engine: .sfdp, format: .svg)) }
    }
}
