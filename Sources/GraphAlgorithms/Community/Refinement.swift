import Foundation

/// Leiden's refinement phase (Traag, Waltman & van Eck 2019, Algorithm A.2, `RefinePartition`).
///
/// Inside every community `S` of the partition, nodes start as singletons; each node `v` that is
/// well connected to `S` (`E(v, S − v) ≥ scale · a_v · (A_S − a_v)`) and still a singleton joins,
/// in random order, a refined community `C ⊆ S` that is itself well connected
/// (`E(C, S − C) ≥ scale · A_C · (A_S − A_C)`) and that does not lower the quality, chosen at
/// random with probability ∝ `exp(ΔH / θ)` (θ = 0.01, the paper's and igraph's value; staying a
/// singleton is the candidate with ΔH = 0). Every refined community is therefore connected.
enum Refinement {
    /// The randomness θ of the merge choice.
    static let randomness = 0.01

    /// The refined labelling, renumbered `0..<count` in order of smallest node.
    /// - Complexity: O(m) time, O(n) memory.
    static func refine(
        _ graph: LevelGraph, _ terms: GainTerms, _ partition: LevelPartition,
        _ neighbours: NeighbourWeights, _ random: inout SplitMix64
    ) -> (labels: [Int32], count: Int) {
        let n = graph.nodeCount
        let community = partition.community
        let scale = terms.scale
        // Per-node and per-refined-community state on raw storage (the loop below is hot).
        let refined = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let refinedWeight = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let refinedMembers = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let insideWeight = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let refinedOutward = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        defer {
            refined.deallocate(); refinedWeight.deallocate(); refinedMembers.deallocate()
            insideWeight.deallocate(); refinedOutward.deallocate()
        }
        let order = random.shuffledNodes(n)
        var candidates: [Int32] = []
        var gains: [Double] = []
        graph.withRows { rows in
            terms.nodeWeight.withUnsafeBufferPointer { nodeWeight in
                for v in 0..<n {
                    refined[v] = Int32(truncatingIfNeeded: v)
                    refinedWeight[v] = nodeWeight[v]
                    refinedMembers[v] = 1
                    // E(v, S − v): the weight from each node to the rest of its community.
                    var sum = 0.0
                    for p in rows.offsets[v]..<rows.offsets[v + 1] where community[Int(rows.targets[p])] == community[v] {
                        sum += rows.weights[p]
                    }
                    insideWeight[v] = sum
                    // E(C, S − C) for every refined community C (singletons at first).
                    refinedOutward[v] = sum
                }
                for node in order {
                    let v = Int(node)
                    let own = refined[v]
                    guard refinedMembers[Int(own)] == 1 else { continue }
                    let a = nodeWeight[v]
                    let communityWeight = partition.communityWeight[Int(community[v])]
                    guard insideWeight[v] >= scale * a * (communityWeight - a) else { continue }
                    for p in rows.offsets[v]..<rows.offsets[v + 1] {
                        let u = Int(rows.targets[p])
                        if community[u] == community[v] { neighbours.add(rows.weights[p], to: refined[u]) }
                    }
                    candidates.removeAll(keepingCapacity: true)
                    gains.removeAll(keepingCapacity: true)
                    var bestGain = 0.0
                    for i in 0..<neighbours.touchedCount {
                        let c = neighbours.touched[i]
                        guard c != own else { continue }
                        let weightC = refinedWeight[Int(c)]
                        guard refinedOutward[Int(c)] >= scale * weightC * (communityWeight - weightC) else { continue }
                        let gain = neighbours.weight(c) - scale * a * weightC
                        guard gain >= 0 else { continue }
                        candidates.append(c)
                        gains.append(gain)
                        bestGain = max(bestGain, gain)
                    }
                    if !candidates.isEmpty {
                        let chosen = randomChoice(candidates, gains, bestGain: bestGain, staying: own, &random)
                        if chosen != own {
                            let c = Int(chosen)
                            refinedOutward[c] += insideWeight[v] - 2 * neighbours.weight(chosen)
                            refinedWeight[c] += a
                            refinedMembers[c] += 1
                            refinedWeight[Int(own)] = 0
                            refinedMembers[Int(own)] = 0
                            refined[v] = chosen
                        }
                    }
                    neighbours.reset()
                }
            }
        }
        return canonicalLabels(Array(refined))
    }

    /// One of `candidates` (or `staying`, whose gain is 0) with probability ∝ `exp(gain / θ)`;
    /// weights are taken relative to the best gain so that they cannot overflow.
    static func randomChoice(
        _ candidates: [Int32], _ gains: [Double], bestGain: Double, staying: Int32, _ random: inout SplitMix64
    ) -> Int32 {
        let stayingWeight = exp(-bestGain / randomness)
        var total = stayingWeight
        var weights = gains
        for i in weights.indices {
            weights[i] = exp((gains[i] - bestGain) / randomness)
            total += weights[i]
        }
        var draw = random.unit() * total - stayingWeight
        guard draw >= 0 else { return staying }
        for i in weights.indices {
            draw -= weights[i]
            if draw < 0 { return candidates[i] }
        }
        return candidates[candidates.count - 1]
    }
}
