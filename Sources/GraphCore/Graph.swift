/// An immutable graph in compressed sparse row (CSR) form.
///
/// Nodes are the integers `0..<nodeCount`. The arcs leaving node `u` are
/// `outTargets[outOffsets[u] ..< outOffsets[u + 1]]`, sorted by target, with
/// their weights at the same positions of `outWeights`. An undirected edge
/// `{u, v}` with `u != v` is stored as the two arcs `u → v` and `v → u`; an
/// undirected self-loop is stored as one arc `u → u`. A directed graph also
/// stores the transposed rows (`inOffsets`, `inTargets`, `inWeights`) so that
/// kernels can pull from in-neighbours; for an undirected graph the `in`
/// arrays are the `out` arrays (shared storage, no copy).
///
/// Memory: 8 bytes per node for each offsets array, 4 bytes per arc for the
/// targets and 8 per arc for the weights, i.e. 12 bytes per stored arc and
/// 8 (undirected) or 16 (directed) bytes per node.
///
/// Parallel edges never appear: ``GraphBuilder`` merges them when it builds.
public struct Graph: Sendable {
    /// Whether arcs have a direction.
    public let isDirected: Bool
    /// Whether the weights carry information (all weights are 1 otherwise).
    public let isWeighted: Bool
    /// Number of nodes.
    public let nodeCount: Int
    /// Number of edges: distinct ordered pairs if directed, unordered pairs if
    /// undirected; self-loops included (as networkx's `number_of_edges`).
    public let edgeCount: Int
    /// Number of self-loops.
    public let selfLoopCount: Int

    /// Row offsets of the out-arcs, `nodeCount + 1` entries.
    public let outOffsets: [Int]
    /// Targets of the out-arcs, sorted within each row.
    public let outTargets: [Int32]
    /// Weights of the out-arcs, parallel to ``outTargets``.
    public let outWeights: [Double]
    /// Row offsets of the in-arcs (the transpose); equal to ``outOffsets`` if undirected.
    public let inOffsets: [Int]
    /// Sources of the in-arcs, sorted within each row; equal to ``outTargets`` if undirected.
    public let inTargets: [Int32]
    /// Weights of the in-arcs; equal to ``outWeights`` if undirected.
    public let inWeights: [Double]

    init(
        isDirected: Bool, isWeighted: Bool, nodeCount: Int, edgeCount: Int, selfLoopCount: Int,
        outOffsets: [Int], outTargets: [Int32], outWeights: [Double],
        inOffsets: [Int], inTargets: [Int32], inWeights: [Double]
    ) {
        self.isDirected = isDirected
        self.isWeighted = isWeighted
        self.nodeCount = nodeCount
        self.edgeCount = edgeCount
        self.selfLoopCount = selfLoopCount
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.inOffsets = inOffsets
        self.inTargets = inTargets
        self.inWeights = inWeights
    }

    /// Number of stored out-arcs.
    public var arcCount: Int { outTargets.count }

    /// The out-neighbours of `node`, sorted. O(1).
    public func outNeighbors(of node: Int) -> ArraySlice<Int32> {
        outTargets[outOffsets[node] ..< outOffsets[node + 1]]
    }

    /// The in-neighbours of `node`, sorted (the out-neighbours if undirected). O(1).
    public func inNeighbors(of node: Int) -> ArraySlice<Int32> {
        inTargets[inOffsets[node] ..< inOffsets[node + 1]]
    }

    /// The weights of the out-arcs of `node`, parallel to ``outNeighbors(of:)``. O(1).
    public func outArcWeights(of node: Int) -> ArraySlice<Double> {
        outWeights[outOffsets[node] ..< outOffsets[node + 1]]
    }

    /// Number of out-arcs of `node` (self-loop counted once). O(1).
    public func outArcCount(of node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }

    /// Number of in-arcs of `node` (self-loop counted once). O(1).
    public func inArcCount(of node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// Whether the arc `u → v` exists (for undirected graphs: the edge `{u, v}`).
    /// O(log d(u)) by binary search in the sorted row.
    public func hasArc(from u: Int, to v: Int) -> Bool {
        arcPosition(from: u, to: v) != nil
    }

    /// Position in ``outTargets`` of the arc `u → v`, or nil. O(log d(u)).
    public func arcPosition(from u: Int, to v: Int) -> Int? {
        var low = outOffsets[u]
        var high = outOffsets[u + 1]
        let key = Int32(truncatingIfNeeded: v)
        while low < high {
            let mid = (low + high) / 2
            let t = outTargets[mid]
            if t == key { return mid }
            if t < key { low = mid + 1 } else { high = mid }
        }
        return nil
    }
}
