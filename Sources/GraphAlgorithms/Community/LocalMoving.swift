/// The local moving phases of Leiden and Louvain: nodes move, one at a time, to the neighbouring
/// community that raises the quality most.
///
/// A move is made only when its gain beats staying by more than a rounding margin
/// (`1e-12` of the magnitudes involved), so floating-point noise cannot make two nodes swap forever.
/// Ties between equally good communities go to the first one met in the node's row.
enum LocalMoving {
    /// Leiden's fast local moving (Traag, Waltman & van Eck 2019, Algorithm A.2): every node is
    /// queued once in random order; a node that moves re-queues its neighbours outside its new
    /// community. A node may also move into an empty community. Returns whether any node moved.
    /// - Complexity: O(m) per pass over the queue; in practice a few passes.
    static func moveNodesFast(
        _ graph: LevelGraph, _ terms: GainTerms, _ partition: LevelPartition,
        _ neighbours: NeighbourWeights, _ random: inout SplitMix64
    ) -> Bool {
        let n = graph.nodeCount
        guard n > 0 else { return false }
        var queue = random.shuffledNodes(n)
        var queued = [Bool](repeating: true, count: n)
        var moved = false
        graph.withRows { rows in
            queue.withUnsafeMutableBufferPointer { queue in
                queued.withUnsafeMutableBufferPointer { queued in
                    var head = 0, length = n
                    while length > 0 {
                        let v = Int(queue[head])
                        head = head + 1 == n ? 0 : head + 1
                        length -= 1
                        queued[v] = false
                        let target = bestCommunity(of: v, rows, terms, partition, neighbours, allowEmpty: true)
                        guard target != partition.community[v] else { continue }
                        partition.move(v, weight: terms.nodeWeight[v], to: target)
                        moved = true
                        for p in rows.offsets[v]..<rows.offsets[v + 1] {
                            let u = Int(rows.targets[p])
                            if !queued[u] && partition.community[u] != target {
                                queued[u] = true
                                var tail = head + length
                                if tail >= n { tail -= n }
                                queue[tail] = Int32(truncatingIfNeeded: u)
                                length += 1
                            }
                        }
                    }
                }
            }
        }
        return moved
    }

    /// Louvain's local moving (Blondel et al. 2008): sweeps over the nodes in one random order
    /// until a sweep moves nothing. Returns whether any node moved.
    /// - Complexity: O(m) per sweep.
    static func moveNodesInSweeps(
        _ graph: LevelGraph, _ terms: GainTerms, _ partition: LevelPartition,
        _ neighbours: NeighbourWeights, _ random: inout SplitMix64
    ) -> Bool {
        let order = random.shuffledNodes(graph.nodeCount)
        var moved = false
        graph.withRows { rows in
            var movedInSweep = true
            while movedInSweep {
                movedInSweep = false
                for node in order {
                    let v = Int(node)
                    let target = bestCommunity(of: v, rows, terms, partition, neighbours, allowEmpty: false)
                    guard target != partition.community[v] else { continue }
                    partition.move(v, weight: terms.nodeWeight[v], to: target)
                    movedInSweep = true
                    moved = true
                }
            }
        }
        return moved
    }

    /// The community `v` should belong to: its own unless another (or, with `allowEmpty`, an empty
    /// one) gains more than the rounding margin.
    @inline(__always)
    static func bestCommunity(
        of v: Int, _ rows: LevelGraph.Rows, _ terms: GainTerms, _ partition: LevelPartition,
        _ neighbours: NeighbourWeights, allowEmpty: Bool
    ) -> Int32 {
        let own = partition.community[v]
        neighbours.add(0, to: own)
        let community = partition.community
        for p in rows.offsets[v]..<rows.offsets[v + 1] {
            neighbours.add(rows.weights[p], to: community[Int(rows.targets[p])])
        }
        let nodeWeight = terms.nodeWeight[v]
        let factor = terms.scale * nodeWeight
        let communityWeight = partition.communityWeight
        let stay = neighbours.weight(own) - factor * (communityWeight[Int(own)] - nodeWeight)
        var best = own
        var bestGain = stay
        for i in 1..<max(1, neighbours.touchedCount) {
            let c = neighbours.touched[i]
            let gain = neighbours.weight(c) - factor * communityWeight[Int(c)]
            if gain > bestGain { best = c; bestGain = gain }
        }
        if allowEmpty && 0 > bestGain && partition.memberCount[Int(own)] > 1, let empty = partition.emptyLabels.last {
            best = empty
            bestGain = 0
        }
        neighbours.reset()
        let margin = 1e-12 * (abs(stay) + abs(bestGain) + rows.strength[v])
        return bestGain - stay > margin ? best : own
    }
}
