import GraphCore

/// The factor that makes inverted tie strengths exact integer lengths, chosen per weakly connected
/// component: for component `c`, `L_c` is the least common multiple of the strengths of its arcs, so
/// a strength `w` becomes the length `L_c / w`, an integer.
///
/// No shortest path leaves its component, so each component may carry its own factor: an unrelated
/// component with large or coprime strengths cannot spoil the exactness of the others.
///
/// **Counting shortest paths** (betweenness) needs less: every path from `s` to `t` crosses the same
/// bridges (a bridge crossed cannot be crossed back on a simple path, and one not separating `s` from
/// `t` cannot be entered), so which paths are shortest does not depend on the bridges' lengths. With
/// `neutralBridges`, bridges (of the undirected view) and self-loops are left out of `L_c` and get the
/// length 1, so a pendant chain with large strengths cannot spoil its own component either. A component
/// keeps the floating-point length `1 / w` (factor nil) when one of its strengths is not a positive
/// integer, or when a path could reach 2⁵³ (`L_c > 2⁵³`, or `(n_c − 1) · L_c / min w > 2⁵³`, the
/// longest simple path's bound), beyond which a `Double` no longer holds every integer.
struct ExactLengthScales {
    /// The component of each node.
    let componentOfNode: [Int]
    /// `L_c` per component, nil where lengths stay in floating point; 1 for a component without arcs.
    let scales: [Int?]
    /// Nodes per component.
    let sizes: [Int]
    /// Per component, whether every strength in it is a positive integer (so a nil scale means "too large").
    let integral: [Bool]
    /// Per component, whether it has at least one arc.
    let hasArcs: [Bool]
    /// The undirected edges (`min << 32 | max`) whose length is neutral: bridges and self-loops, with
    /// `neutralBridges`; empty otherwise.
    let neutralEdges: Set<UInt64>

    /// Largest integer a `Double` holds together with all smaller ones.
    static let exactLimit = 1 << 53

    /// - Complexity: O(n + m + Σ_c k_c log k_c) for k_c distinct strengths in component c.
    init(_ graph: Graph, neutralBridges: Bool = false) {
        let components = Components.weak(graph)
        componentOfNode = components.labels
        sizes = components.sizes
        var neutral = Set<UInt64>()
        if neutralBridges {
            for (u, v) in ArticulationPoints.compute(graph).bridges { neutral.insert(Self.key(u, v)) }
            for u in 0..<graph.nodeCount { neutral.insert(Self.key(u, u)) }
        }
        neutralEdges = neutral
        var distinct = [Set<Int>](repeating: [], count: components.count)
        var integral = [Bool](repeating: true, count: components.count)
        for u in 0..<graph.nodeCount {
            let c = components.labels[u]
            guard integral[c] else { continue }
            for p in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                if !neutral.isEmpty && neutral.contains(Self.key(u, Int(graph.outTargets[p]))) { continue }
                let w = graph.outWeights[p]
                guard w >= 1, w <= Double(Self.exactLimit), w == w.rounded(.down) else {
                    integral[c] = false
                    break
                }
                distinct[c].insert(Int(w))
            }
        }
        self.integral = integral
        var arcs = [Bool](repeating: false, count: components.count)
        for u in 0..<graph.nodeCount where graph.outOffsets[u + 1] > graph.outOffsets[u] {
            arcs[components.labels[u]] = true
        }
        hasArcs = arcs
        scales = (0..<components.count).map { c in
            guard integral[c] else { return nil }
            if distinct[c].isEmpty { return 1 }
            return Self.integerScale(distinct: distinct[c], nodeCount: components.sizes[c])
        }
    }

    /// The key of the undirected edge `u – v`.
    static func key(_ u: Int, _ v: Int) -> UInt64 { UInt64(min(u, v)) << 32 | UInt64(max(u, v)) }

    /// Whether the arc `u → v` has a neutral length (see `neutralBridges`).
    func isNeutral(_ u: Int, _ v: Int) -> Bool { !neutralEdges.isEmpty && neutralEdges.contains(Self.key(u, v)) }

    /// Whether every component has exact integer lengths.
    var isExactEverywhere: Bool { scales.allSatisfy { $0 != nil } }

    /// `lcm` of `distinct` (positive integers) when `(nodeCount − 1) · lcm / min ≤ 2⁵³`, otherwise nil.
    static func integerScale(distinct: Set<Int>, nodeCount: Int) -> Int? {
        guard let smallest = distinct.min() else { return nil }
        var lcm = 1
        for w in distinct.sorted() {
            let step = w / gcd(lcm, w)
            let (product, overflow) = lcm.multipliedReportingOverflow(by: step)
            guard !overflow, product <= exactLimit else { return nil }
            lcm = product
        }
        let (bound, overflow) = max(nodeCount - 1, 0).multipliedReportingOverflow(by: lcm / smallest)
        guard !overflow, bound <= exactLimit else { return nil }
        return lcm
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
