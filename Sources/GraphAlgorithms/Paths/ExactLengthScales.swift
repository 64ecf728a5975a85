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
/// length 1, so a pendant chain with large strengths cannot spoil its own component either. Counting
/// also reads strengths written with up to six decimals (0.25, 3.75) as the decimals they are: with
/// `D_c = 10^k` the smallest power making every `w · D_c` a whole number (to 1e-12 relative), the strengths
/// `w · D_c` are integers and the lengths `L_c / (w · D_c)` are proportional to `1 / w`, which is all
/// counting needs. A component keeps the floating-point length `1 / w` (factor nil) when one of its
/// strengths is not such a number, or when a path could reach 2⁵³ (`L_c > 2⁵³`, or
/// `(n_c − 1) · L_c / min w > 2⁵³`, the longest simple path's bound), beyond which a `Double` no longer
/// holds every integer.
struct ExactLengthScales {
    /// The component of each node.
    let componentOfNode: [Int]
    /// `L_c` per component, nil where lengths stay in floating point; 1 for a component without arcs.
    let scales: [Int?]
    /// Nodes per component.
    let sizes: [Int]
    /// Per component, whether every strength in it is a positive integer, or with `neutralBridges` a decimal
    /// of up to six places (so a nil scale means "too large").
    let integral: [Bool]
    /// Per component, `D_c`: the power of ten that makes its strengths whole (1 unless counting decimals).
    let decimalFactors: [Double]
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
        var strengths = [Set<Double>](repeating: [], count: components.count)
        var arcs = [Bool](repeating: false, count: components.count)
        for u in 0..<graph.nodeCount {
            let c = components.labels[u]
            for p in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                arcs[c] = true
                if !neutral.isEmpty && neutral.contains(Self.key(u, Int(graph.outTargets[p]))) { continue }
                strengths[c].insert(graph.outWeights[p])
            }
        }
        hasArcs = arcs
        var integral = [Bool](repeating: false, count: components.count)
        var factors = [Double](repeating: 1, count: components.count)
        var scales = [Int?](repeating: nil, count: components.count)
        for c in 0..<components.count {
            guard let found = Self.wholeStrengths(strengths[c], decimals: neutralBridges ? 6 : 0) else { continue }
            let whole = found.whole
            integral[c] = true
            factors[c] = found.factor
            scales[c] = whole.isEmpty ? 1 : Self.integerScale(distinct: whole, nodeCount: components.sizes[c])
        }
        self.integral = integral
        self.decimalFactors = factors
        self.scales = scales
    }

    /// The smallest `D = 10^k`, `k ≤ decimals`, making every strength times `D` a whole number from 1 to 2⁵³
    /// (exactly for `k = 0`, to 1e-12 relative otherwise), with those whole numbers; nil if there is none.
    static func wholeStrengths(_ strengths: Set<Double>, decimals: Int) -> (factor: Double, whole: Set<Int>)? {
        var factor = 1.0
        for exponent in 0...decimals {
            var whole = Set<Int>()
            var fits = true
            for w in strengths {
                let scaled = w * factor
                let rounded = scaled.rounded()
                let close = exponent == 0 ? scaled == rounded : abs(scaled - rounded) <= 1e-12 * scaled
                guard rounded >= 1, rounded <= Double(exactLimit), close else {
                    fits = false
                    break
                }
                whole.insert(Int(rounded))
            }
            if fits { return (factor, whole) }
            factor *= 10
        }
        return nil
    }

    /// The exact length of an arc of strength `w` in component `c`, or nil when `c` has no exact lengths.
    func length(strength w: Double, component c: Int) -> Double? {
        guard let scale = scales[c] else { return nil }
        return Double(scale) / (w * decimalFactors[c]).rounded()
    }

    /// The key of the undirected edge `u – v`.
    static func key(_ u: Int, _ v: Int) -> UInt64 { UInt64(min(u, v)) << 32 | UInt64(max(u, v)) }

    /// Whether the arc `u → v` has a neutral length (see `neutralBridges`).
    func isNeutral(_ u: Int, _ v: Int) -> Bool { !neutralEdges.isEmpty && neutralEdges.contains(Self.key(u, v)) }

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
