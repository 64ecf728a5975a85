import NetworkModel

/// Stage 1: the nodes. Organizations (funders first, isolated organizations
/// last), people, initiatives, practices and convenings, each with its city,
/// sector and joining day, and the core/periphery and liaison choices.
extension CommunityBuilder {
    /// Node attribute columns, in the order the nodes file lists them.
    static let nodeAttributeOrder = ["city", "sector", "role", "team", "scope", "joined", "started", "date"]

    mutating func createNodes() {
        let c = configuration
        network.declareAttributes(nodes: Self.nodeAttributeOrder)
        cityNames = (0..<c.cities).map(NameBank.city)
        truth.cities = cityNames
        let isolateKinds = (0..<c.isolates).map { [NodeKind.person, .practice, .person, .organization][$0 % 4] }
        let isolatedOrganizations = isolateKinds.filter { $0 == .organization }.count
        let isolatedPeople = isolateKinds.filter { $0 == .person }.count
        let isolatedPractices = isolateKinds.filter { $0 == .practice }.count
        createOrganizations(isolated: isolatedOrganizations)
        createPeople(isolated: isolatedPeople)
        createInitiatives()
        createPractices(isolated: isolatedPractices)
        createConvenings()
        members = Array(repeating: [], count: network.nodeCount)
        primaryOrganization += Array(repeating: -1, count: network.nodeCount - primaryOrganization.count)
    }

    private mutating func register(_ node: Node, city: Int, joined: Int, core: Bool = false) -> Int32 {
        var node = node
        if city >= 0 { node.attributes["city"] = cityNames[city] }
        let position: Int32
        do {
            position = try network.addNode(node)
        } catch {
            return -1
        }
        cityOf.append(city)
        joinedDay.append(timeline.clamp(joined))
        isCore.append(core)
        return position
    }

    private func padded(_ number: Int, width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(width - text.count, 0)) + text
    }

    private mutating func createOrganizations(isolated: Int) {
        let c = configuration
        let width = max(3, String(c.organizations).count)
        var usedLabels: Set<String> = []
        organizationsByCity = Array(repeating: [], count: c.cities)
        for index in 0..<c.funders {
            let label = NameBank.pick(NameBank.funderNames, index) { $0 }
            usedLabels.insert(label)
            let node = Node(
                id: "org-" + padded(index + 1, width: width), label: label, kind: .organization,
                attributes: ["sector": "philanthropy", "joined": timeline.monthDate(0).description])
            let position = register(node, city: index % c.cities, joined: 0, core: true)
            funders.append(position)
            funderRoles.append(index < FunderRoleKind.allCases.count ? FunderRoleKind.allCases[index] : .sponsor)
        }
        funderStaff = Array(repeating: [], count: funders.count)
        let others = c.organizations - c.funders
        let coreCount = min(max(c.cities, others / 5), others - isolated)
        var coreFlags = Array(repeating: false, count: others)
        for city in 0..<c.cities { coreFlags[city] = true }  // one per city: others are dealt round-robin
        let remainingCore = rng.sample(
            coreCount - c.cities, from: Array(c.cities..<(others - isolated)))
        for index in remainingCore { coreFlags[index] = true }
        for index in 0..<others {
            let city = index % c.cities
            let sector = NameBank.organizationSectors[rng.below(NameBank.organizationSectors.count)]
            let forms = NameBank.organizationForms[sector] ?? ["Partnership"]
            let form = forms[rng.below(forms.count)]
            var label = "\(cityNames[city]) \(form)"
            if usedLabels.contains(label) {
                label = "\(NameBank.placeWords[rng.below(NameBank.placeWords.count)]) \(form), \(cityNames[city])"
            }
            var suffix = 2
            let base = label
            while usedLabels.contains(label) {
                label = "\(base) \(suffix)"
                suffix += 1
            }
            usedLabels.insert(label)
            let core = coreFlags[index]
            let joined = core ? rng.below(90) : growthDay()
            let node = Node(
                id: "org-" + padded(c.funders + index + 1, width: width), label: label, kind: .organization,
                attributes: ["sector": sector, "joined": timeline.monthDate(joined).description])
            let position = register(node, city: city, joined: joined, core: core)
            if index >= others - isolated {
                isolates.append(position)
            } else {
                organizations.append(position)
                organizationsByCity[city].append(position)
                if core { coreOrganizations.append(position) }
            }
        }
    }

    private mutating func createPeople(isolated: Int) {
        let c = configuration
        let width = max(3, String(c.people).count)
        var names: [String] = []
        for first in NameBank.firstNames { for last in NameBank.lastNames { names.append("\(first) \(last)") } }
        rng.shuffle(&names)
        let active = c.people - isolated
        // Who is who: staff of each funder, the core (15%), liaisons among the core, everyone else periphery.
        var city = (0..<active).map { $0 % c.cities }
        var order = Array(0..<active)
        rng.shuffle(&order)
        var staffOf = Array(repeating: -1, count: active)
        var cursor = 0
        for (funderIndex, funder) in funders.enumerated() {
            for _ in 0..<2 {
                let person = order[cursor]
                cursor += 1
                staffOf[person] = funderIndex
                city[person] = cityOf[Int(funder)]
            }
        }
        let coreCount = max(c.liaisons + c.cities, active * 15 / 100)
        let coreSet = Array(order[cursor..<min(cursor + coreCount, active)])
        var isCorePerson = Array(repeating: false, count: active)
        for person in coreSet { isCorePerson[person] = true }
        let liaisonSet = Set(coreSet.prefix(c.liaisons))
        communityPeopleByCity = Array(repeating: [], count: c.cities)
        let firstPosition = Int32(network.nodeCount)
        for index in 0..<c.people {
            let label = index < names.count ? names[index] : "\(names[index % names.count]) \(index / names.count + 1)"
            let id = "person-" + padded(index + 1, width: width)
            guard index < active else {
                let joined = growthDay()
                let node = Node(
                    id: id, label: label, kind: .person,
                    attributes: [
                        "role": NameBank.roles[rng.below(NameBank.roles.count)],
                        "joined": timeline.monthDate(joined).description,
                    ])
                isolates.append(register(node, city: rng.below(c.cities), joined: joined))
                continue
            }
            let home = city[index]
            let organization: Int32
            let role: String
            var joined: Int
            if staffOf[index] >= 0 {
                organization = funders[staffOf[index]]
                role = "program officer"
                joined = rng.below(200)
            } else if isCorePerson[index] {
                let local = organizationsByCity[home].filter { isCore[Int($0)] }
                organization = rng.element(of: local) ?? organizationsByCity[home][0]
                role = NameBank.roles[rng.below(NameBank.roles.count)]
                joined = rng.below(120)
            } else {
                organization = weightedOrganization(in: home)
                role = NameBank.roles[rng.below(NameBank.roles.count)]
                joined = growthDay()
            }
            joined = max(joined, joinedDay[Int(organization)])
            let sector = network.nodes[Int(organization)].attributes["sector"] ?? ""
            let node = Node(
                id: id, label: label, kind: .person,
                attributes: [
                    "sector": sector, "role": role,
                    "team": NameBank.teams[rng.below(NameBank.teams.count)],
                    "joined": timeline.monthDate(joined).description,
                ])
            let position = register(node, city: home, joined: joined, core: isCorePerson[index])
            people.append(position)
            primaryOrganization.append(organization)
            if staffOf[index] >= 0 {
                funderStaff[staffOf[index]].append(position)
            } else {
                communityPeopleByCity[home].append(position)
            }
            if isCorePerson[index] { corePeople.append(position) }
            if liaisonSet.contains(index) { liaisons.append(position) }
        }
        // primaryOrganization is indexed by node position from here on.
        primaryOrganization = Array(repeating: -1, count: Int(firstPosition)) + primaryOrganization
    }

    /// A non-funder organization of the city, core organizations three times as likely.
    private mutating func weightedOrganization(in city: Int) -> Int32 {
        let local = organizationsByCity[city]
        let total = local.reduce(0) { $0 + (isCore[Int($1)] ? 3 : 1) }
        var pick = rng.below(total)
        for organization in local {
            pick -= isCore[Int(organization)] ? 3 : 1
            if pick < 0 { return organization }
        }
        return local[0]
    }

    private mutating func createInitiatives() {
        let c = configuration
        let width = max(2, String(c.initiatives).count)
        for index in 0..<c.initiatives {
            let national = index % 3 == 2
            let city = national ? -1 : (index - index / 3) % c.cities
            let theme = NameBank.initiativeThemes[index % NameBank.initiativeThemes.count]
            let numbered =
                index < NameBank.initiativeThemes.count ? "" : " \(index / NameBank.initiativeThemes.count + 1)"
            let label =
                national ? "\(theme.0) National Initiative\(numbered)" : "\(cityNames[city]) \(theme.0)\(numbered)"
            let started = index < c.initiatives / 2 ? rng.below(200) : rng.below(max(timeline.dayCount - 500, 1))
            let node = Node(
                id: "initiative-" + padded(index + 1, width: width), label: label, kind: .initiative,
                attributes: [
                    "sector": theme.1, "scope": national ? "national" : "local",
                    "started": timeline.date(started).description,
                ])
            initiatives.append(register(node, city: city, joined: started))
        }
    }

    private mutating func createPractices(isolated: Int) {
        let c = configuration
        let width = max(2, String(c.practices).count)
        for index in 0..<c.practices {
            let entry = NameBank.practices[index % NameBank.practices.count]
            let label = NameBank.pick(NameBank.practices, index) { $0.0 }
            let node = Node(
                id: "practice-" + padded(index + 1, width: width), label: label, kind: .practice,
                attributes: ["sector": entry.1])
            let position = register(node, city: -1, joined: 0)
            if index >= c.practices - isolated { isolates.append(position) } else { practices.append(position) }
        }
    }

    private mutating func createConvenings() {
        let c = configuration
        let width = max(2, String(c.convenings).count)
        var cityOrder = Array(0..<c.cities)
        rng.shuffle(&cityOrder)
        let spacing = Double(timeline.dayCount) / Double(c.convenings)
        for index in 0..<c.convenings {
            let day = timeline.clamp(Int(spacing * (Double(index) + 0.2 + 0.6 * rng.unit())))
            let city = cityOrder[index % c.cities]
            let date = timeline.date(day)
            let label = "\(NameBank.season(month: date.month ?? 1)) Convening \(date.year), \(cityNames[city])"
            let node = Node(
                id: "event-" + padded(index + 1, width: width), label: label, kind: .event,
                attributes: ["date": date.description])
            events.append(register(node, city: city, joined: day))
        }
        attendees = Array(repeating: [], count: events.count)
    }
}
