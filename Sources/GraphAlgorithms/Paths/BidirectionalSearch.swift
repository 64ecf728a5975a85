/// One worker's scratch for a balanced bidirectional breadth-first search between two nodes
/// that draws one shortest path uniformly at random (unit lengths only).
///
/// The search grows a forward ball from `s` (out-arcs) and a backward ball from `t` (in-arcs),
/// always expanding the whole next level of the side whose frontier has fewer arcs to scan,
/// counting shortest paths (σ) on both sides, and stops after the level in which the balls first
/// touch. Every node found in that level that the other side had already reached lies on a
/// shortest path at the other side's last level, so `σ_st = Σ_meeting σ_s(w) σ_t(w)`. On
/// small-world graphs each search touches about √m arcs instead of m.
///
/// Reference: M. Borassi, E. Natale, "KADABRA is an ADaptive Algorithm for Betweenness via
/// Random Approximation", ESA 2016, https://doi.org/10.4230/LIPIcs.ESA.2016.20 (balanced
/// bidirectional BFS for path sampling).
final class BidirectionalSearch {
    private let forwardHops: UnsafeMutablePointer<Int32>
    private let backwardHops: UnsafeMutablePointer<Int32>
    private let forwardSigma: UnsafeMutablePointer<Double>
    private let backwardSigma: UnsafeMutablePointer<Double>
    private var touched: [Int32] = []
    private var forwardFrontier: [Int32] = []
    private var backwardFrontier: [Int32] = []
    private var nextFrontier: [Int32] = []
    private var meeting: [Int32] = []

    init(nodeCount: Int) {
        let capacity = max(nodeCount, 1)
        forwardHops = .allocate(capacity: capacity)
        forwardHops.initialize(repeating: -1, count: capacity)
        backwardHops = .allocate(capacity: capacity)
        backwardHops.initialize(repeating: -1, count: capacity)
        forwardSigma = .allocate(capacity: capacity)
        forwardSigma.initialize(repeating: 0, count: capacity)
        backwardSigma = .allocate(capacity: capacity)
        backwardSigma.initialize(repeating: 0, count: capacity)
    }

    deinit {
        forwardHops.deallocate()
        backwardHops.deallocate()
        forwardSigma.deallocate()
        backwardSigma.deallocate()
    }

    /// Draws a uniformly random shortest path from `source` to `target` (distinct) and adds 1 to
    /// `counts` for each of its interior nodes; does nothing if `target` is unreachable.
    /// O(arcs scanned by the two balls).
    func sampleInteriorNodes(
        from source: Int, to target: Int, forward: ArcView, backward: ArcView, random: inout SplitMix64,
        counts: UnsafeMutablePointer<Int>
    ) {
        defer { reset() }
        forwardHops[source] = 0
        forwardSigma[source] = 1
        backwardHops[target] = 0
        backwardSigma[target] = 1
        touched.append(Int32(truncatingIfNeeded: source))
        touched.append(Int32(truncatingIfNeeded: target))
        forwardFrontier.removeAll(keepingCapacity: true)
        forwardFrontier.append(Int32(truncatingIfNeeded: source))
        backwardFrontier.removeAll(keepingCapacity: true)
        backwardFrontier.append(Int32(truncatingIfNeeded: target))
        var forwardCost = forward.offsets[source + 1] - forward.offsets[source]
        var backwardCost = backward.offsets[target + 1] - backward.offsets[target]
        while meeting.isEmpty {
            if forwardFrontier.isEmpty || backwardFrontier.isEmpty { return }
            if forwardCost <= backwardCost {
                forwardCost = expand(
                    &forwardFrontier, arcs: forward, hops: forwardHops, sigma: forwardSigma, otherHops: backwardHops)
            } else {
                backwardCost = expand(
                    &backwardFrontier, arcs: backward, hops: backwardHops, sigma: backwardSigma,
                    otherHops: forwardHops)
            }
        }
        // Choose the meeting node w with probability σ_s(w) σ_t(w) / σ_st.
        var total = 0.0
        for w in meeting { total += forwardSigma[Int(w)] * backwardSigma[Int(w)] }
        let threshold = uniform(&random) * total
        var cumulative = 0.0
        var middle = Int(meeting[meeting.count - 1])
        for w in meeting {
            cumulative += forwardSigma[Int(w)] * backwardSigma[Int(w)]
            if cumulative > threshold { middle = Int(w); break }
        }
        if middle != source && middle != target { counts[middle] += 1 }
        walk(from: middle, towards: source, arcs: backward, hops: forwardHops, sigma: forwardSigma, random: &random,
             counts: counts)
        walk(from: middle, towards: target, arcs: forward, hops: backwardHops, sigma: backwardSigma, random: &random,
             counts: counts)
    }

    /// Expands one whole level of one side; records meeting nodes (already in `touched`, found
    /// by the other side); returns the arcs the new
    /// frontier would scan.
    private func expand(
        _ frontier: inout [Int32], arcs: ArcView, hops: UnsafeMutablePointer<Int32>,
        sigma: UnsafeMutablePointer<Double>, otherHops: UnsafeMutablePointer<Int32>
    ) -> Int {
        let offsets = arcs.offsets, targets = arcs.targets
        nextFrontier.removeAll(keepingCapacity: true)
        var cost = 0
        for u in frontier {
            let u = Int(u)
            let nextHop = hops[u] + 1
            let sigmaU = sigma[u]
            for arc in offsets[u] ..< offsets[u + 1] {
                let w = Int(targets[arc])
                let hw = hops[w]
                if hw < 0 {
                    hops[w] = nextHop
                    sigma[w] = sigmaU
                    nextFrontier.append(Int32(truncatingIfNeeded: w))
                    if otherHops[w] < 0 {
                        touched.append(Int32(truncatingIfNeeded: w))
                    } else {
                        meeting.append(Int32(truncatingIfNeeded: w))
                    }
                    cost += offsets[w + 1] - offsets[w]
                } else if hw == nextHop {
                    sigma[w] += sigmaU
                }
            }
        }
        swap(&frontier, &nextFrontier)
        return cost
    }

    /// Walks from `start` to `end` (the root of the side described by `hops`, `sigma`), choosing
    /// each next node `v` one level closer with probability `σ(v) / σ(current)`, counting interior nodes.
    private func walk(
        from start: Int, towards end: Int, arcs: ArcView, hops: UnsafeMutablePointer<Int32>,
        sigma: UnsafeMutablePointer<Double>, random: inout SplitMix64, counts: UnsafeMutablePointer<Int>
    ) {
        let offsets = arcs.offsets, targets = arcs.targets
        var current = start
        while current != end {
            let wanted = hops[current] - 1
            let threshold = uniform(&random) * sigma[current]
            var cumulative = 0.0
            var chosen = -1
            for arc in offsets[current] ..< offsets[current + 1] {
                let v = Int(targets[arc])
                guard hops[v] == wanted, wanted >= 0 else { continue }
                chosen = v
                cumulative += sigma[v]
                if cumulative > threshold { break }
            }
            guard chosen >= 0 else { return }
            if chosen != end { counts[chosen] += 1 }
            current = chosen
        }
    }

    private func uniform(_ random: inout SplitMix64) -> Double {
        Double(random.next() >> 11) * 0x1p-53
    }

    private func reset() {
        for v in touched {
            let v = Int(v)
            forwardHops[v] = -1
            backwardHops[v] = -1
            forwardSigma[v] = 0
            backwardSigma[v] = 0
        }
        touched.removeAll(keepingCapacity: true)
        meeting.removeAll(keepingCapacity: true)
    }
}
