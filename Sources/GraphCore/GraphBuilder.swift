/// How ``GraphBuilder`` combines several edges between the same pair of nodes.
public enum ParallelEdgePolicy: String, Sendable, CaseIterable {
    /// One edge whose weight is the sum of the parallel weights (the default).
    case sum
    /// One edge whose weight is the largest of the parallel weights.
    case max
    /// One edge whose weight is the smallest of the parallel weights.
    case min
    /// One edge whose weight is the number of parallel edges.
    case count
    /// One edge whose weight is the first parallel edge's weight.
    case first
}

/// Errors raised while building a graph.
public enum GraphBuildError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An endpoint is outside `0..<nodeCount`.
    case nodeOutOfRange(node: Int, nodeCount: Int)
    /// A weight is not a finite number.
    case nonFiniteWeight(source: Int, target: Int)
    /// More arcs than an `Int32`-indexed graph can hold.
    case tooManyNodes(Int)

    public var description: String {
        switch self {
        case let .nodeOutOfRange(node, nodeCount):
            return "node \(node) is outside 0..<\(nodeCount)"
        case let .nonFiniteWeight(source, target):
            return "the edge \(source)–\(target) has a weight that is not a finite number"
        case let .tooManyNodes(count):
            return "\(count) nodes exceed the \(Int32.max) an Int32-indexed graph can hold"
        }
    }
}

/// Collects edges and builds a ``Graph``.
///
/// Building sorts every row and merges parallel edges by the chosen
/// ``ParallelEdgePolicy``. Complexity: O(n + m log d) time where d is the
/// largest degree, O(n + m) extra memory.
public struct GraphBuilder: Sendable {
    public let nodeCount: Int
    public let isDirected: Bool
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Double] = []
    private var sawNonUnitWeight = false

    /// Creates a builder for nodes `0..<nodeCount`.
    public init(nodeCount: Int, directed: Bool) throws(GraphBuildError) {
        guard nodeCount >= 0, nodeCount < Int(Int32.max) else { throw .tooManyNodes(nodeCount) }
        self.nodeCount = nodeCount
        self.isDirected = directed
    }

    /// Reserves room for `count` edges.
    public mutating func reserveCapacity(_ count: Int) {
        sources.reserveCapacity(count)
        targets.reserveCapacity(count)
        weights.reserveCapacity(count)
    }

    /// Adds the edge `source → target` (or `{source, target}` if undirected). O(1) amortised.
    public mutating func addEdge(_ source: Int, _ target: Int, weight: Double = 1) throws(GraphBuildError) {
        guard source >= 0, source < nodeCount else { throw .nodeOutOfRange(node: source, nodeCount: nodeCount) }
        guard target >= 0, target < nodeCount else { throw .nodeOutOfRange(node: target, nodeCount: nodeCount) }
        guard weight.isFinite else { throw .nonFiniteWeight(source: source, target: target) }
        if weight != 1 { sawNonUnitWeight = true }
        sources.append(Int32(truncatingIfNeeded: source))
        targets.append(Int32(truncatingIfNeeded: target))
        weights.append(weight)
    }

    /// Builds the graph.
    /// - Parameters:
    ///   - parallelEdges: how parallel edges combine.
    ///   - weighted: whether the result is marked weighted; by default, when any
    ///     weight (after merging) differs from 1.
    public func build(parallelEdges: ParallelEdgePolicy = .sum, weighted: Bool? = nil) -> Graph {
        let n = nodeCount
        // Arcs: every edge once if directed; both directions (a self-loop once) if undirected.
        var arcSource: [Int32] = []
        var arcTarget: [Int32] = []
        var arcWeight: [Double] = []
        let estimate = isDirected ? sources.count : 2 * sources.count
        arcSource.reserveCapacity(estimate)
        arcTarget.reserveCapacity(estimate)
        arcWeight.reserveCapacity(estimate)
        for e in sources.indices {
            let u = sources[e], v = targets[e], w = weights[e]
            arcSource.append(u); arcTarget.append(v); arcWeight.append(w)
            if !isDirected && u != v {
                arcSource.append(v); arcTarget.append(u); arcWeight.append(w)
            }
        }
        let out = Self.compressedRows(
            nodeCount: n, rows: arcSource, columns: arcTarget, weights: arcWeight, policy: parallelEdges)
        var selfLoops = 0
        for u in 0..<n {
            for p in out.offsets[u] ..< out.offsets[u + 1] where out.columns[p] == Int32(u) { selfLoops += 1 }
        }
        let edges = isDirected ? out.columns.count : (out.columns.count - selfLoops) / 2 + selfLoops
        let isWeighted = weighted ?? out.weights.contains { $0 != 1 }
        if isDirected {
            let inRows = Self.compressedRows(
                nodeCount: n, rows: out.columnsPerArc(), columns: out.rowsPerArc(), weights: out.weights,
                policy: .first)
            return Graph(
                isDirected: true, isWeighted: isWeighted, nodeCount: n, edgeCount: edges, selfLoopCount: selfLoops,
                outOffsets: out.offsets, outTargets: out.columns, outWeights: out.weights,
                inOffsets: inRows.offsets, inTargets: inRows.columns, inWeights: inRows.weights)
        }
        return Graph(
            isDirected: false, isWeighted: isWeighted, nodeCount: n, edgeCount: edges, selfLoopCount: selfLoops,
            outOffsets: out.offsets, outTargets: out.columns, outWeights: out.weights,
            inOffsets: out.offsets, inTargets: out.columns, inWeights: out.weights)
    }

    /// Counting sort by row, then sort each row by column and merge equal columns.
    private static func compressedRows(
        nodeCount n: Int, rows: [Int32], columns: [Int32], weights: [Double], policy: ParallelEdgePolicy
    ) -> CompressedRows {
        var counts = [Int](repeating: 0, count: n + 1)
        for r in rows { counts[Int(r) + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var cursor = counts
        var scatteredColumns = [Int32](repeating: 0, count: rows.count)
        var scatteredWeights = [Double](repeating: 0, count: rows.count)
        for a in rows.indices {
            let r = Int(rows[a])
            let p = cursor[r]
            scatteredColumns[p] = columns[a]
            scatteredWeights[p] = weights[a]
            cursor[r] = p + 1
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var outColumns: [Int32] = []
        var outWeights: [Double] = []
        outColumns.reserveCapacity(rows.count)
        outWeights.reserveCapacity(rows.count)
        var order: [Int] = []
        for r in 0..<n {
            let start = counts[r], end = counts[r + 1]
            order.removeAll(keepingCapacity: true)
            order.append(contentsOf: start..<end)
            // Stable sort keeps the insertion order of parallel edges, so `.first` means the first added.
            var isSorted = true
            var p = start + 1
            while p < end {
                if scatteredColumns[p - 1] > scatteredColumns[p] { isSorted = false; break }
                p += 1
            }
            if !isSorted {
                order.sort { a, b in
                    let ca = scatteredColumns[a], cb = scatteredColumns[b]
                    return ca != cb ? ca < cb : a < b
                }
            }
            var i = 0
            while i < order.count {
                let column = scatteredColumns[order[i]]
                var combined = scatteredWeights[order[i]]
                var multiplicity = 1
                var j = i + 1
                while j < order.count, scatteredColumns[order[j]] == column {
                    let w = scatteredWeights[order[j]]
                    switch policy {
                    case .sum: combined += w
                    case .max: combined = Swift.max(combined, w)
                    case .min: combined = Swift.min(combined, w)
                    case .count, .first: break
                    }
                    multiplicity += 1
                    j += 1
                }
                if policy == .count { combined = Double(multiplicity) }
                outColumns.append(column)
                outWeights.append(combined)
                i = j
            }
            offsets[r + 1] = outColumns.count
        }
        return CompressedRows(offsets: offsets, columns: outColumns, weights: outWeights)
    }
}

/// Rows in compressed form, as produced while building.
private struct CompressedRows {
    var offsets: [Int]
    var columns: [Int32]
    var weights: [Double]

    func rowsPerArc() -> [Int32] {
        var rows = [Int32](repeating: 0, count: columns.count)
        for r in 0..<(offsets.count - 1) {
            for p in offsets[r] ..< offsets[r + 1] { rows[p] = Int32(truncatingIfNeeded: r) }
        }
        return rows
    }

    func columnsPerArc() -> [Int32] { columns }
}
