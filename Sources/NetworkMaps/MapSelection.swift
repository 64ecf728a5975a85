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

    /// - Parameter tieKinds: the tie kinds drawn; nil draws every kind.
    /// - Complexity: O(*n* + *m*) for *n* nodes and *m* ties.
    init(network: Network, positions requested: [Int32]?, tieKinds: Set<TieKind>? = nil) throws(NetworkMapError) {
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
        where isIncluded[Int(tie.source)] && isIncluded[Int(tie.target)] && tieKinds?.contains(tie.kind) != false {
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

/// How a map is cut down when the network is too large to draw readably: the `limit`
/// nodes with the largest size metric are kept, with the ties among them.
public enum MapNodeLimit {
    /// Maps drawing more nodes than this get a warning: the layout is slow and the picture unreadable.
    public static let warningNodeCount = 2_000

    /// Why a node limit cannot be applied.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The limit is zero or negative.
        case limitNotPositive(Int)
        /// A candidate position has no value in the metric column.
        case positionOutsideValues(Int32, valueCount: Int)

        public var description: String {
            switch self {
            case .limitNotPositive(let limit): return "the node limit must be at least 1 (got \(limit))"
            case .positionOutsideValues(let position, let count):
                return "node position \(position) has no metric value (the column has \(count) values)"
            }
        }
    }

    /// The at most `limit` positions among `candidates` with the largest `values[position]`.
    ///
    /// Ranking: larger value first; NaN ranks below every number; equal values keep the smaller
    /// position (the earlier node in the file), so the choice is deterministic. Repeated candidates
    /// count once. The result is ascending, like ``MapOptions/nodePositions`` expects.
    /// - Throws: ``Failure`` for a limit below 1 or a candidate outside `values`.
    /// - Complexity: O(*c* log *c*) for *c* candidates.
    public static func topNodes(_ candidates: [Int32], by values: [Double], limit: Int) throws(Failure) -> [Int32] {
        guard limit >= 1 else { throw .limitNotPositive(limit) }
        for position in candidates where position < 0 || Int(position) >= values.count {
            throw .positionOutsideValues(position, valueCount: values.count)
        }
        let unique = Array(Set(candidates))
        guard unique.count > limit else { return unique.sorted() }
        let ranked = unique.sorted { left, right in
            let a = values[Int(left)]
            let b = values[Int(right)]
            if a.isNaN != b.isNaN { return b.isNaN }
            if !a.isNaN, a != b { return a > b }
            return left < right
        }
        return Array(ranked.prefix(limit)).sorted()
    }

    /// Whether exact betweenness (Brandes, O(*n* *m*)) would take long: more than 2·10^9 node–tie pairs,
    /// tens of seconds on two cores. A map then sizes and ranks its nodes by degree instead.
    public static func betweennessIsSlow(nodeCount: Int, tieCount: Int) -> Bool {
        let (product, overflow) = nodeCount.multipliedReportingOverflow(by: max(tieCount, 1))
        return overflow || product > 2_000_000_000
    }
}
