import GraphCore

/// How a tie's weight becomes the length of a step on a shortest path.
///
/// - ``hops``: every arc has length 1, weights are ignored (breadth-first search).
/// - ``inverseWeight``: the weight is a tie *strength* (more is closer); the length is `1 / w`.
/// - ``weight``: the weight is a *distance*; the length is `w`.
///
/// Weighted lengths need every weight to be positive: a zero length makes the number of shortest
/// paths infinite and a negative one makes "shortest" undefined, so ``PathLengths/resolve(_:for:)``
/// throws ``AlgorithmError/invalidParameter(name:value:reason:)`` for them.
///
/// **Exact ties between path lengths.** Shortest-path counting needs `a == b` for equal path
/// lengths, which floating point breaks for inverted strengths (`1/3 + 1/3 + 1/3 != 1`; igraph
/// issue #950). When every strength is a positive integer, ``inverseWeight`` therefore uses the
/// integer length `L / w` with `L = lcm` of the strengths, exact in a `Double` while every path sum
/// stays below 2⁵³, and the results are rescaled by `L` (betweenness is invariant; closeness and
/// harmonic are multiplied by `L`, distances divided by `L`). Otherwise (non-integer strengths or
/// a bound that could pass 2⁵³) the length is the float `1 / w` and ties are detected with exact
/// `==`, as networkx does. `scripts/fixtures/paths.py` uses the very same lengths.
public enum EdgeLength: String, Sendable, CaseIterable, Equatable {
    /// Unweighted: every step has length 1.
    case hops
    /// The weight is a strength; the length is its inverse.
    case inverseWeight
    /// The weight is the length.
    case weight
}

/// The arc lengths a weighted shortest-path kernel uses, resolved once per graph.
struct PathLengths: Sendable {
    /// Length of each out-arc, parallel to `Graph.outTargets`.
    let outLengths: [Double]
    /// Length of each in-arc, parallel to `Graph.inTargets` (the out-lengths if undirected).
    let inLengths: [Double]
    /// The factor lengths were multiplied by (`L` for integer strengths, otherwise 1):
    /// a true path length is a computed length divided by `scale`.
    let scale: Double
    /// The largest length when every length is an integer between 1 and 2²⁰ (so Dijkstra can use
    /// Dial's bucket queue), otherwise nil.
    let maximumIntegerLength: Int?

    init(outLengths: [Double], inLengths: [Double], scale: Double) {
        self.outLengths = outLengths
        self.inLengths = inLengths
        self.scale = scale
        var largest = 0.0
        var integral = true
        for length in outLengths {
            if length < 1 || length > Double(1 << 20) || length != length.rounded(.down) {
                integral = false
                break
            }
            largest = max(largest, length)
        }
        maximumIntegerLength = integral ? Int(largest) : nil
    }

    /// The lengths for `graph` under `edgeLength`, or nil when a breadth-first search gives the
    /// same shortest paths (``EdgeLength/hops``, or every weight equal to 1 under a weighted rule).
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for a weight ≤ 0.
    /// - Complexity: O(m + k log k) for k distinct weights.
    static func resolve(_ edgeLength: EdgeLength, for graph: Graph) throws(AlgorithmError) -> PathLengths? {
        if edgeLength == .hops { return nil }
        var allOne = true
        for (position, w) in graph.outWeights.enumerated() {
            guard w > 0 else {
                throw .invalidParameter(
                    name: "weight", value: "\(w)",
                    reason: "shortest paths need positive tie weights (arc at position \(position) is not)")
            }
            if w != 1 { allOne = false }
        }
        if allOne { return nil }
        switch edgeLength {
        case .hops:
            return nil
        case .weight:
            return PathLengths(outLengths: graph.outWeights, inLengths: graph.inWeights, scale: 1)
        case .inverseWeight:
            if let lcm = integerScale(weights: graph.outWeights, nodeCount: graph.nodeCount) {
                let l = Double(lcm)
                return PathLengths(
                    outLengths: graph.outWeights.map { l / $0 }, inLengths: graph.inWeights.map { l / $0 },
                    scale: l)
            }
            return PathLengths(
                outLengths: graph.outWeights.map { 1 / $0 }, inLengths: graph.inWeights.map { 1 / $0 }, scale: 1)
        }
    }

    /// `lcm` of the weights when all are positive integers and `(n − 1) · lcm / min(w) ≤ 2⁵³`
    /// (so every simple path's length is an exact integer), otherwise nil.
    static func integerScale(weights: [Double], nodeCount: Int) -> Int? {
        let limit = 1 << 53
        var distinct = Set<Int>()
        for w in weights {
            guard w >= 1, w <= Double(limit), w == w.rounded(.down) else { return nil }
            distinct.insert(Int(w))
        }
        guard let smallest = distinct.min() else { return nil }
        var lcm = 1
        for w in distinct.sorted() {
            let step = w / gcd(lcm, w)
            let (product, overflow) = lcm.multipliedReportingOverflow(by: step)
            guard !overflow, product <= limit else { return nil }
            lcm = product
        }
        let (bound, overflow) = max(nodeCount - 1, 0).multipliedReportingOverflow(by: lcm / smallest)
        guard !overflow, bound <= limit else { return nil }
        return lcm
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
