import GraphCore

/// How far a node's ties reach across the network and across groups in one and two steps.
///
/// Steps follow the ties of ``DegreeDirection``: undirected edges; for directed graphs out-ties
/// (`.outgoing`: who the node reaches), in-ties (`.incoming`: who reaches the node) or both (`.all`:
/// direction ignored). Ego is never counted among the nodes reached (a self-loop or a path back to
/// ego adds nothing); ego's own group counts when some other node reached is in it. Ungrouped nodes
/// reached add no group but do count for ``twoStepReach``, and they also get their own columns (ego's
/// group plays no part). Weights play no part.
///
/// References: two-step reach is the m-reach (m = 2) of S. P. Borgatti, "Identifying sets of key
/// players in a social network", Comput. Math. Organ. Theory 12, 21–34 (2006),
/// doi:10.1007/s10588-006-7084-x, for a single node; groups reached follow the "network range" of
/// R. Reagans and B. McEvily, "Network structure and knowledge transfer: the effects of cohesion and
/// range", Adm. Sci. Q. 48(2), 240–267 (2003), doi:10.2307/3556658.
public struct GroupReach: Sendable, Equatable {
    /// Number of distinct groups among the nodes at distance 1.
    public let groupsInOneStep: [Int]
    /// Number of distinct groups among the nodes at distance 1 or 2.
    public let groupsInTwoSteps: [Int]
    /// Share of the other `n − 1` nodes at distance 1 or 2 (needs no grouping); NaN when `n < 2`.
    public let twoStepReach: [Double]

    /// Computes the three columns, in parallel over blocks of nodes (the result does not depend on
    /// `threads`).
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `groups` does not have
    ///   one label in `-1..<groupCount` per node or `threads < 1`.
    /// - Complexity: O(Σ_i Σ_{j ∈ N(i)} d(j)) time (the two-step neighbourhoods, at most O(n · m)),
    ///   O(n + groupCount) scratch per worker.
    public static func compute(
        _ graph: Graph, groups: [Int32], groupCount: Int, direction: DegreeDirection = .outgoing,
        threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> GroupReach {
        try GroupLabels.validate(groups, nodeCount: graph.nodeCount, groupCount: groupCount)
        try ParallelWork.validate(threads: threads)
        return GroupReach(graph, groups: groups, groupCount: groupCount, direction: direction, threads: threads)
    }

    /// The two-step reach alone: for every node the share of the other `n − 1` nodes at distance 1
    /// or 2 along `direction` (out-neighbours by default for directed graphs); NaN when `n < 2`.
    /// - Throws: ``AlgorithmError/invalidParameter(name:value:reason:)`` when `threads < 1`.
    /// - Complexity: as ``compute(_:groups:groupCount:direction:threads:)``.
    public static func twoStepReach(
        _ graph: Graph, direction: DegreeDirection = .outgoing, threads: Int = Parallelism.defaultThreadCount
    ) throws(AlgorithmError) -> [Double] {
        try compute(
            graph, groups: [Int32](repeating: GroupLabels.ungrouped, count: graph.nodeCount), groupCount: 0,
            direction: direction, threads: threads
        ).twoStepReach
    }

    /// Nodes per unit of parallel work.
    private static let blockSize = 128

    init(_ graph: Graph, groups: [Int32], groupCount: Int, direction: DegreeDirection, threads: Int) {
        let n = graph.nodeCount
        let rows = TieRows(graph, direction: direction)
        let one = SharedBuffer<Int>.allocate(count: n, repeating: 0)
        let two = SharedBuffer<Int>.allocate(count: n, repeating: 0)
        let reach = SharedBuffer<Double>.allocate(count: n, repeating: .nan)
        defer { one.deallocate(); two.deallocate(); reach.deallocate() }
        let blocks = (n + Self.blockSize - 1) / Self.blockSize
        // Each unit writes only the entries of its own block of nodes (SharedBuffer's invariant).
        ParallelWork.run(
            units: blocks, threads: threads, progress: nil,
            makeScratch: { ReachScratch(nodeCount: n, groupCount: groupCount) },
            body: { scratch, block in
                for ego in block * Self.blockSize..<min(n, (block + 1) * Self.blockSize) {
                    let counts = scratch.count(from: ego, rows: rows, groups: groups)
                    one.base[ego] = counts.groupsOne
                    two.base[ego] = counts.groupsTwo
                    if n > 1 { reach.base[ego] = Double(counts.reached) / Double(n - 1) }
                }
            })
        groupsInOneStep = one.array()
        groupsInTwoSteps = two.array()
        twoStepReach = reach.array()
    }
}

/// One worker's marks, stamped with the ego so that they never need clearing.
private struct ReachScratch {
    /// `seenBy[v] == ego`: v is already reached from ego.
    var seenBy: [Int]
    /// `groupOneBy[s] == ego`: group s is counted in one step.
    var groupOneBy: [Int]
    /// `groupTwoBy[s] == ego`: group s is counted within two steps.
    var groupTwoBy: [Int]
    /// The nodes at distance 1 from the current ego.
    var firstRing: [Int] = []

    init(nodeCount: Int, groupCount: Int) {
        seenBy = [Int](repeating: -1, count: nodeCount)
        groupOneBy = [Int](repeating: -1, count: groupCount)
        groupTwoBy = [Int](repeating: -1, count: groupCount)
    }

    mutating func count(from ego: Int, rows: TieRows, groups: [Int32]) -> (groupsOne: Int, groupsTwo: Int, reached: Int) {
        var groupsOne = 0, groupsTwo = 0, reached = 0
        seenBy[ego] = ego
        firstRing.removeAll(keepingCapacity: true)
        rows.forEachTie(of: ego) { neighbor, _ in
            guard seenBy[neighbor] != ego else { return }
            seenBy[neighbor] = ego
            firstRing.append(neighbor)
            reached += 1
            let group = Int(groups[neighbor])
            guard group >= 0 else { return }
            if groupOneBy[group] != ego { groupOneBy[group] = ego; groupsOne += 1 }
            if groupTwoBy[group] != ego { groupTwoBy[group] = ego; groupsTwo += 1 }
        }
        for middle in firstRing {
            rows.forEachTie(of: middle) { neighbor, _ in
                guard seenBy[neighbor] != ego else { return }
                seenBy[neighbor] = ego
                reached += 1
                let group = Int(groups[neighbor])
                if group >= 0, groupTwoBy[group] != ego { groupTwoBy[group] = ego; groupsTwo += 1 }
            }
        }
        return (groupsOne, groupsTwo, reached)
    }
}
