import NetworkModel

/// Stages 5–7: collaboration and advice (dense in the core, sparse and local
/// in the periphery), the spans of the learning liaisons, and the peer
/// funder's own participation.
extension CommunityBuilder {
    mutating func addCollaboration() {
        // The core: people collaborate densely with each other (about 15 core partners each at most,
        // so large communities keep a dense but not complete core), and so do core organizations.
        let coreDensity = min(0.4, 15 / Double(max(corePeople.count, 1)))
        for (index, first) in corePeople.enumerated() {
            for second in corePeople[(index + 1)...] where rng.chance(coreDensity) {
                collaborate(first, second)
            }
        }
        for (index, first) in coreOrganizations.enumerated() {
            for second in coreOrganizations[(index + 1)...] where rng.chance(0.35) {
                collaborate(first, second)
            }
        }
        // The periphery: colleagues of the same organization, a core contact in the city, an occasional sharer.
        for organization in organizations {
            let staff = members[Int(organization)]
            for (index, first) in staff.enumerated() {
                for second in staff[(index + 1)...] where rng.chance(0.25) { collaborate(first, second) }
            }
        }
        for city in communityPeopleByCity.indices {
            let local = communityPeopleByCity[city]
            let localCore = local.filter { isCore[Int($0)] }
            for person in local where !isCore[Int(person)] {
                if rng.chance(0.45), let contact = rng.element(of: localCore) { collaborate(person, contact) }
                if rng.chance(0.3), let mentor = rng.element(of: localCore) {
                    addTie(.advises, mentor, person, day: day(from: joinedDay[Int(person)], within: 365))
                }
                if rng.chance(0.2), let peer = rng.element(of: local) {
                    addTie(.shares, person, peer, day: day(from: joinedDay[Int(person)], within: 365))
                }
            }
            let localOrganizations = organizationsByCity[city]
            for (index, first) in localOrganizations.enumerated() {
                for second in localOrganizations[(index + 1)...] where rng.chance(0.1) {
                    collaborate(first, second)
                }
            }
        }
    }

    /// A `collaborates_with` tie that sometimes lapses.
    mutating func collaborate(_ first: Int32, _ second: Int32) {
        let start = day(from: max(joinedDay[Int(first)], joinedDay[Int(second)]), within: 400)
        addTie(.collaboratesWith, first, second, day: start, endDay: lapse(after: start, probability: 0.1))
    }

    /// Learning liaisons: a second membership in another city, three or four
    /// initiatives across cities, and convenings in at least three cities.
    mutating func addLiaisonSpans() {
        let cityCount = cityNames.count
        for liaison in liaisons {
            let home = cityOf[Int(liaison)]
            let joined = joinedDay[Int(liaison)]
            let away = (home + 1 + rng.below(cityCount - 1)) % cityCount
            if let second = rng.element(of: organizationsByCity[away].filter { isCore[Int($0)] })
                ?? rng.element(of: organizationsByCity[away])
            {
                join(liaison, second, day: day(from: joined, within: 300))
            }
            let homeInitiatives = initiatives.filter { cityOf[Int($0)] == home }
            let awayInitiatives = initiatives.filter { cityOf[Int($0)] != home }
            var chosen = rng.sample(1, from: homeInitiatives)
            chosen += rng.sample(rng.integer(in: 3...4) - chosen.count, from: awayInitiatives)
            for initiative in chosen { participate(liaison, initiative) }
            // Convenings: roughly half of those after joining, then enough others to cover three cities.
            var cities: [Int] = []
            for index in events.indices where joinedDay[Int(events[index])] > joined && rng.chance(0.5) {
                attend(liaison, index)
                if attendees[index].last == liaison { cities.append(cityOf[Int(events[index])]) }
            }
            for index in events.indices where Set(cities).count < 3 && joinedDay[Int(events[index])] > joined {
                let city = cityOf[Int(events[index])]
                if !cities.contains(city) {
                    attend(liaison, index)
                    cities.append(city)
                }
            }
        }
    }

    /// The peer funder takes part itself: initiatives, convenings, and practices of its own city.
    mutating func addPeerFunderParticipation() {
        guard let peerIndex = funders.indices.first(where: { funderRoles[$0] == .peer }) else { return }
        let peer = funders[peerIndex]
        for initiative in rng.sample(3, from: initiatives) { participate(peer, initiative) }
        for index in rng.sample(max(4, events.count / 3), from: Array(events.indices)) { attend(peer, index) }
    }
}
