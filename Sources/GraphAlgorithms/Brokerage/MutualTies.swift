import GraphCore

/// The ties of every node regardless of direction, each with its *mutual weight*
/// `a_ij + a_ji` (Burt's "mutual" tie strength, networkx's `mutual_weight`), in CSR form.
///
/// Row `i` lists `N(i)`, the union of `i`'s out- and in-neighbours (networkx's `all_neighbors`),
/// sorted, with `a_ij + a_ji` at the same position. An undirected tie `{i, j}` of strength `w`
/// has mutual weight `2w`; a self-loop of strength `w` appears in its node's own row with mutual
/// weight `2w` (its arc counts as both `a_ii` terms, as networkx's `P + Pᵀ`). Rows are symmetric:
/// `j ∈ N(i) ⇔ i ∈ N(j)` with the same weight.
struct MutualTies: Sendable {
    let offsets: [Int]
    let neighbours: [Int32]
    let weights: [Double]
    /// `Σ_j a_ij + a_ji` over the row (self-loop included).
    let rowSums: [Double]
    /// `max_j a_ij + a_ji` over the row (self-loop included); 0 for an empty row.
    let rowMaxima: [Double]

    /// Builds the rows; with `weighted == false` every arc counts 1.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `weighted` and an
    ///   arc's strength is not positive (a mutual weight could then vanish or turn negative).
    /// - Complexity: O(n + m) time and memory.
    init(_ graph: Graph, weighted: Bool) throws(AlgorithmError) {
        if weighted, let bad = graph.outWeights.first(where: { !($0 > 0) }) {
            throw .invalidParameter(
                name: "weights", value: "\(bad)", reason: "structural holes need positive tie strengths")
        }
        let n = graph.nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        var neighbours: [Int32] = []
        var weights: [Double] = []
        neighbours.reserveCapacity(graph.isDirected ? 2 * graph.arcCount : graph.arcCount)
        weights.reserveCapacity(neighbours.capacity)
        for i in 0..<n {
            if graph.isDirected {
                Self.mergeRows(graph, i, weighted: weighted, into: &neighbours, &weights)
            } else {
                for p in graph.outOffsets[i]..<graph.outOffsets[i + 1] {
                    neighbours.append(graph.outTargets[p])
                    weights.append(2 * (weighted ? graph.outWeights[p] : 1))
                }
            }
            offsets[i + 1] = neighbours.count
        }
        var rowSums = [Double](repeating: 0, count: n)
        var rowMaxima = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0, largest = 0.0
            for p in offsets[i]..<offsets[i + 1] {
                sum += weights[p]
                largest = max(largest, weights[p])
            }
            rowSums[i] = sum
            rowMaxima[i] = largest
        }
        self.offsets = offsets
        self.neighbours = neighbours
        self.weights = weights
        self.rowSums = rowSums
        self.rowMaxima = rowMaxima
    }

    /// Appends the sorted union of `i`'s out-row and in-row, adding the weights of a target
    /// present in both (a reciprocated tie, or a self-loop, which is in both rows).
    private static func mergeRows(
        _ graph: Graph, _ i: Int, weighted: Bool, into neighbours: inout [Int32], _ weights: inout [Double]
    ) {
        var p = graph.outOffsets[i], q = graph.inOffsets[i]
        let pEnd = graph.outOffsets[i + 1], qEnd = graph.inOffsets[i + 1]
        while p < pEnd || q < qEnd {
            let out = p < pEnd ? graph.outTargets[p] : Int32.max
            let inward = q < qEnd ? graph.inTargets[q] : Int32.max
            var weight = 0.0
            let target = min(out, inward)
            if out == target {
                weight += weighted ? graph.outWeights[p] : 1
                p += 1
            }
            if inward == target {
                weight += weighted ? graph.inWeights[q] : 1
                q += 1
            }
            neighbours.append(target)
            weights.append(weight)
        }
    }

    /// Whether `i` has a tie to a node other than itself.
    func hasOtherNeighbour(_ i: Int) -> Bool {
        for p in offsets[i]..<offsets[i + 1] where Int(neighbours[p]) != i { return true }
        return false
    }
}
