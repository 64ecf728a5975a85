import GraphCore

/// Burt's structural-holes measures of every node's ego network: constraint, effective size and
/// efficiency, as networkx 3.6 computes them (`constraint`, `effective_size`).
///
/// **Mutual weights.** Ties are taken regardless of direction: `N(i)` is the union of `i`'s out-
/// and in-neighbours and the mutual weight is `a_ij + a_ji` (`a` = tie strength, or 1 when
/// unweighted). Normalised by the row: `p_ij = (a_ij + a_ji) / Σ_{k ∈ N(i)} (a_ik + a_ki)`; by the
/// row maximum: `m_jq = (a_jq + a_qj) / max_{k ∈ N(j)} (a_jk + a_kj)`. An undirected tie counts
/// as both `a_ij` and `a_ji`. Parallel ties have been merged by ``GraphBuilder``.
///
/// **Constraint** (Burt 1992, ch. 2): `c(i) = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i)} p_iq p_qj)²`.
///
/// **Effective size** (Burt's redundancy form): `e(i) = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i)} p_iq m_jq)`.
/// It is used for every graph, as networkx's default (scipy) path does; for an undirected,
/// unweighted graph without self-loops it equals Borgatti's `n − 2t/n` on the ego network
/// without ego (Borgatti 1997). networkx 3.6's default path divides `a_jq + a_qj` by the largest
/// mutual weight of `q` instead of `j` (a broadcasting slip in `effective_size`); that only
/// matters when the row maxima differ (weighted or directed graphs), and
/// ``RedundancyScale/networkxScipyPath`` reproduces it.
///
/// **Efficiency**: `e(i) / deg(i)` with `deg` networkx's `G.degree(i)` as its `effective_size`
/// documentation divides: the number of ties, unweighted even for the weighted effective size;
/// for a directed graph in-degree plus out-degree (a reciprocated pair counts 2); an undirected
/// self-loop counts 2, a directed one 2 (one in, one out).
///
/// **Self-loops** are kept as networkx keeps them: a self-loop of strength `w` puts `i` into its
/// own `N(i)` with mutual weight `2w`, so it enters the sums, `p_ii` and the redundancy terms.
///
/// **Isolates**: a node without a tie to another node (no tie, or only a self-loop) gets NaN for
/// all three measures. networkx agrees, except that its matrix path returns a number for the
/// constraint of a node whose only tie is a *weighted* self-loop of strength ≠ 1 (it tests
/// `Σ_j (a_ij + a_ji) − 2 p_ii == 0`, which mixes raw and normalised weights); here it is NaN.
/// Disconnected graphs need nothing special: each ego network is local.
///
/// - Complexity: O(Σ_i deg(i)²) time for `deg` the number of mutual neighbours (every ego visits
///   its neighbours' rows), O(n + m) memory for the mutual rows plus O(n) scratch per worker.
///   Parallel over blocks of egos; each node is written by one worker, so the output is identical
///   for any thread count.
///
/// References: R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard
/// University Press (1992), ISBN 0-674-84372-X, doi:10.4159/9780674029095; R. S. Burt,
/// "Structural holes and good ideas", American Journal of Sociology 110(2), 349–399 (2004),
/// doi:10.1086/421787; S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures",
/// Connections 20(1), 35–38 (1997).
public enum StructuralHoles {
    /// The three measures, one value per node (NaN for isolates).
    public struct Measures: Sendable {
        /// Burt's aggregate constraint `c(i)`.
        public let constraint: [Double]
        /// Burt's effective size `e(i)`.
        public let effectiveSize: [Double]
        /// `e(i)` divided by the node's (unweighted) degree.
        public let efficiency: [Double]
    }

    /// Which row maximum scales the redundancy term `m_jq` of the effective size.
    public enum RedundancyScale: Sendable {
        /// `m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj)`: Burt's definition, as networkx documents
        /// it and computes it when `effective_size` is given `nodes` (that path has two slips of its
        /// own: NaN for directed nodes without out-ties, and Borgatti's shortcut on undirected
        /// unweighted graphs, which differs from Burt's formula at self-loops).
        case burt
        /// `(a_jq + a_qj) / max_k (a_qk + a_kq)`: what networkx 3.6.1's `effective_size(G)` returns
        /// by default (its scipy path); use it to reproduce networkx output.
        case networkxScipyPath
    }

    /// Egos per unit of parallel work.
    private static let blockSize = 64

    /// Constraint, effective size and efficiency of every node (see the type's documentation).
    /// - Parameters:
    ///   - weighted: use tie strengths as `a_ij` (networkx `weight="weight"`); default every tie 1
    ///     (networkx `weight=None`).
    ///   - redundancyScale: how `m_jq` is normalised (default Burt's definition).
    ///   - threads: worker threads (default: active processors); must be ≥ 1.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for `threads < 1`, or,
    ///   when `weighted`, a tie strength that is not positive.
    /// - Complexity: O(Σ_i deg(i)²) time, O(n + m) memory plus O(n) per worker.
    public static func compute(
        _ graph: Graph, weighted: Bool = false, redundancyScale: RedundancyScale = .burt,
        threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> Measures {
        try ParallelWork.validate(threads: threads)
        let n = graph.nodeCount
        let ties = try MutualTies(graph, weighted: weighted)
        let constraint = SharedBuffer<Double>.allocate(count: n, repeating: .nan)
        let effectiveSize = SharedBuffer<Double>.allocate(count: n, repeating: .nan)
        defer {
            constraint.deallocate()
            effectiveSize.deallocate()
        }
        // Invariant (SharedBuffer): each block writes only the entries of its own egos.
        ParallelWork.run(
            units: (n + blockSize - 1) / blockSize, threads: threads, progress: nil,
            makeScratch: { EgoScratch(nodeCount: n) },
            body: { scratch, block in
                let egos = block * blockSize..<min(n, (block + 1) * blockSize)
                for ego in egos where ties.hasOtherNeighbour(ego) {
                    let values = measures(of: ego, ties, scaleByContact: redundancyScale == .burt, scratch)
                    constraint.base[ego] = values.constraint
                    effectiveSize.base[ego] = values.effectiveSize
                }
            })
        let sizes = effectiveSize.array()
        let efficiency = (0..<n).map { i in
            let degree = networkxDegree(graph, i)
            return degree == 0 ? Double.nan : sizes[i] / Double(degree)
        }
        return Measures(constraint: constraint.array(), effectiveSize: sizes, efficiency: efficiency)
    }

    /// networkx's `G.degree(i)`: out- plus in-arcs if directed; arcs with the self-loop counted
    /// twice if undirected.
    private static func networkxDegree(_ graph: Graph, _ i: Int) -> Int {
        if graph.isDirected { return graph.outArcCount(of: i) + graph.inArcCount(of: i) }
        return graph.outArcCount(of: i) + (graph.hasArc(from: i, to: i) ? 1 : 0)
    }

    /// Constraint and effective size of one ego with at least one tie to another node.
    ///
    /// One pass over the rows of the ego's neighbours `q` accumulates, for every neighbour `j` of
    /// the ego reached from `q`, the indirect investment `Σ_q p_iq p_qj` and the redundancy
    /// `Σ_q p_iq m_jq`; only the ego's own neighbours (stamped) are touched and then reset.
    /// `scaleByContact`: divide `a_jq + a_qj` by `j`'s largest mutual weight (Burt), else by `q`'s.
    private static func measures(
        of ego: Int, _ ties: MutualTies, scaleByContact: Bool, _ scratch: EgoScratch
    ) -> (constraint: Double, effectiveSize: Double) {
        let stamp = scratch.stamp, indirect = scratch.indirect, redundancy = scratch.redundancy
        let start = ties.offsets[ego], end = ties.offsets[ego + 1]
        let egoSum = ties.rowSums[ego]
        for p in start..<end {
            let j = Int(ties.neighbours[p])
            stamp[j] = ego
            indirect[j] = 0
            redundancy[j] = 0
        }
        ties.neighbours.withUnsafeBufferPointer { neighbours in
            ties.weights.withUnsafeBufferPointer { weights in
                for p in start..<end {
                    let q = Int(neighbours[p])
                    let pEgoQ = weights[p] / egoSum
                    let qSum = ties.rowSums[q], qMax = ties.rowMaxima[q]
                    for r in ties.offsets[q]..<ties.offsets[q + 1] {
                        let j = Int(neighbours[r])
                        guard stamp[j] == ego else { continue }
                        indirect[j] += pEgoQ * (weights[r] / qSum)
                        redundancy[j] += pEgoQ * (weights[r] / (scaleByContact ? ties.rowMaxima[j] : qMax))
                    }
                }
            }
        }
        var constraint = 0.0, effectiveSize = 0.0
        for p in start..<end {
            let j = Int(ties.neighbours[p])
            let local = ties.weights[p] / egoSum + indirect[j]
            constraint += local * local
            effectiveSize += 1 - redundancy[j]
            stamp[j] = -1
        }
        return (constraint, effectiveSize)
    }

    /// One worker's dense scratch rows, allocated once and reused for every ego it takes.
    private final class EgoScratch {
        /// `stamp[j] == ego` marks `j ∈ N(ego)` for the ego in progress; -1 otherwise.
        let stamp: UnsafeMutablePointer<Int>
        let indirect: UnsafeMutablePointer<Double>
        let redundancy: UnsafeMutablePointer<Double>

        init(nodeCount: Int) {
            let count = max(nodeCount, 1)
            stamp = .allocate(capacity: count)
            stamp.initialize(repeating: -1, count: count)
            indirect = .allocate(capacity: count)
            indirect.initialize(repeating: 0, count: count)
            redundancy = .allocate(capacity: count)
            redundancy.initialize(repeating: 0, count: count)
        }

        deinit {
            stamp.deallocate()
            indirect.deallocate()
            redundancy.deallocate()
        }
    }
}
