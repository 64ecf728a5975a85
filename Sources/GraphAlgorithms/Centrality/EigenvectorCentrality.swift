import GraphCore

/// Eigenvector centrality by networkx's power iteration, step for step, run to convergence by default.
///
/// Definition: the left Perron eigenvector `x` of the adjacency matrix, `λ x_v = Σ_u A_uv x_u`,
/// scaled to unit Euclidean norm. For directed graphs a node collects from its **in**-neighbours
/// (networkx's convention, a left eigenvector). With `weighted`, `A_uv` is the tie strength.
///
/// Iteration (networkx `eigenvector_centrality`, replicated so results agree to rounding):
/// start `x_v = 1/n`; repeat `x ← (A + I)ᵀ x` (the identity shift prevents the oscillation of
/// bipartite graphs), then divide by `‖x‖₂` (by 1 if the norm is 0); stop when
/// `Σ_v |x_v − x_last,v| < n · tolerance`. Each node sums its in-neighbours in increasing index
/// order, as networkx does. A self-loop contributes its weight once.
///
/// **Stopping.** networkx's default `tol = 1e-6` (``networkxTolerance``, at most 100 iterations) stops
/// early: values can be 2·10⁻⁵ away from the eigenvector (Les Misérables, Watts–Strogatz graphs). The
/// default here, ``StoppingRule/converged`` at ``convergedTolerance`` = 1e-12 with up to
/// ``convergedMaxIterations`` iterations, is the converged vector, checked against a direct eigensolver
/// (numpy) to 1e-9; ``StoppingRule/networkx`` with networkx's values reproduces networkx's output instead.
///
/// Disconnected graphs: the iteration converges to the dominant component; other components keep
/// small values that depend on the iteration count (as in networkx). Graphs where the iteration
/// does not settle (e.g. directed acyclic graphs) throw ``AlgorithmError/notConverged(iterations:)``,
/// where networkx raises `PowerIterationFailedConvergence`.
///
/// - Complexity: O(k · (n + m)) for k iterations (k ≤ `maxIterations`), O(n) extra memory;
///   the multiplication runs in parallel over nodes on large graphs.
///
/// Reference: P. Bonacich, "Power and centrality: a family of measures", American Journal of
/// Sociology 92(5), 1170–1182 (1987), doi:10.1086/228631.
public enum EigenvectorCentrality {
    /// networkx's default `tol`: stops while values may still move by 10⁻⁵.
    public static let networkxTolerance = 1e-6
    /// networkx's default `max_iter`.
    public static let networkxMaxIterations = 100
    /// The default tolerance: the converged eigenvector.
    public static let convergedTolerance = 1e-12
    /// Iterations allowed at the default tolerance (slowly mixing graphs need thousands).
    public static let convergedMaxIterations = 10_000

    /// When the iteration stops.
    public enum StoppingRule: Sendable {
        /// networkx's rule: the last step moved the vector by less than `n · tolerance` (L1). On slowly mixing
        /// graphs the vector is then still many steps' worth away from its limit.
        case networkx
        /// The estimated distance left to the limit (L1), the last step times `ρ/(1 − ρ)` with `ρ` the ratio
        /// of the last two steps, is below `n · tolerance`, and so is the last step.
        case converged
    }

    /// - Parameters:
    ///   - weighted: use tie strengths (networkx `weight="weight"`); default unweighted as networkx.
    ///   - rule: ``StoppingRule/converged`` by default; ``StoppingRule/networkx`` with ``networkxTolerance`` and
    ///     ``networkxMaxIterations`` reproduces networkx's `eigenvector_centrality` output.
    ///   - maxIterations: at least 1 (networkx `max_iter`; default ``convergedMaxIterations``).
    ///   - tolerance: non-negative and finite (networkx `tol`; default ``convergedTolerance``; networkx's
    ///     own default is ``networkxTolerance`` with ``networkxMaxIterations``).
    ///   - threads: worker threads for the multiplication (default: active processors); at least 1. The
    ///     result does not depend on it.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for bad parameters,
    ///   ``AlgorithmError/unsupported(_:)`` for a graph without nodes, and
    ///   ``AlgorithmError/notConverged(iterations:)``.
    public static func compute(
        _ graph: Graph, weighted: Bool = false, maxIterations: Int = convergedMaxIterations,
        tolerance: Double = convergedTolerance, rule: StoppingRule = .converged,
        threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> [Double] {
        try ParallelWork.validate(threads: threads)
        guard maxIterations >= 1 else {
            throw .invalidParameter(name: "maxIterations", value: "\(maxIterations)", reason: "must be at least 1")
        }
        guard tolerance >= 0, tolerance.isFinite else {
            throw .invalidParameter(name: "tolerance", value: "\(tolerance)", reason: "must be finite and non-negative")
        }
        let n = graph.nodeCount
        guard n > 0 else { throw .unsupported("eigenvector centrality of a graph without nodes") }

        var x = [Double](repeating: 1.0 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        let threshold = Double(n) * tolerance
        var previousError = Double.infinity
        for _ in 0..<maxIterations {
            multiplyShifted(graph, weighted: weighted, from: x, into: &next, threads: threads)
            var squares = 0.0
            for value in next { squares += value * value }
            let root = squares.squareRoot()
            let norm = root == 0 ? 1 : root
            var error = 0.0
            for v in 0..<n {
                let scaled = next[v] / norm
                error += abs(scaled - x[v])
                next[v] = scaled
            }
            swap(&x, &next)
            switch rule {
            case .networkx:
                if error < threshold { return x }
            case .converged:
                // Past steps shrink by ρ = error / previousError, so the distance left to the limit is about
                // error · ρ / (1 − ρ) (a geometric tail); stop when that, not just the last step, is small.
                let ratio = error / previousError
                if error == 0 || (error < threshold && ratio < 1 && error * ratio / (1 - ratio) < threshold) {
                    return x
                }
            }
            previousError = error
        }
        throw .notConverged(iterations: maxIterations)
    }

    /// `next = (A + I)ᵀ x`, pulled over in-arcs in increasing source order.
    private static func multiplyShifted(
        _ graph: Graph, weighted: Bool, from x: [Double], into next: inout [Double], threads: Int
    ) {
        let n = graph.nodeCount
        x.withUnsafeBufferPointer { xs in
            graph.inOffsets.withUnsafeBufferPointer { offsets in
                graph.inTargets.withUnsafeBufferPointer { sources in
                    graph.inWeights.withUnsafeBufferPointer { weights in
                        next.withUnsafeMutableBufferPointer { out in
                            guard let outBase = out.baseAddress, let xBase = xs.baseAddress,
                                let offsetBase = offsets.baseAddress, let sourceBase = sources.baseAddress,
                                let weightBase = weights.baseAddress
                            else {
                                for v in 0..<n { out[v] = xs[v] }
                                return
                            }
                            let output = SharedBuffer(base: outBase, count: n)
                            let input = Inputs(
                                x: SharedView(base: xBase, count: xs.count),
                                offsets: SharedView(base: offsetBase, count: offsets.count),
                                sources: SharedView(base: sourceBase, count: sources.count),
                                weights: SharedView(base: weightBase, count: weights.count))
                            NodeRangeParallelism.forEachRange(count: n, work: sources.count, threads: threads) { range in
                                for v in range {
                                    var total = input.x[v]
                                    for p in input.offsets[v]..<input.offsets[v + 1] {
                                        let u = Int(input.sources[p])
                                        total += weighted ? input.x[u] * input.weights[p] : input.x[u]
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
        let weights: SharedView<Double>
    }
}
