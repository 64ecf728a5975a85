import NetworkModel

/// Stages 10–11: the catalyst's introductions (added last, so the pairs it
/// introduces stay otherwise unconnected) and the truth, read back from the
/// ties themselves so that evidence and data cannot disagree.
extension CommunityBuilder {
    mutating func addCatalystIntroductions() {
        guard let catalystIndex = funders.indices.first(where: { funderRoles[$0] == .catalyst }) else { return }
        let catalyst = funders[catalystIndex]
        let neighbours = neighbourLists()
        let catalystNeighbours = Set(neighbours[Int(catalyst)])
        let candidates = organizations.filter { !isCore[Int($0)] && !catalystNeighbours.contains($0) }
        var introduced: Set<Int32> = []
        var introductions: [IntroductionTruth] = []
        var attempts = 0
        while introductions.count < configuration.introductions && attempts < 400 * max(configuration.introductions, 1)
        {
            attempts += 1
            guard let first = rng.element(of: candidates), let second = rng.element(of: candidates),
                cityOf[Int(first)] != cityOf[Int(second)], !introduced.contains(first), !introduced.contains(second)
            else { continue }
            let firstNeighbours = Set(neighbours[Int(first)])
            guard !firstNeighbours.contains(second),
                !neighbours[Int(second)].contains(where: firstNeighbours.contains)
            else { continue }
            let earliest = max(joinedDay[Int(first)], joinedDay[Int(second)], 90)
            guard earliest < timeline.lastDay - 300 else { continue }
            let date = day(from: earliest, within: min(540, timeline.lastDay - 300 - earliest))
            guard let advised = addTie(.advises, catalyst, first, day: date),
                addTie(.advises, catalyst, second, day: advised) != nil
            else { continue }
            introduced.insert(first)
            introduced.insert(second)
            var record = IntroductionTruth(
                organizations: [id(first), id(second)], cities: [cityName(first), cityName(second)],
                date: timeline.date(advised).description)
            if rng.chance(0.5),
                let followUp = addTie(.collaboratesWith, first, second, day: advised + rng.integer(in: 60...240))
            {
                record.followUpCollaboration = timeline.date(followUp).description
            }
            introductions.append(record)
        }
        catalystIntroductions = introductions
    }

    /// Every node's neighbours in either direction, in tie order. - Complexity: O(N + T).
    func neighbourLists() -> [[Int32]] {
        var lists = Array(repeating: [Int32](), count: network.nodeCount)
        for tie in network.ties {
            lists[Int(tie.source)].append(tie.target)
            lists[Int(tie.target)].append(tie.source)
        }
        return lists
    }

    mutating func recordTruth() {
        truth.nodeCount = network.nodeCount
        truth.tieCount = network.tieCount
        truth.waves = timeline.waves.map {
            WaveSpan(label: $0.label, first: $0.first.description, last: $0.last.description)
        }
        var outgoing = Array(repeating: [Tie](), count: network.nodeCount)
        for tie in network.ties { outgoing[Int(tie.source)].append(tie) }
        func targets(_ node: Int32, _ kind: TieKind) -> [String] {
            outgoing[Int(node)].filter { $0.kind == kind }.map { id($0.target) }
        }
        truth.funders = funders.enumerated().map { index, funder in
            var record = FunderTruth(
                id: id(funder), label: network.nodes[Int(funder)].label, city: cityName(funder),
                role: funderRoles[index])
            record.funds = targets(funder, .funds)
            record.convenes = targets(funder, .convenes)
            record.participatesIn = targets(funder, .participatesIn)
            record.attended = targets(funder, .attended)
            record.adopts = targets(funder, .adopts)
            if funderRoles[index] == .catalyst { record.introductions = catalystIntroductions }
            return record
        }
        truth.liaisons = liaisons.map { liaison in
            let organizations = targets(liaison, .memberOf)
            let events = outgoing[Int(liaison)].filter { $0.kind == .attended }.map(\.target)
            return LiaisonTruth(
                id: id(liaison), label: network.nodes[Int(liaison)].label,
                cities: orderedUnique(
                    outgoing[Int(liaison)].filter { $0.kind == .memberOf }.map { cityName($0.target) }),
                organizations: organizations, initiatives: targets(liaison, .participatesIn), events: events.map(id),
                eventCities: orderedUnique(events.map(cityName)))
        }
        truth.core = CoreTruth(organizations: (funders + coreOrganizations).map(id), people: corePeople.map(id))
        truth.isolates = isolates.map(id)
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
