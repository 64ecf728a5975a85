import Foundation
import GraphCore

/// Local clustering, average clustering and transitivity, as networkx defines them.
///
/// **Undirected, unweighted** (networkx `clustering(G)`): `c_v = 2 T_v / (d_v (d_v − 1))` with `T_v`
/// the triangles through `v` and `d_v` its degree without self-loops; `c_v = 0` when `T_v = 0`
/// or `d_v < 2`.
///
/// **Undirected, weighted** (Onnela et al., networkx `clustering(G, weight="weight")`):
/// `c_v = 1 / (d_v (d_v − 1)) · Σ_{j,k} (ŵ_vj ŵ_jk ŵ_kv)^{1/3}` over ordered pairs of neighbours,
/// with `ŵ = w / max(w)` normalised by the largest weight in the graph (self-loops included in
/// the maximum, as networkx).
///
/// **Directed** (Fagiolo 2007, networkx's directed `clustering`, weighted or not):
/// `c_v = T_v / (2 (d_tot (d_tot − 1) − 2 d↔))` where `T_v` sums `(ŵ ŵ ŵ)^{1/3}` over the
/// directed triangles through `v` (every orientation of the three arcs, each arc direction present
/// counted separately), `d_tot` is in- plus out-degree and `d↔` the number of reciprocated
/// neighbours (self-loops excluded). See ``DirectedClustering``.
///
/// Self-loops never form triangles. Parallel ties have been merged by ``GraphBuilder``.
///
/// - Complexity: O(Σ_v Σ_{j ∈ N(v)} d_j) ≤ O(m · d_max) time, O(n) extra memory per worker;
///   parallel over nodes, each node written by one worker only (deterministic).
///
/// References: D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks",
/// Nature 393, 440–442 (1998), doi:10.1038/30918; J.-P. Onnela, J. Saramäki, J. Kertész and
/// K. Kaski, "Intensity and coherence of motifs in weighted complex networks", Phys. Rev. E 71,
/// 065103 (2005), doi:10.1103/PhysRevE.71.065103; G. Fagiolo, "Clustering in complex directed
/// networks", Phys. Rev. E 76, 026107 (2007), doi:10.1103/PhysRevE.76.026107.
public enum Clustering {
    /// The local clustering coefficient of every node (see the type's documentation).
    /// - Parameters:
    ///   - weighted: use tie strengths (Onnela / weighted Fagiolo); default unweighted.
    ///   - threads: worker threads (default: active processors); the result does not depend on it.
    public static func local(_ graph: Graph, weighted: Bool = false, threads: Int = Parallelism.defaultThreadCount) -> [Double] {
        if graph.isDirected { return DirectedClustering.local(graph, weighted: weighted, threads: threads) }
        let n = graph.nodeCount
        if !weighted {
            let counts = outRowTriangles(graph, threads: threads)
            return (0..<n).map { v in
                let t = counts.closed[v], d = counts.degree[v]
                return t == 0 ? 0 : Double(t) / Double(d * (d - 1))
            }
        }
        var result = [Double](repeating: 0, count: n)
        let maxWeight = largestWeight(graph)
        result.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let output = SharedBuffer(base: base, count: n)
            NodeRangeParallelism.forEachRange(count: n, work: graph.arcCount * 8, threads: threads) { range in
                var stamp = [Int](repeating: -1, count: n)
                var normalisedWeight = [Double](repeating: 0, count: n)
                for v in range {
                    output[v] = onnelaCoefficient(
                        graph, v, maxWeight: maxWeight, stamp: &stamp, normalisedWeight: &normalisedWeight)
                }
            }
        }
        return result
    }

    /// Mean of ``local(_:weighted:)`` over all nodes, zeros included (networkx
    /// `average_clustering(G, count_zeros=True)`); NaN for a graph without nodes.
    /// - Complexity: as ``local(_:weighted:)``.
    public static func average(_ graph: Graph, weighted: Bool = false) -> Double {
        let values = local(graph, weighted: weighted)
        guard !values.isEmpty else { return .nan }
        var total = 0.0
        for value in values { total += value }
        return total / Double(values.count)
    }

    /// Transitivity `3 × triangles / connected triples`, networkx's `transitivity`: the sum over
    /// nodes of `2 T_v` divided by the sum of `d_v (d_v − 1)`, self-loops ignored; 0 when there is
    /// no triangle. For a directed graph networkx applies the same count to out-neighbours (`v`'s
    /// successors `j`, `k` with the arc `j → k`), and so does this function.
    /// - Complexity: O(Σ_v Σ_{j ∈ N⁺(v)} d⁺_j) time, O(n) extra memory per worker; parallel over nodes.
    public static func transitivity(_ graph: Graph) -> Double {
        let counts = outRowTriangles(graph)
        var triangles = 0
        var triples = 0
        for v in 0..<graph.nodeCount {
            triangles += counts.closed[v]
            triples += counts.degree[v] * (counts.degree[v] - 1)
        }
        return triangles == 0 ? 0 : Double(triangles) / Double(triples)
    }

    /// Per node `v`: the out-degree without self-loop `d`, and the number of ordered pairs `(j, k)`
    /// of distinct out-neighbours of `v` (other than `v`) with the arc `j → k` (= 2 T_v undirected).
    static func outRowTriangles(
        _ graph: Graph, threads: Int = Parallelism.defaultThreadCount
    ) -> (closed: [Int], degree: [Int]) {
        let n = graph.nodeCount
        var closed = [Int](repeating: 0, count: n)
        var degree = [Int](repeating: 0, count: n)
        graph.outOffsets.withUnsafeBufferPointer { offsets in
            graph.outTargets.withUnsafeBufferPointer { targets in
                closed.withUnsafeMutableBufferPointer { closedBuffer in
                    degree.withUnsafeMutableBufferPointer { degreeBuffer in
                        guard let offsetBase = offsets.baseAddress, let targetBase = targets.baseAddress,
                            let closedBase = closedBuffer.baseAddress, let degreeBase = degreeBuffer.baseAddress
                        else { return }
                        let rows = Rows(
                            offsets: SharedView(base: offsetBase, count: offsets.count),
                            targets: SharedView(base: targetBase, count: targets.count))
                        let closedOut = SharedBuffer(base: closedBase, count: n)
                        let degreeOut = SharedBuffer(base: degreeBase, count: n)
                        NodeRangeParallelism.forEachRange(count: n, work: targets.count * 8, threads: threads) { range in
                            let stamp = UnsafeMutablePointer<Int>.allocate(capacity: n)
                            stamp.initialize(repeating: -1, count: n)
                            defer { stamp.deallocate() }
                            for v in range {
                                let start = rows.offsets[v], end = rows.offsets[v + 1]
                                var d = 0
                                for p in start..<end {
                                    let j = Int(rows.targets[p])
                                    if j != v { stamp[j] = v; d &+= 1 }
                                }
                                var count = 0
                                for p in start..<end {
                                    let j = Int(rows.targets[p])
                                    if j == v { continue }
                                    for q in rows.offsets[j]..<rows.offsets[j + 1] {
                                        let k = Int(rows.targets[q])
                                        if k != j && stamp[k] == v { count &+= 1 }
                                    }
                                }
                                closedOut[v] = count
                                degreeOut[v] = d
                            }
                        }
                    }
                }
            }
        }
        return (closed, degree)
    }

    /// Read-only CSR rows for the parallel kernel.
    private struct Rows: Sendable {
        let offsets: SharedView<Int>
        let targets: SharedView<Int32>
    }

    /// The largest arc weight (1 for a graph without arcs), networkx's `max_weight`.
    static func largestWeight(_ graph: Graph) -> Double {
        graph.outWeights.max() ?? 1
    }

    private static func onnelaCoefficient(
        _ graph: Graph, _ v: Int, maxWeight: Double, stamp: inout [Int], normalisedWeight: inout [Double]
    ) -> Double {
        var d = 0
        for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
            let j = Int(graph.outTargets[p])
            if j == v { continue }
            stamp[j] = v
            normalisedWeight[j] = graph.outWeights[p] / maxWeight
            d += 1
        }
        if d < 2 { return 0 }
        var triangles = 0.0
        for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
            let j = Int(graph.outTargets[p])
            if j == v { continue }
            for q in graph.outOffsets[j]..<graph.outOffsets[j + 1] {
                let k = Int(graph.outTargets[q])
                guard k != j, stamp[k] == v else { continue }
                triangles += cbrt(normalisedWeight[j] * (graph.outWeights[q] / maxWeight) * normalisedWeight[k])
            }
        }
        return triangles == 0 ? 0 : triangles / Double(d * (d - 1))
    }
}
