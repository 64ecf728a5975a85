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
        sources.append(Int32(truncatingIfNeeded: source))
        targets.append(Int32(truncatingIfNeeded: target))
        weights.append(weight)
    }

    /// Builds the graph.
    /// - Parameters:
    ///   - parallelEdges: how parallel edges combine.
    ///   - weighted: whether the result is marked weighted; by default, when any
    ///     weight (after merging) differs from 1.
    ///
    /// Arcs are scattered straight from the edge lists into their rows (a counting
    /// sort), then each row is sorted and merged in place, so building needs about
    /// 12 bytes per arc beyond the builder's own edge lists.
    public func build(parallelEdges: ParallelEdgePolicy = .sum, weighted: Bool? = nil) -> Graph {
        let n = nodeCount
        var offsets = [Int](repeating: 0, count: n + 1)
        for e in sources.indices {
            let u = Int(sources[e]), v = Int(targets[e])
            offsets[u + 1] += 1
            if !isDirected && u != v { offsets[v + 1] += 1 }
        }
        for i in 0..<n { offsets[i + 1] += offsets[i] }
        var columns = [Int32](repeating: 0, count: offsets[n])
        var arcWeights = [Double](repeating: 0, count: offsets[n])
        var cursor = offsets
        for e in sources.indices {
            let u = sources[e], v = targets[e], w = weights[e]
            var p = cursor[Int(u)]
            columns[p] = v
            arcWeights[p] = w
            cursor[Int(u)] = p + 1
            if !isDirected && u != v {
                p = cursor[Int(v)]
                columns[p] = u
                arcWeights[p] = w
                cursor[Int(v)] = p + 1
            }
        }
        cursor = []
        Self.sortAndMergeRows(offsets: &offsets, columns: &columns, weights: &arcWeights, policy: parallelEdges)

        var selfLoops = 0
        for u in 0..<n {
            for p in offsets[u] ..< offsets[u + 1] where columns[p] == Int32(u) { selfLoops += 1 }
        }
        let edges = isDirected ? columns.count : (columns.count - selfLoops) / 2 + selfLoops
        let isWeighted = weighted ?? arcWeights.contains { $0 != 1 }
        guard isDirected else {
            return Graph(
                isDirected: false, isWeighted: isWeighted, nodeCount: n, edgeCount: edges, selfLoopCount: selfLoops,
                outOffsets: offsets, outTargets: columns, outWeights: arcWeights,
                inOffsets: offsets, inTargets: columns, inWeights: arcWeights)
        }
        let transpose = Self.transpose(nodeCount: n, offsets: offsets, columns: columns, weights: arcWeights)
        return Graph(
            isDirected: true, isWeighted: isWeighted, nodeCount: n, edgeCount: edges, selfLoopCount: selfLoops,
            outOffsets: offsets, outTargets: columns, outWeights: arcWeights,
            inOffsets: transpose.offsets, inTargets: transpose.columns, inWeights: transpose.weights)
    }

    /// Sorts every row by column, keeping insertion order among equal columns (so `.first` is the
    /// first edge added), merges equal columns by `policy`, and compacts the arrays in place.
    private static func sortAndMergeRows(
        offsets: inout [Int], columns: inout [Int32], weights: inout [Double], policy: ParallelEdgePolicy
    ) {
        let n = offsets.count - 1
        var order: [Int] = []
        var sortedColumns: [Int32] = []
        var sortedWeights: [Double] = []
        var write = 0
        var rowStart = offsets[0]
        for r in 0..<n {
            let start = rowStart, end = offsets[r + 1]
            rowStart = end
            var isSorted = true
            var p = start + 1
            while p < end {
                if columns[p - 1] > columns[p] { isSorted = false; break }
                p += 1
            }
            if !isSorted {
                order.removeAll(keepingCapacity: true)
                order.append(contentsOf: start..<end)
                order.sort { a, b in columns[a] != columns[b] ? columns[a] < columns[b] : a < b }
                sortedColumns.removeAll(keepingCapacity: true)
                sortedWeights.removeAll(keepingCapacity: true)
                for i in order {
                    sortedColumns.append(columns[i])
                    sortedWeights.append(weights[i])
                }
                for k in 0..<(end - start) {
                    columns[start + k] = sortedColumns[k]
                    weights[start + k] = sortedWeights[k]
                }
            }
            // Merge runs of equal columns; `write` never passes the read position, so in place is safe.
            var i = start
            while i < end {
                let column = columns[i]
                var combined = weights[i]
                var multiplicity = 1
                var j = i + 1
                while j < end, columns[j] == column {
                    let w = weights[j]
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
                columns[write] = column
                weights[write] = combined
                write += 1
                i = j
            }
            offsets[r + 1] = write
        }
        columns.removeLast(columns.count - write)
        weights.removeLast(weights.count - write)
    }

    /// The transposed rows: for each node, the sources of its in-arcs, sorted (rows are scanned
    /// in source order, so no sort is needed).
    private static func transpose(nodeCount n: Int, offsets: [Int], columns: [Int32], weights: [Double])
        -> (offsets: [Int], columns: [Int32], weights: [Double])
    {
        var inOffsets = [Int](repeating: 0, count: n + 1)
        for c in columns { inOffsets[Int(c) + 1] += 1 }
        for i in 0..<n { inOffsets[i + 1] += inOffsets[i] }
        var cursor = inOffsets
        var inColumns = [Int32](repeating: 0, count: columns.count)
        var inWeights = [Double](repeating: 0, count: columns.count)
        for u in 0..<n {
            for p in offsets[u] ..< offsets[u + 1] {
                let v = Int(columns[p])
                let q = cursor[v]
                inColumns[q] = Int32(truncatingIfNeeded: u)
                inWeights[q] = weights[p]
                cursor[v] = q + 1
            }
        }
        return (inOffsets, inColumns, inWeights)
    }
}

