import Foundation
import GraphAlgorithms
import GraphCore
import Testing

/// Group metrics derived by hand on small graphs.
///
/// The two-group graph: A = {0, 1, 2}, B = {3, 4, 5}; edges 0–1, 0–2, 1–2 (a triangle in A),
/// 3–4, 4–5 (a path in B), 2–3 and 0–4 (between the groups).
///
///     node  neighbours  k_iA k_iB  k_i  P = 1 − Σ(k_is/k_i)²   κ (own group)
///     0     1 2 4       2    1     3    1 − 4/9 − 1/9 = 4/9     2
///     1     0 2         2    0     2    0                       2
///     2     0 1 3       2    1     3    4/9                     2
///     3     2 4         1    1     2    1 − 1/4 − 1/4 = 1/2     1
///     4     0 3 5       1    2     3    4/9                     2
///     5     4           0    1     1    0                       1
///
/// z-scores: in A every κ is 2, so z = 0 (bctpy's 0/0 → 0). In B κ = (1, 2, 1): mean 4/3,
/// population variance ((1/3)² + (2/3)² + (1/3)²)/3 = 2/9, std √2/3, so z = (−1/√2, √2, −1/√2).
/// Roles (z < 2.5 everywhere): P ≤ 0.05 → R1 (nodes 1, 5), else P ≤ 0.62 → R2.
/// Entropy: node 0, 2, 4 have shares (2/3, 1/3): H = ln 3 − (2/3) ln 2; node 3 (1/2, 1/2): ln 2;
/// nodes 1 and 5 one group: 0. Blau = P here (every node has ties).
/// Node E-I (E − I)/(E + I): 0 → (1 − 2)/3 = −1/3, 1 → −1, 2 → −1/3, 3 → 0, 4 → (1 − 2)/3, 5 → −1.
/// Mixing (undirected, each edge once): A–A 3, B–B 2, A–B 2 shown in both off-diagonal cells; 7 ties,
/// shares 3/7, 2/7, 2/7. Group E-I: A (E 2, I 3) → −1/5; B (E 2, I 2) → 0. Network: E 2, I 5 →
/// −3/7; cross-group share 2/7. Bounds with sizes 3 and 3: 9 between-group pairs ≥ 7 ties → max E-I 1;
/// 3 + 3 = 6 within-group pairs → at least 1 tie between → min E-I (1 − 6)/7 = −5/7.
/// Reach: groups in one step (0: A B, 1: A, 2: A B, 3: A B, 4: A B, 5: B) = 2 1 2 2 2 1; in two steps
/// every node reaches both groups; two-step reach: 0 → {1 2 4 | 3 5} 5/5, 1 → {0 2 | 3 4} 4/5,
/// 2 → {0 1 3 | 4} 4/5, 3 → {2 4 | 0 1 5} 5/5, 4 → {0 3 5 | 1 2} 5/5, 5 → {4 | 0 3} 3/5.
@Suite struct HandWorkedGroupTests {
    static let twoGroupEdges = [(0, 1), (0, 2), (1, 2), (3, 4), (4, 5), (2, 3), (0, 4)]
    static let twoGroups: [Int32] = [0, 0, 0, 1, 1, 1]

    static func graph(_ edges: [(Int, Int)], nodes: Int, directed: Bool = false) throws -> Graph {
        var builder = try GraphBuilder(nodeCount: nodes, directed: directed)
        for (u, v) in edges { try builder.addEdge(u, v, weight: 1) }
        return builder.build(parallelEdges: .sum, weighted: false)
    }

    static func expectValues(_ actual: [Double], _ expected: [Double], _ what: String) {
        expectColumn(actual, expected.map { Optional($0) }, relative: 1e-15, what)
    }

    @Test func participationZScoreAndRoles() throws {
        let g = try Self.graph(Self.twoGroupEdges, nodes: 6)
        let profile = try GroupProfile.compute(g, groups: Self.twoGroups, groupCount: 2)
        Self.expectValues(profile.participation, [4.0 / 9, 0, 4.0 / 9, 0.5, 4.0 / 9, 0], "P")
        let r = 1 / 2.0.squareRoot()
        Self.expectValues(profile.withinGroupZScore, [0, 0, 0, -r, 2.0.squareRoot(), -r], "z")
        let roles: [GroupRole?] = [.peripheral, .ultraPeripheral, .peripheral, .peripheral, .peripheral, .ultraPeripheral]
        #expect(profile.role == roles)
    }

    @Test func neighbourGroupDiversity() throws {
        let g = try Self.graph(Self.twoGroupEdges, nodes: 6)
        let profile = try GroupProfile.compute(g, groups: Self.twoGroups, groupCount: 2)
        let twoThirds = log(3.0) - 2.0 / 3 * log(2.0)
        Self.expectValues(profile.entropy, [twoThirds, 0, twoThirds, log(2.0), twoThirds, 0], "entropy")
        Self.expectValues(profile.blau, [4.0 / 9, 0, 4.0 / 9, 0.5, 4.0 / 9, 0], "Blau")
        Self.expectValues(profile.eiIndex, [-1.0 / 3, -1, -1.0 / 3, 0, -1.0 / 3, -1], "E-I")
    }

    @Test func reach() throws {
        let g = try Self.graph(Self.twoGroupEdges, nodes: 6)
        let profile = try GroupProfile.compute(g, groups: Self.twoGroups, groupCount: 2)
        #expect(profile.groupsInOneStep == [2, 1, 2, 2, 2, 1])
        #expect(profile.groupsInTwoSteps == [2, 2, 2, 2, 2, 2])
        Self.expectValues(profile.twoStepReach, [1, 0.8, 0.8, 1, 1, 0.6], "two-step reach")
    }

    @Test func mixingMatrix() throws {
        let g = try Self.graph(Self.twoGroupEdges, nodes: 6)
        let mixing = try GroupMixing.compute(g, groups: Self.twoGroups, groupCount: 2)
        let counts: [[Double]] = [[3, 2], [2, 2]]
        #expect(mixing.counts == counts)
        let shares: [[Double]] = [[3 / 7, 2 / 7], [2 / 7, 2 / 7]]
        #expect(mixing.shares == shares)
        Self.expectValues(mixing.groupEIIndex, [-0.2, 0], "group E-I")
        #expect(mixing.internalTies == 5 && mixing.externalTies == 2)
        #expect(isClose(mixing.networkEIIndex, -3.0 / 7, relative: 1e-15))
        #expect(isClose(mixing.crossGroupShare, 2.0 / 7, relative: 1e-15))
        #expect(mixing.maximumEIIndex == 1)
        #expect(isClose(try #require(mixing.minimumEIIndex), -5.0 / 7, relative: 1e-15))
    }

    /// Directed: 0 → 1, 1 → 0, 1 → 2, 2 → 3, 3 → 2 with A = {0, 1}, B = {2, 3}.
    /// Rows are source groups: A→A 2, A→B 1, B→A 0, B→B 2. Group E-I counts ties either way:
    /// A: E 1, I 2 → −1/3; B: E 1, I 2 → −1/3. Network: E 1, I 4 → −3/5.
    /// Node 1 out-ties: 0 (A), 2 (B) → P = 1/2, E-I 0; in-ties: 0 (A) → P = 0, E-I −1.
    /// Node 2 in-ties 1 (A), 3 (B), all ties (W + Wᵀ) 1, 3, 3 → P = 1 − 1/9 − 4/9 = 4/9.
    @Test func directedTiesByDirection() throws {
        let g = try Self.graph([(0, 1), (1, 0), (1, 2), (2, 3), (3, 2)], nodes: 4, directed: true)
        let groups: [Int32] = [0, 0, 1, 1]
        let mixing = try GroupMixing.compute(g, groups: groups, groupCount: 2)
        let counts: [[Double]] = [[2, 1], [0, 2]]
        #expect(mixing.counts == counts)
        Self.expectValues(mixing.groupEIIndex, [-1.0 / 3, -1.0 / 3], "directed group E-I")
        #expect(mixing.groupExternalTies == [1, 1], "E_s counts arcs out of and into the group")
        #expect(isClose(mixing.networkEIIndex, -0.6, relative: 1e-15))
        let out = try Participation.coefficient(g, groups: groups, groupCount: 2, direction: .outgoing)
        let incoming = try Participation.coefficient(g, groups: groups, groupCount: 2, direction: .incoming)
        let all = try Participation.coefficient(g, groups: groups, groupCount: 2, direction: .all)
        #expect(out[1] == 0.5 && incoming[1] == 0)
        #expect(isClose(all[2], 4.0 / 9, relative: 1e-15))
        let diversity = try NeighborGroupDiversity.compute(g, groups: groups, groupCount: 2, direction: .incoming)
        #expect(diversity.eiIndex[1] == -1)
    }

    /// Ungrouped nodes: in the two-group graph, leave node 4 without a group. Its ties (0–4, 3–4,
    /// 4–5) leave every group count: node 3 keeps 2–3 only (P 0, E-I +1), node 5 has no grouped tie
    /// (P 0, entropy and Blau NaN, E-I NaN), node 4 gets NaN for P, z and E-I and no role, but its
    /// entropy is over its grouped neighbours 0 (A), 3, 5 (B): ln 3 − (2/3) ln 2.
    @Test func ungroupedNodesAreLeftOut() throws {
        let g = try Self.graph(Self.twoGroupEdges, nodes: 6)
        let groups: [Int32] = [0, 0, 0, 1, -1, 1]
        let profile = try GroupProfile.compute(g, groups: groups, groupCount: 2)
        #expect(profile.participation[3] == 0 && profile.eiIndex[3] == 1)
        #expect(profile.participation[5] == 0 && profile.entropy[5].isNaN && profile.eiIndex[5].isNaN)
        #expect(profile.participation[4].isNaN && profile.withinGroupZScore[4].isNaN && profile.role[4] == nil)
        #expect(isClose(profile.entropy[4], log(3.0) - 2.0 / 3 * log(2.0), relative: 1e-15))
        let mixing = try GroupMixing.compute(g, groups: groups, groupCount: 2)
        let counts: [[Double]] = [[3, 1], [1, 0]]
        #expect(mixing.counts == counts)
    }

    @Test func roleThresholds() throws {
        #expect(GroupRole.classify(z: 2.5, participation: 0.30) == .provincialHub)
        #expect(GroupRole.classify(z: 2.5, participation: 0.31) == .connectorHub)
        #expect(GroupRole.classify(z: 3, participation: 0.76) == .kinlessHub)
        #expect(GroupRole.classify(z: 2.49, participation: 0.05) == .ultraPeripheral)
        #expect(GroupRole.classify(z: 0, participation: 0.62) == .peripheral)
        #expect(GroupRole.classify(z: 0, participation: 0.80) == .nonHubConnector)
        #expect(GroupRole.classify(z: 0, participation: 0.81) == .nonHubKinless)
        #expect(GroupRole.classify(z: .nan, participation: 0.5) == nil)
        let strict = try GroupRoleThresholds(
            hubZ: 1, ultraPeripheralMaximum: 0.1, peripheralMaximum: 0.5, nonHubConnectorMaximum: 0.9,
            provincialHubMaximum: 0.2, connectorHubMaximum: 0.6)
        #expect(GroupRole.classify(z: 1, participation: 0.5, thresholds: strict) == .connectorHub)
        #expect(GroupRole.kinlessHub.code == "R7")
    }

    /// The E-I bounds against brute force: every simple graph on the node pairs (undirected: 4 nodes
    /// in groups of 2 and 2, plus an ungrouped fifth node; directed: 3 nodes in groups of 2 and 1), by
    /// number of grouped ties, gives its extreme E-I indices.
    @Test(arguments: [false, true]) func eiBoundsMatchBruteForce(directed: Bool) throws {
        let nodes = directed ? 3 : 5
        let groups: [Int32] = directed ? [0, 0, 1] : [0, 0, 1, 1, -1]
        let pairs: [(Int, Int)] = directed
            ? [(0, 1), (1, 0), (0, 2), (2, 0), (1, 2), (2, 1)]
            : [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
        var extremes: [Int: (low: Double, high: Double)] = [:]
        var bounds: [Int: (low: Double?, high: Double?)] = [:]
        for mask in 1..<(1 << pairs.count) {
            let edges = pairs.indices.filter { mask >> $0 & 1 == 1 }.map { pairs[$0] }
            let mixing = try GroupMixing.compute(
                try Self.graph(edges, nodes: nodes, directed: directed), groups: groups, groupCount: 2)
            let ei = mixing.networkEIIndex, ties = edges.count
            let known = extremes[ties] ?? (ei, ei)
            extremes[ties] = (min(known.low, ei), max(known.high, ei))
            bounds[ties] = (mixing.minimumEIIndex, mixing.maximumEIIndex)
        }
        for (ties, extreme) in extremes {
            let bound = try #require(bounds[ties])
            #expect(bound.low == extreme.low && bound.high == extreme.high, "\(ties) ties")
        }
    }
}
