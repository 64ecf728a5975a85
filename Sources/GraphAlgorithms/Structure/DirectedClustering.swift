import Foundation
import GraphCore

/// Fagiolo's directed clustering coefficient, weighted or not, as networkx's `clustering` on a
/// directed graph.
///
/// Definition: `c_v = T_v / (2 (d_tot (d_tot − 1) − 2 d↔))`, where `d_tot` = in-degree + out-degree
/// of `v` and `d↔` the number of nodes that are both in- and out-neighbours of `v` (self-loops
/// excluded from both), and `T_v = Σ (ŵ_1 ŵ_2 ŵ_3)^{1/3}` over every choice of an arc between `v`
/// and `j`, an arc between `v` and `k` and an arc between `j` and `k` (in either direction, each
/// present arc counted on its own; `j ≠ k`, both `≠ v`). Unweighted, every `ŵ` is 1 and `T_v` counts
/// directed triangles; weighted, `ŵ = w / max(w)` with the graph's largest weight. `c_v = 0`
/// when `T_v = 0`.
///
/// - Complexity: O(Σ_v Σ_{j ∈ N(v)} (d⁺_j + d⁻_j)) time, O(n) extra memory per worker; parallel
///   over nodes.
///
/// Reference: G. Fagiolo, "Clustering in complex directed networks", Phys. Rev. E 76, 026107
/// (2007), doi:10.1103/PhysRevE.76.026107.
enum DirectedClustering {
    static func local(_ graph: Graph, weighted: Bool, threads: Int) -> [Double] {
        let n = graph.nodeCount
        var result = [Double](repeating: 0, count: n)
        let maxWeight = weighted ? Clustering.largestWeight(graph) : 1
        result.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let output = SharedBuffer(base: base, count: n)
            NodeRangeParallelism.forEachRange(count: n, work: graph.arcCount * 16, threads: threads) { range in
                var scratch = Scratch(nodeCount: n)
                for v in range {
                    output[v] = coefficient(graph, v, weighted: weighted, maxWeight: maxWeight, &scratch)
                }
            }
        }
        return result
    }

    /// Per-worker marks of the current node's in- and out-neighbours with their normalised weights.
    private struct Scratch {
        var inStamp: [Int]
        var outStamp: [Int]
        var inWeight: [Double]
        var outWeight: [Double]

        init(nodeCount n: Int) {
            inStamp = [Int](repeating: -1, count: n)
            outStamp = [Int](repeating: -1, count: n)
            inWeight = [Double](repeating: 0, count: n)
            outWeight = [Double](repeating: 0, count: n)
        }
    }

    private static func coefficient(
        _ graph: Graph, _ v: Int, weighted: Bool, maxWeight: Double, _ s: inout Scratch
    ) -> Double {
        var totalDegree = 0
        var reciprocated = 0
        for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] where Int(graph.inTargets[p]) != v {
            let u = Int(graph.inTargets[p])
            s.inStamp[u] = v
            s.inWeight[u] = graph.inWeights[p] / maxWeight
            totalDegree += 1
        }
        for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] where Int(graph.outTargets[p]) != v {
            let u = Int(graph.outTargets[p])
            s.outStamp[u] = v
            s.outWeight[u] = graph.outWeights[p] / maxWeight
            totalDegree += 1
            if s.inStamp[u] == v { reciprocated += 1 }
        }
        var triangles = 0.0
        // Each arc between v and j, then each arc between j and k, then each arc between v and k.
        for incoming in [true, false] {
            let offsets = incoming ? graph.inOffsets : graph.outOffsets
            let targets = incoming ? graph.inTargets : graph.outTargets
            let weights = incoming ? graph.inWeights : graph.outWeights
            for p in offsets[v]..<offsets[v + 1] {
                let j = Int(targets[p])
                if j == v { continue }
                let wvj = weights[p] / maxWeight
                triangles += closing(graph, v, j, wvj, weighted: weighted, maxWeight: maxWeight, &s)
            }
        }
        guard triangles != 0 else { return 0 }
        return triangles / (Double(totalDegree * (totalDegree - 1) - 2 * reciprocated) * 2)
    }

    /// Σ over arcs j–k (both directions) and arcs v–k (both directions) of (w_vj w_vk w_jk)^{1/3}.
    private static func closing(
        _ graph: Graph, _ v: Int, _ j: Int, _ wvj: Double, weighted: Bool, maxWeight: Double, _ s: inout Scratch
    ) -> Double {
        var total = 0.0
        for incoming in [true, false] {
            let offsets = incoming ? graph.inOffsets : graph.outOffsets
            let targets = incoming ? graph.inTargets : graph.outTargets
            let weights = incoming ? graph.inWeights : graph.outWeights
            for q in offsets[j]..<offsets[j + 1] {
                let k = Int(targets[q])
                if k == j || k == v { continue }
                let wjk = weights[q] / maxWeight
                if s.inStamp[k] == v { total += weighted ? cbrt(wvj * s.inWeight[k] * wjk) : 1 }
                if s.outStamp[k] == v { total += weighted ? cbrt(wvj * s.outWeight[k] * wjk) : 1 }
            }
        }
        return total
    }
}
