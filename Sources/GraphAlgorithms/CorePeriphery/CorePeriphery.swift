import GraphCore

/// A partition into core and periphery with its fit.
public struct CorePeripheryPartition: Sendable, Equatable {
    /// The core nodes, sorted.
    public let core: [Int]
    /// Core membership of every node.
    public let isCore: [Bool]
    /// Pearson's correlation between the adjacency matrix and the ideal pattern; NaN if undefined.
    public let correlation: Double
}

/// The discrete core/periphery model of Borgatti & Everett (2000).
///
/// Definition: a partition of the nodes into core and periphery is scored by Pearson's
/// correlation between the off-diagonal adjacency matrix (each unordered pair once) and the ideal
/// pattern `δ_ij = 1` if both are core and `0` if both are periphery; mixed pairs are left out
/// (``CorePeripheryBlocks/missing``, UCINET's default) or ideal ties (``CorePeripheryBlocks/ties``).
///
/// Conventions: undirected and unweighted (a directed arc in either direction is a tie, weights
/// ignored), self-loops ignored (the diagonal is not compared). The correlation is undefined (NaN)
/// when data or ideal are constant over the pairs compared: empty or complete graphs, all nodes on
/// one side, fewer than two nodes.
///
/// Reference: S. P. Borgatti and M. G. Everett, "Models of core/periphery structures",
/// Social Networks 21(4), 375–395 (2000), doi:10.1016/S0378-8733(99)00019-2; UCINET 6 help,
/// "Network > Core/Periphery > Categorical".
public enum CorePeriphery {
    /// The correlation of a given partition (`isCore` per node).
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` if `isCore` does not have one
    ///   entry per node.
    /// - Complexity: O(n + m).
    public static func correlation(
        _ graph: Graph, isCore: [Bool], blocks: CorePeripheryBlocks = .missing
    ) throws(AlgorithmError) -> Double {
        guard isCore.count == graph.nodeCount else {
            throw .invalidParameter(
                name: "isCore", value: "\(isCore.count) entries", reason: "needs one per node (\(graph.nodeCount))")
        }
        return CorePeripheryCounts(SimpleUndirectedRows(graph), isCore: isCore).correlation(blocks)
    }

    /// The partition that maximises the correlation, by local search: a random start (each node
    /// core with probability ½), then sweeps over the nodes in order, moving a node to the other side
    /// whenever that raises the correlation, until a whole sweep moves nobody, then the best
    /// exchange of a core node for a periphery node if it raises the correlation, and again; `restarts`
    /// independent starts, the best kept (ties to the earliest). A heuristic (a local optimum under
    /// single moves); deterministic for a seed, whatever the thread count. A move is scored in O(1)
    /// from the block counts (``CorePeripheryCounts``) and applied in O(degree); an exchange pass
    /// tries every core–periphery pair in small graphs, and the 128 likeliest nodes of each side in
    /// larger ones.
    ///
    /// - Parameters:
    ///   - blocks: how core–periphery pairs enter the ideal pattern (default: missing, as UCINET).
    ///   - seed: seeds the random starts.
    ///   - restarts: independent starts, at least 1 (default 10).
    ///   - threads: restarts run in parallel on up to this many threads.
    /// - Returns: the best partition; if no partition reached has a defined correlation (e.g. a graph
    ///   without ties), an empty core and NaN.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` for fewer than one restart or thread.
    /// - Complexity: O(n + m) per sweep, O(n log n + m) per exchange pass, per restart.
    public static func discrete(
        _ graph: Graph, blocks: CorePeripheryBlocks = .missing, seed: UInt64 = 1, restarts: Int = 10,
        threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> CorePeripheryPartition {
        guard restarts >= 1 else {
            throw .invalidParameter(name: "restarts", value: "\(restarts)", reason: "at least one start is needed")
        }
        try ParallelWork.validate(threads: threads)
        let rows = SimpleUndirectedRows(graph)
        let n = rows.nodeCount
        let partitions = SharedBuffer<Bool>.allocate(count: restarts * n, repeating: false)
        let fits = SharedBuffer<Double>.allocate(count: restarts, repeating: .nan)
        defer { partitions.deallocate(); fits.deallocate() }
        // Each restart writes only its own slots (SharedBuffer's invariant).
        ParallelWork.run(units: restarts, threads: threads, progress: nil, makeScratch: { () }) { _, restart in
            var random = SplitMix64.stream(seed: seed, index: restart)
            let isCore = (0..<n).map { _ in random.next() & 1 == 1 }
            let (best, fit) = improve(rows, start: isCore, blocks: blocks)
            for v in 0..<n { partitions.base[restart * n + v] = best[v] }
            fits.base[restart] = fit
        }
        var best: Int?
        for restart in 0..<restarts where !fits.base[restart].isNaN {
            if let current = best, fits.base[restart] <= fits.base[current] { continue }
            best = restart
        }
        guard let best else {
            return CorePeripheryPartition(core: [], isCore: [Bool](repeating: false, count: n), correlation: .nan)
        }
        let isCore = (0..<n).map { partitions.base[best * n + $0] }
        return CorePeripheryPartition(
            core: (0..<n).filter { isCore[$0] }, isCore: isCore,
            correlation: CorePeripheryCounts(rows, isCore: isCore).correlation(blocks))
    }

    /// Local search from `start`: first-improvement sweeps of single moves until a sweep moves
    /// nobody, then the best exchange of a core node for a periphery node if it improves, and again.
    static func improve(
        _ rows: SimpleUndirectedRows, start: [Bool], blocks: CorePeripheryBlocks
    ) -> (isCore: [Bool], correlation: Double) {
        var state = LocalSearchState(rows, isCore: start, blocks: blocks)
        repeat {
            state.sweepSingleMoves()
        } while state.exchangeBest()
        return (state.isCore, state.current)
    }
}

/// A partition under local search, with its block counts, correlation and core-neighbour counts.
private struct LocalSearchState {
    let rows: SimpleUndirectedRows
    let blocks: CorePeripheryBlocks
    var isCore: [Bool]
    var counts: CorePeripheryCounts
    var current: Double
    /// For every node, how many of its neighbours are core.
    var coreNeighbors: [Int]
    /// `neighborStamp[w] == stamp` marks the neighbours of the node being exchanged.
    var neighborStamp: [Int]
    var stamp = 0

    init(_ rows: SimpleUndirectedRows, isCore: [Bool], blocks: CorePeripheryBlocks) {
        self.rows = rows
        self.blocks = blocks
        self.isCore = isCore
        counts = CorePeripheryCounts(rows, isCore: isCore)
        current = counts.correlation(blocks)
        let n = rows.nodeCount
        coreNeighbors = [Int](repeating: 0, count: n)
        for v in 0..<n {
            for p in rows.offsets[v]..<rows.offsets[v + 1] where isCore[Int(rows.neighbors[p])] { coreNeighbors[v] += 1 }
        }
        neighborStamp = [Int](repeating: 0, count: n)
    }

    /// Whether `fit` beats the current correlation (any defined value beats NaN).
    func improves(_ fit: Double) -> Bool {
        !fit.isNaN && (current.isNaN || fit > current + 1e-12 * max(1, abs(current)))
    }

    /// Moves `v` to the other side; the caller supplies the counts afterwards.
    mutating func move(_ v: Int, counts next: CorePeripheryCounts) {
        let delta = isCore[v] ? -1 : 1
        isCore[v].toggle()
        for p in rows.offsets[v]..<rows.offsets[v + 1] { coreNeighbors[Int(rows.neighbors[p])] += delta }
        counts = next
    }

    /// Sweeps over the nodes in order, moving every node whose move improves the fit, until a
    /// sweep moves nobody. O(n + m) per sweep.
    mutating func sweepSingleMoves() {
        var moved = true
        while moved {
            moved = false
            for v in 0..<rows.nodeCount {
                let next = counts.flipping(isCore: isCore[v], coreNeighbors: coreNeighbors[v], degree: rows.degree(of: v))
                let fit = next.correlation(blocks)
                guard improves(fit) else { continue }
                move(v, counts: next)
                current = fit
                moved = true
            }
        }
    }

    /// Core and periphery nodes considered for exchanges: all of them in graphs with at most this
    /// many on a side, else the core nodes with the fewest core neighbours and the periphery nodes
    /// with the most (the likeliest to be on the wrong side), so that a pass stays O(n log n).
    static let exchangeCandidates = 128

    /// Makes the exchange of a core node `u` for a periphery node `v` that improves the fit most
    /// (ties to the first pair in candidate order); returns whether one improved.
    /// O(n log n + L² + m) with `L` = ``exchangeCandidates``.
    mutating func exchangeBest() -> Bool {
        let n = rows.nodeCount
        var core = (0..<n).filter { isCore[$0] }
        var periphery = (0..<n).filter { !isCore[$0] }
        let limit = Self.exchangeCandidates
        if core.count > limit {
            core.sort { (coreNeighbors[$0], $0) < (coreNeighbors[$1], $1) }
            core.removeLast(core.count - limit)
        }
        if periphery.count > limit {
            periphery.sort { (-coreNeighbors[$0], $0) < (-coreNeighbors[$1], $1) }
            periphery.removeLast(periphery.count - limit)
        }
        var best: (u: Int, v: Int, fit: Double, counts: CorePeripheryCounts)?
        for u in core {
            stamp += 1
            for p in rows.offsets[u]..<rows.offsets[u + 1] { neighborStamp[Int(rows.neighbors[p])] = stamp }
            let out = counts.flipping(isCore: true, coreNeighbors: coreNeighbors[u], degree: rows.degree(of: u))
            for v in periphery {
                // Once u has left the core, v has one core neighbour fewer if they are adjacent.
                let adjacent = neighborStamp[v] == stamp ? 1 : 0
                let next = out.flipping(isCore: false, coreNeighbors: coreNeighbors[v] - adjacent, degree: rows.degree(of: v))
                let fit = next.correlation(blocks)
                guard !fit.isNaN else { continue }
                if let best, fit <= best.fit { continue }
                best = (u, v, fit, next)
            }
        }
        guard let best, improves(best.fit) else { return false }
        let out = counts.flipping(isCore: true, coreNeighbors: coreNeighbors[best.u], degree: rows.degree(of: best.u))
        move(best.u, counts: out)
        move(best.v, counts: best.counts)
        current = best.fit
        return true
    }
}
