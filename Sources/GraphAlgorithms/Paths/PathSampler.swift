import GraphCore
import Synchronization

/// Samples uniformly random shortest paths between uniformly random node pairs and counts how
/// often each node lies inside one (the sampling step of Riondato–Kornaropoulos).
enum PathSampler {
    /// Samples per unit of work; each unit draws from its own random stream.
    static let blockSize = 128

    /// For `samples` pairs `(s, t)`, `s ≠ t`, drawn with `seed`: how many sampled paths pass
    /// through each node as an interior node. Identical for every `threads` value.
    /// - Complexity: O(samples · (n + m)) worst case; each search stops once `t` is settled.
    static func countInteriorVisits(
        _ graph: Graph, lengths: PathLengths?, samples: Int, seed: UInt64, threads: Int,
        progress: (@Sendable (Double) -> Void)?
    ) -> [Int] {
        let n = graph.nodeCount
        let blockCount = (samples + blockSize - 1) / blockSize
        let workers = max(1, min(threads, blockCount))
        let counts = SharedBuffer<Int>.allocate(count: workers * n, repeating: 0)
        defer { counts.deallocate() }
        let workerIndex = AtomicCounter()
        ArcView.with(graph, incoming: false, lengths: lengths) { forward in
            ArcView.with(graph, incoming: true, lengths: lengths) { backward in
                // Invariant for `counts`: worker w writes only row w. Integer sums do not depend on
                // which worker ran which block.
                ParallelWork.run(
                    units: blockCount, threads: workers, progress: progress,
                    makeScratch: {
                        // Only the search the lengths call for gets full-size storage.
                        let weighted = lengths != nil
                        return (
                            SingleSourcePaths(
                                nodeCount: weighted ? n : 0, arcCount: weighted ? graph.arcCount : 0,
                                maximumIntegerLength: lengths?.maximumIntegerLength),
                            BidirectionalSearch(nodeCount: weighted ? 0 : n), counts.base + workerIndex.next() * n)
                    },
                    body: { scratch, block in
                        var random = SplitMix64.stream(seed: seed, index: block)
                        let first = block * blockSize
                        for _ in first ..< min(samples, first + blockSize) {
                            let source = Int.random(in: 0 ..< n, using: &random)
                            var target = Int.random(in: 0 ..< n - 1, using: &random)
                            if target >= source { target += 1 }
                            if lengths == nil {
                                scratch.1.sampleInteriorNodes(
                                    from: source, to: target, forward: forward, backward: backward, random: &random,
                                    counts: scratch.2)
                            } else {
                                samplePath(
                                    scratch.0, from: source, to: target, forward: forward, backward: backward,
                                    random: &random, counts: scratch.2)
                            }
                        }
                    })
            }
        }
        var totals = [Int](repeating: 0, count: n)
        for worker in 0 ..< workers {
            for v in 0 ..< n { totals[v] += counts.base[worker * n + v] }
        }
        return totals
    }

    /// Weighted lengths: one Dijkstra from `source` stopped at `target`, then a uniform shortest
    /// path walked back from `target`, counting its interior nodes. (Unit lengths use the
    /// balanced ``BidirectionalSearch`` instead.)
    private static func samplePath(
        _ paths: SingleSourcePaths, from source: Int, to target: Int, forward: ArcView, backward: ArcView,
        random: inout SplitMix64, counts: UnsafeMutablePointer<Int>
    ) {
        defer { paths.reset() }
        paths.dijkstra(from: source, arcs: forward, stopAt: target)
        guard paths.distance[target] < .infinity else { return }
        let offsets = backward.offsets, predecessors = backward.targets, lengths = backward.lengths
        var w = target
        while true {
            let threshold = Double(random.next() >> 11) * 0x1p-53 * paths.sigma[w]
            var cumulative = 0.0
            var chosen = -1
            for arc in offsets[w] ..< offsets[w + 1] {
                let v = Int(predecessors[arc])
                guard v != w, paths.distance[v] + lengths[arc] == paths.distance[w] else { continue }
                chosen = v
                cumulative += paths.sigma[v]
                if cumulative > threshold { break }
            }
            // `chosen` is the last predecessor if rounding left the threshold unreached.
            guard chosen >= 0, chosen != source else { return }
            counts[chosen] += 1
            w = chosen
        }
    }
}

/// Hands out consecutive integers to the workers of one parallel section.
final class AtomicCounter: Sendable {
    private let value = Atomic<Int>(0)

    func next() -> Int {
        value.add(1, ordering: .relaxed).oldValue
    }
}
