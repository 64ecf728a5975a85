import NetworkModel

/// The nodes and ties a map draws, and the degrees among them.
struct MapSelection {
    /// Network node positions drawn, ascending, without repeats.
    let positions: [Int32]
    /// `isIncluded[p]` for every network position `p`.
    let isIncluded: [Bool]
    /// Indices into ``Network/ties`` of the ties with both ends drawn, in network order.
    let tieIndices: [Int]
    /// Degree (ties counted with multiplicity, a self-loop twice) among drawn ties, by network position.
    let degrees: [Int]

    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* ties.
    init(network: Network, positions requested: [Int32]?) throws(NetworkMapError) {
        let nodeCount = network.nodeCount
        var isIncluded = [Bool](repeating: requested == nil, count: nodeCount)
        if let requested {
            for position in requested {
                guard position >= 0, Int(position) < nodeCount else { throw .unknownNodePosition(position) }
                isIncluded[Int(position)] = true
            }
        }
        var positions: [Int32] = []
        positions.reserveCapacity(requested?.count ?? nodeCount)
        for index in 0..<nodeCount where isIncluded[index] { positions.append(Int32(index)) }

        var tieIndices: [Int] = []
        tieIndices.reserveCapacity(network.tieCount)
        var degrees = [Int](repeating: 0, count: nodeCount)
        for (index, tie) in network.ties.enumerated()
        where isIncluded[Int(tie.source)] && isIncluded[Int(tie.target)] {
            tieIndices.append(index)
            degrees[Int(tie.source)] += 1
            degrees[Int(tie.target)] += 1
        }
        self.positions = positions
        self.isIncluded = isIncluded
        self.tieIndices = tieIndices
        self.degrees = degrees
    }
}
