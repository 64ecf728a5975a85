import Dispatch
import NetworkModel

/// The spread of every practice of a network across groups, with the people whose ties carried it.
public struct DiffusionReport: Sendable {
    /// The grouping hops are counted across (e.g. `city`).
    public let grouping: NodeGrouping
    /// The initiative grouping behind ``PracticeDiffusion/initiativesReached``.
    public let initiatives: NodeGrouping
    /// One entry per `practice` node, in network order.
    public let practices: [PracticeDiffusion]
    /// The adopters whose contacts carried cross-group hops, most hops first.
    public let pollinators: [Pollinator]

    /// Traces the adoption of every `practice` node.
    ///
    /// **Adoptions.** An `adopts` tie (adopter → practice; either endpoint may be the practice node)
    /// dates an adoption by its `start` and places it in its `wave`. An adopter with several `adopts`
    /// ties to one practice adopted at the earliest dated one; adopters with only undated ties are listed
    /// in ``PracticeDiffusion/undatedAdopters`` and take part in nothing timed. Adoptions are ordered by
    /// date, then adopter id; the first is the first adopter.
    ///
    /// **Carriers.** Adopter u (adopted at t_u) can have carried the practice to adopter v (adopted at
    /// t_v > t_u; same-day adopters carry nothing to each other) through
    /// - a tie between u and v of any kind but `adopts` (either direction, self-loops ignored) that
    ///   starts before t_v (an undated tie counts as always active) and had not ended before t_u; its
    ///   date is its start;
    /// - co-attendance: u and v both have an `attended` tie to the same event (the tie's target), on a
    ///   date d with t_u ≤ d < t_v; d is the later of the two attendance starts, or the event node's
    ///   `date` attribute when either is undated; undatable co-attendance carries nothing.
    ///
    /// Of several candidates, the one chosen is: the most recent carrier date (undated ties last), then a
    /// `shares` tie over any other tie over co-attendance, then the most recent earlier adopter, then the
    /// smallest adopter id, then the smallest tie index or event id. Every adoption with a candidate
    /// records it as ``Adoption/source``.
    ///
    /// **Cross-group hops.** An adoption by v in group g (of `grouping`) is a hop when no adopter earlier
    /// than t_v belonged to g and some candidate carrier reaches v from an earlier adopter u in another
    /// group (ungrouped u does not count); the hop's carrier is the best such candidate by the rule above.
    /// Adopters with no group never make hops.
    ///
    /// **Pollinators.** Each hop is credited to its `from` node; see ``Pollinator``.
    ///
    /// Dates compare as ``PartialDate`` does (a date known to the month comes before every day of that
    /// month). Tie weights are not used.
    ///
    /// - Parameters:
    ///   - grouping: the groups to count hops across, made for `network`.
    ///   - initiatives: the initiative grouping; ``NodeGrouping/initiatives(in:)`` when nil.
    /// - Throws: ``GroupingError/sizeMismatch(groupingNodes:networkNodes:)`` when a grouping was made for
    ///   a network of another size.
    /// - Complexity: O(n + m) to index contacts, then per adoption O(d(v) + Σ attendees of v's events);
    ///   practices are traced in parallel (`DispatchQueue.concurrentPerform`), results in network order.
    /// - Reference: carriers follow the contact-based reading of diffusion in T. W. Valente, *Network
    ///   Models of the Diffusion of Innovations* (Hampton Press, 1995) and E. M. Rogers, *Diffusion of
    ///   Innovations* (5th ed., 2003); cross-group hops are the "weak tie" bridges of M. S. Granovetter,
    ///   "The Strength of Weak Ties", Am. J. Sociol. 78 (1973), https://doi.org/10.1086/225469.
    public static func analyze(_ network: Network, grouping: NodeGrouping, initiatives: NodeGrouping? = nil)
        throws(GroupingError) -> DiffusionReport
    {
        let initiatives = initiatives ?? NodeGrouping.initiatives(in: network)
        for candidate in [grouping, initiatives] where candidate.membership.count != network.nodeCount {
            throw .sizeMismatch(groupingNodes: candidate.membership.count, networkNodes: network.nodeCount)
        }
        let search = CarrierSearch(network: network, contacts: ContactIndex(network))
        let adoptionTies = adoptionTiesByPractice(network)
        let practiceNodes = network.nodes.indices.filter { network.nodes[$0].kind == .practice }
        // Practices are traced independently, one per iteration, each into its own slot.
        let slots = ResultSlots<PracticeDiffusion>(count: practiceNodes.count)
        DispatchQueue.concurrentPerform(iterations: practiceNodes.count) { index in
            let position = practiceNodes[index]
            slots.store(
                trace(
                    practice: Int32(position), ties: adoptionTies[position], in: network, search: search,
                    grouping: grouping, initiatives: initiatives),
                at: index)
        }
        let practices = slots.collected()
        return DiffusionReport(
            grouping: grouping, initiatives: initiatives, practices: practices,
            pollinators: Pollinator.rank(practices.flatMap(\.crossGroupHops), in: network))
    }

    /// For each practice node, the indices of its `adopts` ties. O(m).
    private static func adoptionTiesByPractice(_ network: Network) -> [[Int]] {
        var lists = [[Int]](repeating: [], count: network.nodeCount)
        for (index, tie) in network.ties.enumerated() where tie.kind == .adopts && !tie.isSelfLoop {
            if network.nodes[Int(tie.target)].kind == .practice {
                lists[Int(tie.target)].append(index)
            } else if network.nodes[Int(tie.source)].kind == .practice {
                lists[Int(tie.source)].append(index)
            }
        }
        return lists
    }

    private static func trace(
        practice: Int32, ties: [Int], in network: Network, search: CarrierSearch, grouping: NodeGrouping,
        initiatives: NodeGrouping
    ) -> PracticeDiffusion {
        // Earliest dated adopts tie per adopter; the undated rest.
        var earliest: [Int32: DatedAdoption] = [:]
        var undated = Set<Int32>()
        for index in ties {
            let tie = network.ties[index]
            let adopter = tie.target == practice ? tie.source : tie.target
            guard let start = tie.start else {
                undated.insert(adopter)
                continue
            }
            if let known = earliest[adopter], known.date <= start { continue }
            earliest[adopter] = DatedAdoption(adopter: adopter, date: start, wave: tie.wave)
        }
        let ordered = earliest.values.sorted { (a: DatedAdoption, b: DatedAdoption) -> Bool in
            if a.date != b.date { return a.date < b.date }
            return network.nodes[Int(a.adopter)].id < network.nodes[Int(b.adopter)].id
        }

        var adoptedOn: [Int32: PartialDate] = [:]
        var firstInGroup: [Int32: PartialDate] = [:]
        var adoptions: [Adoption] = []
        var hops: [PracticeTransmission] = []
        var groupsReached: [Int32] = [], initiativesReached: [Int32] = [], seenInitiatives = Set<Int32>()
        for entry in ordered {
            let v = entry.adopter, group = grouping.group(ofNodeAt: v)
            // Earlier adopters are exactly those already in adoptedOn with a date before v's.
            func transmission(_ candidate: CarrierSearch.Candidate) -> PracticeTransmission {
                PracticeTransmission(
                    practice: practice, from: candidate.from, to: v, carrier: candidate.carrier,
                    fromAdopted: candidate.fromAdopted, adopted: entry.date,
                    fromGroup: grouping.group(ofNodeAt: candidate.from), toGroup: group)
            }
            let source = search.bestCarrier(to: v, adoptedOn: entry.date, earlierAdoptions: adoptedOn) { _ in true }
            if group >= 0, (firstInGroup[group].map { !($0 < entry.date) } ?? true) {
                let bridge = search.bestCarrier(to: v, adoptedOn: entry.date, earlierAdoptions: adoptedOn) {
                    let other = grouping.group(ofNodeAt: $0)
                    return other >= 0 && other != group
                }
                if let bridge { hops.append(transmission(bridge)) }
            }
            if group >= 0, firstInGroup[group] == nil {
                firstInGroup[group] = entry.date
                groupsReached.append(group)
            }
            let initiative = initiatives.group(ofNodeAt: v)
            if initiative >= 0, seenInitiatives.insert(initiative).inserted { initiativesReached.append(initiative) }
            adoptions.append(Adoption(
                adopter: v, date: entry.date, wave: entry.wave, group: group, initiative: initiative,
                source: source.map(transmission)))
            adoptedOn[v] = entry.date
        }
        let undatedAdopters = undated.subtracting(earliest.keys).sorted {
            network.nodes[Int($0)].id < network.nodes[Int($1)].id
        }
        return PracticeDiffusion(
            practice: practice, adoptions: adoptions, undatedAdopters: undatedAdopters,
            groupsReached: groupsReached, initiativesReached: initiativesReached, crossGroupHops: hops)
    }

    private struct DatedAdoption {
        let adopter: Int32
        let date: PartialDate
        let wave: String?
    }
}
