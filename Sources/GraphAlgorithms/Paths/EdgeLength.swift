import GraphCore

/// How a tie's weight becomes the length of a step on a shortest path.
///
/// - ``hops``: every arc has length 1, weights are ignored (breadth-first search).
/// - ``inverseWeight``: the weight is a tie *strength* (more is closer); the length is `1 / w`.
/// - ``weight``: the weight is a *distance*; the length is `w`.
///
/// Weighted lengths need every weight to be positive: a zero length makes the number of shortest
/// paths infinite and a negative one makes "shortest" undefined, so ``PathLengths/resolve(_:for:countingPaths:)``
/// throws ``AlgorithmError/invalidParameter(name:value:reason:)`` for them.
///
/// **Exact ties between path lengths.** Shortest-path counting needs `a == b` for equal path
/// lengths, which floating point breaks for inverted strengths (`1/3 + 1/3 + 1/3 != 1`; igraph
/// issue #950). Within each weakly connected component whose strengths are all positive integers,
/// ``inverseWeight`` therefore uses the integer length `L_c / w` with `L_c = lcm` of that
/// component's strengths, exact in a `Double` while every path sum stays below 2⁵³, and the results
/// are rescaled by `L_c` (betweenness is invariant; closeness and harmonic are multiplied by `L_c`,
/// distances divided by `L_c`); see ``ExactLengthScales``. In a component where that is impossible
/// (non-integer strengths, or a bound that could pass 2⁵³) the length is the float `1 / w` and ties
/// are detected with exact `==`, as networkx does; ``PathArithmetic`` says which was used.
/// `scripts/fixtures/paths.py` uses the very same lengths.
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
    /// Per node, the factor the lengths of its component were multiplied by (`L_c` for exact integer
    /// lengths, otherwise 1): a true path length is a computed length divided by the factor of either end.
    let nodeScales: [Double]
    /// The largest length when every length is an integer between 1 and 2²⁰ (so Dijkstra can use
    /// Dial's bucket queue), otherwise nil.
    let maximumIntegerLength: Int?

    init(outLengths: [Double], inLengths: [Double], nodeScales: [Double]) {
        self.outLengths = outLengths
        self.inLengths = inLengths
        self.nodeScales = nodeScales
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

    /// The factor of `node`'s component.
    func scale(of node: Int) -> Double { nodeScales[node] }

    /// The lengths for `graph` under `edgeLength`, or nil when a breadth-first search gives the
    /// same shortest paths (``EdgeLength/hops``, or every weight equal to 1 under a weighted rule).
    /// With `countingPaths` (betweenness: only which paths are shortest matters, not how long they are),
    /// bridges and self-loops get the neutral length 1 under ``EdgeLength/inverseWeight`` (see
    /// ``ExactLengthScales``); the lengths are then not distances.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for a weight ≤ 0.
    /// - Complexity: O(n + m + k log k) for k distinct weights.
    static func resolve(
        _ edgeLength: EdgeLength, for graph: Graph, countingPaths: Bool = false
    ) throws(AlgorithmError) -> PathLengths? {
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
        let unit = [Double](repeating: 1, count: graph.nodeCount)
        switch edgeLength {
        case .hops:
            return nil
        case .weight:
            return PathLengths(outLengths: graph.outWeights, inLengths: graph.inWeights, nodeScales: unit)
        case .inverseWeight:
            let exact = ExactLengthScales(graph, neutralBridges: countingPaths)
            let componentScale = exact.scales.map { $0.map(Double.init) }
            let nodeScales = exact.componentOfNode.map { componentScale[$0] ?? 1 }
            func lengths(offsets: [Int], targets: [Int32], weights: [Double]) -> [Double] {
                var out = [Double](repeating: 0, count: weights.count)
                for v in 0..<graph.nodeCount {
                    let c = exact.componentOfNode[v]
                    for p in offsets[v]..<offsets[v + 1] {
                        if let length = exact.length(strength: weights[p], component: c) {
                            out[p] = exact.isNeutral(v, Int(targets[p])) ? 1 : length
                        } else {
                            out[p] = 1 / weights[p]
                        }
                    }
                }
                return out
            }
            let outLengths = lengths(offsets: graph.outOffsets, targets: graph.outTargets, weights: graph.outWeights)
            let inLengths = graph.isDirected
                ? lengths(offsets: graph.inOffsets, targets: graph.inTargets, weights: graph.inWeights) : outLengths
            return PathLengths(outLengths: outLengths, inLengths: inLengths, nodeScales: nodeScales)
        }
    }
}
