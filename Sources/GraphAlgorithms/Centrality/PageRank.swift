import GraphCore

/// PageRank by networkx's power iteration (`_pagerank_scipy`), step for step.
///
/// Definition: the stationary distribution of a random surfer who, with probability `alpha`,
/// follows an out-arc chosen in proportion to its weight and otherwise jumps to a node drawn from
/// the personalisation vector `p`; from a node without out-arcs (dangling) the surfer always jumps
/// according to `p` (networkx's default `dangling = personalization`).
///
/// Iteration (replicated so results agree with networkx to rounding): `P_uv = w_uv / s_u` with
/// `s_u` the out-strength; `x₀ = 1/n`;
/// `x ← alpha · (xᵀP + (Σ_{dangling u} x_u) · p) + (1 − alpha) · p`; stop when
/// `Σ_v |x_v − x_last,v| < n · tolerance`, else throw after `maxIterations`. No final
/// renormalisation. Each node pulls from its in-arcs in increasing source order, as scipy's
/// `x @ A` sums. Undirected edges count in both directions; a self-loop is one arc (its weight
/// enters the row sum once); parallel ties have been summed by ``GraphBuilder``. Disconnected
/// graphs and isolates need no special case: isolates are dangling.
///
/// - Complexity: O(k · (n + m)) for k iterations (k ≤ `maxIterations`), O(n + m) extra memory
///   for the transition probabilities; the multiplication runs in parallel over nodes on large
///   graphs.
///
/// Reference: S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine",
/// Computer Networks and ISDN Systems 30(1–7), 107–117 (1998), doi:10.1016/S0169-7552(98)00110-X.
public enum PageRank {
    /// - Parameters:
    ///   - alpha: damping factor, strictly between 0 and 1 (networkx default 0.85).
    ///   - personalization: one non-negative weight per node (missing nodes of a networkx dict are
    ///     0 here); normalised to sum 1. `nil` means uniform. Also receives the dangling mass.
    ///   - weighted: use tie strengths (networkx's default `weight="weight"`); `false` treats every
    ///     arc as 1.
    ///   - maxIterations: at least 1 (default 100). tolerance: finite, non-negative (default 1e-6).
    ///   - threads: worker threads for the pull step (default: active processors); at least 1. The result
    ///     does not depend on it.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for bad parameters
    ///   (including an all-zero personalisation, where networkx raises `ZeroDivisionError`) and
    ///   ``AlgorithmError/notConverged(iterations:)``.
    public static func compute(
        _ graph: Graph, alpha: Double = 0.85, personalization: [Double]? = nil, weighted: Bool = true,
        maxIterations: Int = 100, tolerance: Double = 1e-6, threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> [Double] {
        try ParallelWork.validate(threads: threads)
        guard alpha > 0, alpha < 1 else {
            throw .invalidParameter(name: "alpha", value: "\(alpha)", reason: "must be strictly between 0 and 1")
        }
        guard maxIterations >= 1 else {
            throw .invalidParameter(name: "maxIterations", value: "\(maxIterations)", reason: "must be at least 1")
        }
        guard tolerance >= 0, tolerance.isFinite else {
            throw .invalidParameter(name: "tolerance", value: "\(tolerance)", reason: "must be finite and non-negative")
        }
        let n = graph.nodeCount
        let jump = try jumpVector(personalization, nodeCount: n)
        if n == 0 { return [] }

        let (probabilities, dangling) = transitionProbabilities(graph, weighted: weighted)
        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        for _ in 0..<maxIterations {
            var danglingMass = 0.0
            for u in dangling { danglingMass += x[u] }
            pull(graph, probabilities: probabilities, from: x, into: &next, threads: threads)
            var error = 0.0
            for v in 0..<n {
                let value = alpha * (next[v] + danglingMass * jump[v]) + (1 - alpha) * jump[v]
                error += abs(value - x[v])
                next[v] = value
            }
            swap(&x, &next)
            if error < threshold { return x }
        }
        throw .notConverged(iterations: maxIterations)
    }

    /// The normalised personalisation (uniform when nil).
    private static func jumpVector(_ personalization: [Double]?, nodeCount n: Int) throws(AlgorithmError) -> [Double] {
        guard let personalization else { return [Double](repeating: 1.0 / Double(max(n, 1)), count: n) }
        guard personalization.count == n else {
            throw .invalidParameter(
                name: "personalization", value: "\(personalization.count) values",
                reason: "needs one value per node (\(n))")
        }
        var total = 0.0
        for value in personalization {
            guard value >= 0, value.isFinite else {
                throw .invalidParameter(
                    name: "personalization", value: "\(value)", reason: "values must be finite and non-negative")
            }
            total += value
        }
        guard total > 0 else {
            throw .invalidParameter(name: "personalization", value: "all zero", reason: "needs a positive value")
        }
        return personalization.map { $0 / total }
    }

    /// `P_uv = (1/s_u) · w_uv` stored on the in-arcs (parallel to `inTargets`), and the dangling nodes.
    private static func transitionProbabilities(_ graph: Graph, weighted: Bool) -> ([Double], [Int]) {
        let n = graph.nodeCount
        var inverseStrength = [Double](repeating: 0, count: n)
        var dangling: [Int] = []
        for u in 0..<n {
            var strength = 0.0
            for p in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                strength += weighted ? graph.outWeights[p] : 1
            }
            if strength == 0 { dangling.append(u) } else { inverseStrength[u] = 1.0 / strength }
        }
        var probabilities = [Double](repeating: 0, count: graph.inTargets.count)
        for v in 0..<n {
            for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
                let u = Int(graph.inTargets[p])
                probabilities[p] = inverseStrength[u] * (weighted ? graph.inWeights[p] : 1)
            }
        }
        return (probabilities, dangling)
    }

    /// `next_v = Σ_{u → v} x_u · P_uv`, summed from 0 in increasing `u`.
    private static func pull(
        _ graph: Graph, probabilities: [Double], from x: [Double], into next: inout [Double], threads: Int
    ) {
        let n = graph.nodeCount
        x.withUnsafeBufferPointer { xs in
            graph.inOffsets.withUnsafeBufferPointer { offsets in
                graph.inTargets.withUnsafeBufferPointer { sources in
                    probabilities.withUnsafeBufferPointer { arcProbabilities in
                        next.withUnsafeMutableBufferPointer { out in
                            guard let outBase = out.baseAddress, let xBase = xs.baseAddress,
                                let offsetBase = offsets.baseAddress, let sourceBase = sources.baseAddress,
                                let probabilityBase = arcProbabilities.baseAddress
                            else {
                                for v in 0..<n { out[v] = 0 }
                                return
                            }
                            let output = SharedBuffer(base: outBase, count: n)
                            let input = Inputs(
                                x: SharedView(base: xBase, count: xs.count),
                                offsets: SharedView(base: offsetBase, count: offsets.count),
                                sources: SharedView(base: sourceBase, count: sources.count),
                                probabilities: SharedView(base: probabilityBase, count: arcProbabilities.count))
                            NodeRangeParallelism.forEachRange(count: n, work: sources.count, threads: threads) { range in
                                for v in range {
                                    var total = 0.0
                                    for p in input.offsets[v]..<input.offsets[v + 1] {
                                        total += input.x[Int(input.sources[p])] * input.probabilities[p]
                                    }
                                    output[v] = total
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Read-only views of the iteration's inputs for the parallel kernel.
    private struct Inputs: Sendable {
        let x: SharedView<Double>
        let offsets: SharedView<Int>
        let sources: SharedView<Int32>
        let probabilities: SharedView<Double>
    }
}
