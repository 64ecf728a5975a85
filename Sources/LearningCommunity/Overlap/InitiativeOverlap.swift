import NetworkModel

/// How much every pair of initiatives overlaps through shared members and shared practices.
public struct InitiativeOverlap: Sendable {
    /// What counts as an initiative, a member and a membership tie.
    public struct Options: Hashable, Sendable {
        /// The kind of the nodes compared (`initiative`; `event` for attendance data).
        public var initiativeKind: NodeKind
        /// The kinds of nodes that can be members.
        public var memberKinds: Set<NodeKind>
        /// The tie kinds that make a node a member (either direction).
        public var membershipTies: Set<TieKind>

        public init(
            initiativeKind: NodeKind = .initiative, memberKinds: Set<NodeKind> = [.person, .organization],
            membershipTies: Set<TieKind> = [.participatesIn, .leads, .memberOf, .funds]
        ) {
            self.initiativeKind = initiativeKind
            self.memberKinds = memberKinds
            self.membershipTies = membershipTies
        }
    }

    /// The overlap of two initiatives.
    public struct Pair: Hashable, Sendable {
        /// Network positions of the two initiatives, the first earlier in network order.
        public let first: Int32
        public let second: Int32
        /// |M(a) ∩ M(b)|: members of both.
        public let sharedMembers: Int
        /// Practices adopted by at least one member of each.
        public let sharedPractices: Int
        /// |M(a) ∩ M(b)| / |M(a) ∪ M(b)|; 0 when neither has members.
        public let jaccard: Double
        /// Newman's collaboration weight: Σ over shared members k of 1 / (d_k − 1).
        public let newmanWeight: Double
    }

    /// Network positions of the initiatives, in network order.
    public let initiatives: [Int32]
    /// Number of members of each initiative (aligned with ``initiatives``).
    public let memberCounts: [Int]
    /// Every pair of initiatives (i < j in network order), overlapping or not, in that order.
    public let pairs: [Pair]

    /// Measures the overlap of every pair of initiatives.
    ///
    /// **Definitions.** M(a), the members of initiative a: the nodes of a member kind (default `person`
    /// and `organization`) joined to a by a membership tie (default `participates_in`, `leads`,
    /// `member_of`, `funds`; either direction; parallel ties count once). d_k is the number of initiatives
    /// member k belongs to. P(a): the practices with an `adopts` tie (either direction) to some member of a.
    /// For each pair: shared members |M(a) ∩ M(b)| (networkx `bipartite.weighted_projected_graph`),
    /// Jaccard |M(a) ∩ M(b)| / |M(a) ∪ M(b)| (`overlap_weighted_projected_graph(jaccard=True)`), Newman's
    /// weight Σ_{k ∈ M(a) ∩ M(b)} 1/(d_k − 1) (`collaboration_weighted_projected_graph`; every shared member
    /// has d_k ≥ 2) and shared practices |P(a) ∩ P(b)|. Pairs without shared members have 0 for all three
    /// member measures. Sums run over members in network order. Tie weights and dates are not used
    /// (a lapsed membership still counts); compare periods on `Network.selecting(_:)` of a wave or dates.
    ///
    /// - Complexity: O(m + Σ_k d_k² + g² · p) for m ties, g initiatives and p practices per initiative.
    /// - Reference: M. E. J. Newman, "Scientific collaboration networks. II. Shortest paths, weighted
    ///   networks, and centrality", Phys. Rev. E 64, 016132 (2001), https://doi.org/10.1103/PhysRevE.64.016132.
    public static func compute(_ network: Network, options: Options = Options()) -> InitiativeOverlap {
        var slot = [Int32](repeating: -1, count: network.nodeCount)
        var initiatives: [Int32] = []
        for (position, node) in network.nodes.enumerated() where node.kind == options.initiativeKind {
            slot[position] = Int32(initiatives.count)
            initiatives.append(Int32(position))
        }
        let g = initiatives.count

        // Initiatives of each member, and practices of each member.
        var initiativesOfMember = [Set<Int32>](repeating: [], count: network.nodeCount)
        var practicesOfMember = [Set<Int32>](repeating: [], count: network.nodeCount)
        for tie in network.ties {
            for (member, other) in [(tie.source, tie.target), (tie.target, tie.source)]
            where options.memberKinds.contains(network.nodes[Int(member)].kind) {
                if options.membershipTies.contains(tie.kind), slot[Int(other)] >= 0 {
                    initiativesOfMember[Int(member)].insert(slot[Int(other)])
                }
                if tie.kind == .adopts, network.nodes[Int(other)].kind == .practice {
                    practicesOfMember[Int(member)].insert(other)
                }
            }
        }

        var memberCounts = [Int](repeating: 0, count: g)
        var practicesOfInitiative = [Set<Int32>](repeating: [], count: g)
        var shared = [Int](repeating: 0, count: g * g)
        var newman = [Double](repeating: 0, count: g * g)
        for member in network.nodes.indices where !initiativesOfMember[member].isEmpty {
            let joined = initiativesOfMember[member].sorted()
            for a in joined {
                memberCounts[Int(a)] += 1
                practicesOfInitiative[Int(a)].formUnion(practicesOfMember[member])
            }
            guard joined.count > 1 else { continue }
            let share = 1 / Double(joined.count - 1)
            for i in joined.indices {
                for j in joined.indices where j > i {
                    let cell = Int(joined[i]) * g + Int(joined[j])
                    shared[cell] += 1
                    newman[cell] += share
                }
            }
        }

        var pairs: [Pair] = []
        pairs.reserveCapacity(g * (g - 1) / 2)
        for a in 0..<g {
            for b in (a + 1)..<g {
                let cell = a * g + b
                let union = memberCounts[a] + memberCounts[b] - shared[cell]
                pairs.append(Pair(
                    first: initiatives[a], second: initiatives[b], sharedMembers: shared[cell],
                    sharedPractices: practicesOfInitiative[a].intersection(practicesOfInitiative[b]).count,
                    jaccard: union > 0 ? Double(shared[cell]) / Double(union) : 0, newmanWeight: newman[cell]))
            }
        }
        return InitiativeOverlap(initiatives: initiatives, memberCounts: memberCounts, pairs: pairs)
    }
}
