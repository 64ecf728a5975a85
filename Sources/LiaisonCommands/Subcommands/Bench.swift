import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphCore
import NetworkAnalysis
import NetworkIO

extension LiaisonCommand {
    /// `liaison bench FILE`: in-process kernel timings for scripts/bench/side_by_side.py (hidden).
    public struct Bench: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Time loading and the main kernels on an edges CSV (for the side-by-side benchmark script).",
            shouldDisplay: false)

        @Argument(help: "An edges CSV (source,target).")
        public var file: String

        @Option(help: "Comma-separated: load, betweenness, harmonic, closeness, closeness-sampled, pagerank, kcore, clustering, leiden, louvain.")
        public var metrics: String = "load,betweenness,harmonic,pagerank,kcore"

        @Option(name: .customLong("repeat"), help: "Runs per kernel; the best is printed (one run for betweenness and closeness).")
        public var runs: Int = 5

        @Option(help: "Seed of the leiden and louvain kernels.")
        public var seed: UInt64 = 1

        @Option(help: "Rounds of the leiden kernel (-1: until a round changes nothing).")
        public var iterations: Int = -1

        @Option(help: "Worker threads.")
        public var threads: Int = Parallelism.defaultThreadCount

        public init() {}

        public func run() throws {
            let wanted = Set(metrics.split(separator: ","))
            var options = ImportOptions()
            options.edgesPath = file
            func load() throws -> Graph {
                do {
                    let result = try NetworkLoader.load(path: nil, options: options)
                    return GraphProjection().project(result.network).graph
                } catch {
                    CommandContext.printError(error.description)
                    throw LiaisonExitCode.dataError
                }
            }
            func time(_ name: String, runs: Int, _ body: () throws -> Void) rethrows {
                var best = Duration.seconds(1_000_000)
                for _ in 0..<max(1, runs) {
                    let elapsed = try ContinuousClock().measure(body)
                    best = min(best, elapsed)
                }
                let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
                print("liaison \(name) \(seconds)")
            }
            var graph = try load()
            if wanted.contains("load") { try time("load", runs: 3) { graph = try load() } }
            let arcBytes = graph.outTargets.count * 4 + graph.outWeights.count * 8
            let nodeBytes = graph.outOffsets.count * 8 * (graph.isDirected ? 2 : 1)
            print("graph: \(graph.nodeCount) nodes, \(graph.edgeCount) edges, \(arcBytes + nodeBytes) bytes "
                + "(\(Double(arcBytes) / Double(max(1, graph.arcCount))) per arc, "
                + "\(Double(nodeBytes) / Double(max(1, graph.nodeCount))) per node), threads \(threads)")
            if wanted.contains("betweenness") {
                try time("betweenness", runs: 1) { _ = try Betweenness.exact(graph, threads: threads) }
            }
            if wanted.contains("harmonic") {
                try time("harmonic", runs: runs) { _ = try Harmonic.centrality(graph, threads: threads) }
            }
            if wanted.contains("closeness") {
                try time("closeness", runs: 1) { _ = try Closeness.centrality(graph, threads: threads) }
            }
            if wanted.contains("closeness-sampled") {
                try time("closeness-sampled", runs: runs) { _ = try Closeness.estimated(graph, threads: threads) }
            }
            if wanted.contains("pagerank") {
                try time("pagerank", runs: runs * 10) { _ = try PageRank.compute(graph, weighted: false, threads: threads) }
            }
            if wanted.contains("kcore") { time("kcore", runs: runs * 10) { _ = CoreNumber.compute(graph) } }
            if wanted.contains("clustering") { time("clustering", runs: runs * 10) { _ = Clustering.local(graph, threads: threads) } }
            for method in CommunityDetection.Method.allCases where wanted.contains(Substring(method.rawValue)) {
                var result: CommunityPartition?
                try time(method.rawValue, runs: runs) {
                    let rounds = method == .leiden ? iterations : -1
                    result = try CommunityDetection.detect(graph, .init(method: method, seed: seed, iterations: rounds))
                }
                if let result {
                    print("liaison \(method.rawValue)_modularity \(result.modularity)")
                    print("liaison \(method.rawValue)_communities \(result.communityCount)")
                }
            }
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print("peak RSS: \(usage.ru_maxrss / 1024) MB")
        }
    }
}
