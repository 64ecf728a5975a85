import GraphCore

/// Degree and attribute assortativity, as networkx's `degree_assortativity_coefficient` and
/// `attribute_assortativity_coefficient`.
///
/// Both are computed over the arcs: every undirected edge `{u, v}` contributes the pairs `(u, v)` and
/// `(v, u)`, a self-loop one pair `(u, u)`, a directed arc `u → v` the pair `(u, v)` (networkx's
/// mixing dictionaries). Weights are ignored (networkx's default `weight=None`).
///
/// References: M. E. J. Newman, "Assortative mixing in networks", Phys. Rev. Lett. 89, 208701
/// (2002), doi:10.1103/PhysRevLett.89.208701; M. E. J. Newman, "Mixing patterns in networks",
/// Phys. Rev. E 67, 026126 (2003), doi:10.1103/PhysRevE.67.026126.
public enum Assortativity {
    /// Degree assortativity: the Pearson correlation over the arcs `(u, v)` of `x = deg(u)` and
    /// `y = deg(v)`, `r = (E[xy] − E[x]E[y]) / (σ_x σ_y)` (networkx's `_numeric_ac` on the degree
    /// mixing matrix). Undirected: both are the degree (a self-loop counting twice). Directed:
    /// networkx's defaults `x = "out"`, `y = "in"`, i.e. the source's out-degree and the target's
    /// in-degree. NaN when either variance is 0 (e.g. regular graphs) or there is no arc, where
    /// networkx returns NaN.
    /// - Complexity: O(n + m).
    public static func degree(_ graph: Graph) -> Double {
        let sourceDegree = DegreeCentrality.degrees(graph, direction: graph.isDirected ? .outgoing : .all)
        let targetDegree = DegreeCentrality.degrees(graph, direction: graph.isDirected ? .incoming : .all)
        let arcs = Double(graph.arcCount)
        guard arcs > 0 else { return .nan }
        var sumX = 0.0, sumY = 0.0, sumXX = 0.0, sumYY = 0.0, sumXY = 0.0
        for u in 0..<graph.nodeCount {
            let x = Double(sourceDegree[u])
            for p in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                let y = Double(targetDegree[Int(graph.outTargets[p])])
                sumX += x; sumY += y; sumXX += x * x; sumYY += y * y; sumXY += x * y
            }
        }
        let meanX = sumX / arcs, meanY = sumY / arcs
        let varianceX = sumXX / arcs - meanX * meanX
        let varianceY = sumYY / arcs - meanY * meanY
        let denominator = (varianceX * varianceY).squareRoot()
        guard denominator > 0 else { return .nan }
        return (sumXY / arcs - meanX * meanY) / denominator
    }

    /// Attribute (categorical) assortativity `r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i)`,
    /// where `e_ij` is the share of arcs from category `i` to category `j`, `a_i` and `b_i` its
    /// row and column sums. 0 when there is no arc (networkx's value for an empty mixing matrix);
    /// NaN when every arc joins nodes of one single category (`Σ a_i b_i = 1`).
    /// - Parameter categories: one integer category per node (any integers).
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when the count differs from
    ///   the number of nodes.
    /// - Complexity: O(n + m + c²) for c distinct categories.
    public static func attribute(_ graph: Graph, categories: [Int]) throws(AlgorithmError) -> Double {
        guard categories.count == graph.nodeCount else {
            throw .invalidParameter(
                name: "categories", value: "\(categories.count) values",
                reason: "needs one category per node (\(graph.nodeCount))")
        }
        var dense: [Int: Int] = [:]
        let index = categories.map { category in
            if let known = dense[category] { return known }
            dense[category] = dense.count
            return dense.count - 1
        }
        let c = dense.count
        var counts = [Double](repeating: 0, count: c * c)
        for u in 0..<graph.nodeCount {
            for p in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                counts[index[u] * c + index[Int(graph.outTargets[p])]] += 1
            }
        }
        let total = Double(graph.arcCount)
        guard total > 0 else { return 0 }
        var trace = 0.0, products = 0.0
        for i in 0..<c {
            var row = 0.0, column = 0.0
            for j in 0..<c {
                row += counts[i * c + j] / total
                column += counts[j * c + i] / total
            }
            trace += counts[i * c + i] / total
            products += row * column
        }
        return (trace - products) / (1 - products)
    }
}
