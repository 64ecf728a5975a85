import NetworkModel

/// Stages 2–4: memberships and leadership, initiatives, funding, and the
/// convenings with their attendance. Core people take part widely; periphery
/// people hold one membership and little else.
extension CommunityBuilder {
    mutating func addMembership() {
        for person in people {
            let organization = primaryOrganization[Int(person)]
            guard organization >= 0 else { continue }
            join(person, organization, day: joinedDay[Int(person)])
            // Some core people also belong to a second organization of their own city.
            if isCore[Int(person)], !liaisons.contains(person), rng.chance(0.3),
                let second = rng.element(of: organizationsByCity[cityOf[Int(person)]]), second != organization
            {
                join(person, second, day: day(from: joinedDay[Int(person)], within: 400))
            }
        }
        // Every organization with members is led by one of them, a core member when it has one.
        for organization in funders + organizations {
            let staff = members[Int(organization)]
            guard !staff.isEmpty else { continue }
            let leader = staff.first { isCore[Int($0)] } ?? staff[0]
            let start = addTie(.leads, leader, organization, day: joinedDay[Int(leader)], monthPrecision: true)
            if start != nil { network.updateNode(at: leader) { $0.attributes["role"] = "director" } }
        }
    }

    /// A `member_of` tie, to the month, that lapses now and then.
    mutating func join(_ person: Int32, _ organization: Int32, day: Int) {
        let end = lapse(after: day, probability: isCore[Int(person)] ? 0.03 : 0.1)
        if addTie(.memberOf, person, organization, day: day, monthPrecision: true, endDay: end) != nil {
            members[Int(organization)].append(person)
        }
    }

    mutating func addInitiatives() {
        for initiative in initiatives {
            let city = cityOf[Int(initiative)]
            let started = joinedDay[Int(initiative)]
            // Led by one or two core people of its city (any city for national initiatives).
            let leaders = corePeople.filter { city < 0 || cityOf[Int($0)] == city }
            for leader in rng.sample(rng.integer(in: 1...2), from: leaders) {
                addTie(.leads, leader, initiative, day: started)
            }
            // Partner organizations: mostly local; national initiatives draw from every city.
            let pool = city < 0 ? organizations : organizationsByCity[city]
            for partner in rng.sample(rng.integer(in: 3...7), from: pool) {
                addTie(.participatesIn, partner, initiative, day: day(from: started, within: 200))
            }
        }
        for person in people where !liaisons.contains(person) && !isStaff(person) {
            let city = cityOf[Int(person)]
            let reachable = initiatives.filter { cityOf[Int($0)] == city || cityOf[Int($0)] < 0 }
            let count = isCore[Int(person)] ? rng.integer(in: 1...2) : (rng.chance(0.6) ? 1 : 0)
            for initiative in rng.sample(count, from: reachable) { participate(person, initiative) }
        }
    }

    /// A `participates_in` tie that sometimes lapses.
    mutating func participate(_ participant: Int32, _ initiative: Int32) {
        let start = max(joinedDay[Int(participant)], joinedDay[Int(initiative)])
        let end = lapse(after: start, probability: 0.12)
        addTie(.participatesIn, participant, initiative, day: day(from: start, within: 300), endDay: end)
    }

    func isStaff(_ person: Int32) -> Bool { funderStaff.contains { $0.contains(person) } }

    /// Funding. Sponsors fund every initiative left unfunded and many organizations;
    /// the other funders make one or two grants each (the catalyst funds initiatives only).
    mutating func addFunding() {
        let sponsors = funders.indices.filter { funderRoles[$0] == .sponsor }
        var funded = Array(repeating: false, count: initiatives.count)
        for (index, funder) in funders.enumerated() where funderRoles[index] != .sponsor {
            for initiative in rng.sample(funderRoles[index] == .peer ? 1 : 2, from: Array(initiatives.indices)) {
                grant(funder, initiatives[initiative])
                funded[initiative] = true
            }
        }
        guard !sponsors.isEmpty else { return }
        for (index, initiative) in initiatives.enumerated() {
            let sponsor = funders[sponsors[index % sponsors.count]]
            if !funded[index] || rng.chance(0.5) { grant(sponsor, initiative) }
        }
        let grantees = rng.sample(organizations.count * 2 / 5, from: organizations)
        for (index, organization) in grantees.enumerated() {
            grant(funders[sponsors[index % sponsors.count]], organization)
        }
    }

    /// A `funds` tie weighted by the grant in units of 100,000, lapsing when the grant ends.
    mutating func grant(_ funder: Int32, _ grantee: Int32) {
        let start = day(from: joinedDay[Int(grantee)], within: 240)
        let amount = Double(rng.integer(in: 2...20)) * 0.25
        let years = rng.integer(in: 1...3)
        addTie(.funds, funder, grantee, day: start, weight: amount, endDay: start + 365 * years)
    }

    /// Convenings: the organizer funder convenes seven in ten; the rest are convened by a
    /// core organization of the host city. Core people attend most convenings,
    /// periphery people now and then, mostly in their own city.
    mutating func addConvenings() {
        let organizer = funders.indices.first { funderRoles[$0] == .organizer }.map { funders[$0] }
        for (index, event) in events.enumerated() {
            let city = cityOf[Int(event)]
            let date = joinedDay[Int(event)]
            if let organizer, index % 10 < 7 {
                addTie(.convenes, organizer, event, day: date - rng.integer(in: 30...90))
                for staff in funderStaff[funders.firstIndex(of: organizer) ?? 0] { attend(staff, index) }
            } else {
                let hosts = coreOrganizations.filter { cityOf[Int($0)] == city }
                if let host = rng.element(of: hosts) ?? rng.element(of: organizationsByCity[city]) {
                    addTie(.convenes, host, event, day: date - rng.integer(in: 30...90))
                }
            }
            for person in people where joinedDay[Int(person)] < date && !isStaff(person) {
                let sameCity = cityOf[Int(person)] == city
                let probability = isCore[Int(person)] ? (sameCity ? 0.85 : 0.35) : (sameCity ? 0.18 : 0.012)
                if !liaisons.contains(person), rng.chance(probability) { attend(person, index) }
            }
        }
    }

    /// An `attended` tie on the event's date.
    mutating func attend(_ participant: Int32, _ eventIndex: Int) {
        let event = events[eventIndex]
        guard joinedDay[Int(participant)] <= joinedDay[Int(event)] else { return }
        if addTie(.attended, participant, event, day: joinedDay[Int(event)]) != nil {
            attendees[eventIndex].append(participant)
        }
    }
}
