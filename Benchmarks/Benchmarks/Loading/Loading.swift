import Benchmark
import Foundation
import GraphAlgorithms
import NetworkAnalysis
import NetworkIO

/// Reading an edges CSV into a network and projecting it to a graph.
/// The file (100,000 ties among 20,000 string ids, deterministic) is written once to the temporary folder.
let benchmarks: @Sendable () -> Void = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-loading-100k.csv").path
    if !FileManager.default.fileExists(atPath: path) {
        var random = SplitMix64(seed: 7)
        var text = "source,target\n"
        for _ in 0..<100_000 { text += "n\(random.next() % 20_000),n\(random.next() % 20_000)\n" }
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
    }
    var options = ImportOptions()
    options.edgesPath = path

    Benchmark("load 100k-tie edges CSV", configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident])) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? NetworkLoader.load(path: nil, options: options))
        }
    }

    Benchmark("load and project to CSR", configuration: .init(metrics: [.wallClock, .peakMemoryResident])) { benchmark in
        for _ in benchmark.scaledIterations {
            if let result = try? NetworkLoader.load(path: nil, options: options) {
                blackHole(GraphProjection().project(result.network).graph)
            }
        }
    }
}
