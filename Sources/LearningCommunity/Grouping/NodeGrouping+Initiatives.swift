import NetworkModel

extension NodeGrouping {
    /// The tie kinds that make a person or organization part of an initiative for ``initiatives(in:)``.
    public static let initiativeAffiliationKinds: Set<TieKind> = [.participatesIn, .leads]

    /// Groups people and organizations by the initiative they are most involved in.
    ///
    /// **Definition**: one group per `initiative` node, named by the initiative's id, groups sorted by
    /// id. An initiative node belongs to its own group. A `person` or `organization` node belongs to
    /// the initiative it has the largest total tie weight with, over its `participates_in` and `leads`
    /// ties to initiative nodes (either tie direction; parallel ties add up; a tie of weight 0 still
    /// makes the node eligible). Ties between equal totals go to the initiative started earliest (its
    /// `started` attribute as an ISO date; an initiative without a readable `started` comes after every
    /// dated one), then to the smallest initiative id. Every other node, and a person or organization
    /// with no such tie, is ungrouped (-1). The grouping's ``name`` is `initiative`.
    ///
    /// - Complexity: O(n + m + g log g) for n nodes, m ties and g initiatives.
    /// - Reference: a Liaison convention (no published definition): the "home" initiative of a member,
    ///   so that reports can colour and count by initiative.
    public static func initiatives(in network: Network) -> NodeGrouping {
        let initiativePositions = network.nodes.indices.filter { network.nodes[$0].kind == .initiative }
            .sorted { network.nodes[$0].id < network.nodes[$1].id }
        var groupOfInitiative = [Int32](repeating: -1, count: network.nodeCount)
        for (label, position) in initiativePositions.enumerated() { groupOfInitiative[position] = Int32(label) }
        let started = initiativePositions.map { position in
            network.nodes[position].attributes["started"].flatMap { try? PartialDate(iso: $0) }
        }

        // Total affiliation weight per (node, initiative group).
        var totals = [[Int32: Double]](repeating: [:], count: network.nodeCount)
        for tie in network.ties where initiativeAffiliationKinds.contains(tie.kind) {
            for (member, other) in [(tie.source, tie.target), (tie.target, tie.source)] {
                let group = groupOfInitiative[Int(other)]
                let kind = network.nodes[Int(member)].kind
                guard group >= 0, kind == .person || kind == .organization else { continue }
                totals[Int(member)][group, default: 0] += tie.weight
            }
        }

        // Whether initiative group a wins a tie in total weight over group b.
        func precedes(_ a: Int32, _ b: Int32) -> Bool {
            switch (started[Int(a)], started[Int(b)]) {
            case let (dateA?, dateB?) where dateA != dateB: return dateA < dateB
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a < b  // groups are sorted by id
            }
        }

        var membership = groupOfInitiative
        for position in network.nodes.indices where !totals[position].isEmpty {
            var best: (group: Int32, weight: Double)?
            for (group, weight) in totals[position] {
                if let current = best {
                    let wins = weight > current.weight || (weight == current.weight && precedes(group, current.group))
                    guard wins else { continue }
                }
                best = (group, weight)
            }
            membership[position] = best?.group ?? -1
        }
        var grouping = NodeGrouping(
            uncheckedName: GroupingSpec.initiativeWord, groupNames: initiativePositions.map { network.nodes[$0].id },
            membership: membership)
        grouping.spec = .initiative
        return grouping
    }
}
