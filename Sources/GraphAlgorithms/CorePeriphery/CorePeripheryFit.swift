/// How the ideal core/periphery pattern treats pairs of one core and one periphery node.
public enum CorePeripheryBlocks: String, Sendable, CaseIterable {
    /// Core–periphery pairs are left out of the correlation (treated as missing). UCINET's default
    /// for its categorical core/periphery routine ("if left blank or the word missing is entered
    /// these ties are ignored").
    case missing
    /// Core–periphery pairs are ideal ties (1): the "core/periphery with connections" pattern.
    case ties
}

/// The counts the core/periphery correlation depends on, for one partition of a simple
/// undirected graph: with binary data and a binary ideal, Pearson's r over the pairs compared is
/// a function of the numbers of pairs and of ties inside each block.
struct CorePeripheryCounts {
    /// Nodes and edges of the graph.
    let nodeCount: Int
    let edgeCount: Int
    /// Core nodes, ties among them, and ties among periphery nodes.
    var coreSize: Int
    var coreTies: Int
    var peripheryTies: Int

    /// Pearson's r between the data and the ideal pattern over the pairs compared; NaN when either
    /// side is constant (or no pair is compared).
    ///
    /// With `N` pairs compared, `X` the ties among them, `Y` the ideal ties and `XY` the ties that
    /// are ideal: `r = (N·XY − X·Y) / √((N·X − X²)(N·Y − Y²))` (binary values, so `Σx² = X`).
    /// The numerator and both factors are exact (128-bit) integers; only the last step rounds.
    func correlation(_ blocks: CorePeripheryBlocks) -> Double {
        let corePairs = coreSize * (coreSize - 1) / 2
        let periphery = nodeCount - coreSize
        let peripheryPairs = periphery * (periphery - 1) / 2
        let pairs: Int, ties: Int, ideal: Int, idealTies: Int
        switch blocks {
        case .missing:
            pairs = corePairs + peripheryPairs
            ties = coreTies + peripheryTies
            ideal = corePairs
            idealTies = coreTies
        case .ties:
            pairs = nodeCount * (nodeCount - 1) / 2
            ties = edgeCount
            ideal = pairs - peripheryPairs
            idealTies = edgeCount - peripheryTies
        }
        // 128-bit products: pairs² overflows 64 bits beyond about three million nodes.
        let (pairs128, ties128, ideal128) = (Int128(pairs), Int128(ties), Int128(ideal))
        let dataSpread = pairs128 * ties128 - ties128 * ties128
        let idealSpread = pairs128 * ideal128 - ideal128 * ideal128
        guard dataSpread > 0, idealSpread > 0 else { return .nan }
        let covariance = pairs128 * Int128(idealTies) - ties128 * ideal128
        return Double(covariance) / (Double(dataSpread).squareRoot() * Double(idealSpread).squareRoot())
    }

    /// The counts after `node`, with `coreNeighbors` of its neighbours in the core and `degree` in
    /// all, changes side.
    func flipping(isCore: Bool, coreNeighbors: Int, degree: Int) -> CorePeripheryCounts {
        var next = self
        let peripheryNeighbors = degree - coreNeighbors
        if isCore {
            next.coreSize -= 1
            next.coreTies -= coreNeighbors
            next.peripheryTies += peripheryNeighbors
        } else {
            next.coreSize += 1
            next.coreTies += coreNeighbors
            next.peripheryTies -= peripheryNeighbors
        }
        return next
    }

    /// Counts a partition from scratch. O(n + m).
    init(_ rows: SimpleUndirectedRows, isCore: [Bool]) {
        nodeCount = rows.nodeCount
        edgeCount = rows.edgeCount
        var coreSize = 0, coreEnds = 0, peripheryEnds = 0
        for v in 0..<rows.nodeCount {
            if isCore[v] { coreSize += 1 }
            for p in rows.offsets[v]..<rows.offsets[v + 1] where isCore[Int(rows.neighbors[p])] == isCore[v] {
                if isCore[v] { coreEnds += 1 } else { peripheryEnds += 1 }
            }
        }
        self.coreSize = coreSize
        coreTies = coreEnds / 2
        peripheryTies = peripheryEnds / 2
    }
}
