import NetworkModel

/// Stages 8–9: practices. Local practices are adopted within one city only;
/// spreading practices are first adopted in one city and then, hop by hop, by
/// people elsewhere who attended a convening with an earlier adopter or share
/// a tie with one. Every hop is recorded in the truth.
extension CommunityBuilder {
    mutating func addLocalPractices() {
        var order = practices
        rng.shuffle(&order)
        spreadingPracticeNodes = Array(order.prefix(configuration.spreadingPractices))
        let local = Array(order.dropFirst(configuration.spreadingPractices))
        let peerIndex = funders.indices.first { funderRoles[$0] == .peer }
        for (index, practice) in local.enumerated() {
            // The peer funder's city hosts the first two local practices, which the peer adopts.
            let city = index < 2 ? peerIndex.map { cityOf[Int(funders[$0])] } ?? 0 : rng.below(cityNames.count)
            var adopters: [Int32] = []
            for person in rng.sample(rng.integer(in: 2...6), from: communityPeopleByCity[city]) {
                if addTie(.adopts, person, practice, day: day(from: joinedDay[Int(person)], within: 500)) != nil {
                    adopters.append(person)
                }
            }
            if rng.chance(0.3), let organization = rng.element(of: organizationsByCity[city]),
                addTie(.adopts, organization, practice, day: day(from: joinedDay[Int(organization)], within: 500))
                    != nil
            {
                adopters.append(organization)
            }
            if index < 2, let peerIndex,
                addTie(.adopts, funders[peerIndex], practice, day: day(from: 60, within: 600)) != nil
            {
                adopters.append(funders[peerIndex])
            }
            truth.localPractices.append(
                LocalPracticeTruth(practice: id(practice), city: cityNames[city], adopters: adopters.map(id)))
        }
    }

    mutating func addPracticeDiffusion() {
        var origins = Array(cityNames.indices)
        rng.shuffle(&origins)
        for (index, practice) in spreadingPracticeNodes.enumerated() {
            spread(practice, from: origins[index % origins.count])
        }
    }

    private mutating func spread(_ practice: Int32, from origin: Int) {
        let early = communityPeopleByCity[origin].filter { joinedDay[Int($0)] < 300 }
        guard
            let first = rng.element(of: early.filter { isCore[Int($0)] }) ?? rng.element(of: early)
                ?? rng.element(of: communityPeopleByCity[origin]),
            let firstDay = addTie(.adopts, first, practice, day: max(joinedDay[Int(first)] + 30, rng.below(300)))
        else { return }
        var record = PracticeSpreadTruth(
            practice: id(practice), label: network.nodes[Int(practice)].label, originCity: cityNames[origin],
            firstAdopter: id(first), firstAdopted: timeline.date(firstDay).description)
        var adopters: [(person: Int32, day: Int)] = [(first, firstDay)]
        var reached = [origin]
        for hop in 0..<rng.integer(in: 4...7) {
            // The first two hops must reach new cities, so they get a few tries; later hops get one.
            for _ in 0..<(hop < 2 ? 6 : 1) {
                // Sources adopted early enough for the practice to travel on before the timeline ends.
                let sources = adopters.filter { $0.day < timeline.lastDay - 240 }
                guard let source = rng.element(of: sources) else { break }
                let sourceCity = cityOf[Int(source.person)]
                let unreached = cityNames.indices.filter { !reached.contains($0) }
                let elsewhere = cityNames.indices.filter { $0 != sourceCity }
                let targetCity: Int
                if hop < 2, let city = rng.element(of: unreached) {
                    targetCity = city
                } else if rng.chance(0.65), let city = rng.element(of: elsewhere) {
                    targetCity = city
                } else {
                    targetCity = sourceCity
                }
                let isAdopter = { (person: Int32) in adopters.contains { $0.person == person } }
                let planted =
                    (rng.chance(0.6) ? plantConveningHop(practice, source, targetCity, isAdopter) : nil)
                    ?? plantSharesHop(practice, source, targetCity, isAdopter)
                guard let planted else { continue }
                adopters.append((planted.person, planted.day))
                if !reached.contains(targetCity) { reached.append(targetCity) }
                record.hops.append(planted.truth)
                break
            }
        }
        record.citiesReached = reached.map { cityNames[$0] }
        truth.practiceDiffusion.append(record)
    }

    private typealias PlantedHop = (person: Int32, day: Int, truth: DiffusionHopTruth)

    /// The source and a person of the target city attend the same convening; the person adopts afterwards.
    private mutating func plantConveningHop(
        _ practice: Int32, _ source: (person: Int32, day: Int), _ targetCity: Int, _ isAdopter: (Int32) -> Bool
    ) -> PlantedHop? {
        // One of the next three convenings after the source adopted (events are in date order),
        // early enough for an adoption to follow.
        let candidates = Array(
            events.indices.filter {
                let day = joinedDay[Int(events[$0])]
                return day > source.day + 7 && day < timeline.lastDay - 140
            }
            .prefix(3))
        let attendedBySource = candidates.filter { attendees[$0].contains(source.person) }
        guard let eventIndex = rng.element(of: attendedBySource) ?? rng.element(of: candidates) else { return nil }
        let event = events[eventIndex]
        let eventDay = joinedDay[Int(event)]
        attend(source.person, eventIndex)
        guard attendees[eventIndex].contains(source.person) else { return nil }
        let pool = communityPeopleByCity[targetCity].filter { !isAdopter($0) && joinedDay[Int($0)] <= eventDay }
        let present = pool.filter { attendees[eventIndex].contains($0) }
        guard let target = rng.element(of: present) ?? rng.element(of: pool) else { return nil }
        attend(target, eventIndex)
        let adoptDay = eventDay + 14 + rng.below(120)
        guard attendees[eventIndex].contains(target), adoptDay <= timeline.lastDay,
            let adopted = addTie(.adopts, target, practice, day: adoptDay)
        else { return nil }
        let hop = DiffusionHopTruth(
            from: id(source.person), to: id(target), fromCity: cityName(source.person), toCity: cityName(target),
            carrier: TieKind.attended.rawValue, event: id(event), carrierDate: timeline.date(eventDay).description,
            adopted: timeline.date(adopted).description)
        return (target, adopted, hop)
    }

    /// The source starts a `shares` tie with a person of the target city, who adopts afterwards.
    private mutating func plantSharesHop(
        _ practice: Int32, _ source: (person: Int32, day: Int), _ targetCity: Int, _ isAdopter: (Int32) -> Bool
    ) -> PlantedHop? {
        let pool = communityPeopleByCity[targetCity].filter {
            $0 != source.person && !isAdopter($0) && !hasTie(.shares, source.person, $0)
                && joinedDay[Int($0)] < timeline.lastDay - 240
        }
        guard let target = rng.element(of: pool) else { return nil }
        let shareDay = max(source.day, joinedDay[Int(target)]) + 7 + rng.below(90)
        let adoptDay = shareDay + 14 + rng.below(90)
        guard adoptDay <= timeline.lastDay, let shared = addTie(.shares, source.person, target, day: shareDay),
            let adopted = addTie(.adopts, target, practice, day: adoptDay)
        else { return nil }
        let hop = DiffusionHopTruth(
            from: id(source.person), to: id(target), fromCity: cityName(source.person), toCity: cityName(target),
            carrier: TieKind.shares.rawValue, event: nil, carrierDate: timeline.date(shared).description,
            adopted: timeline.date(adopted).description)
        return (target, adopted, hop)
    }
}
