import NetworkModel

/// The sizes of a benchmark network from ``LargeNetworkGenerator``.
public struct LargeNetworkConfiguration: Codable, Equatable, Sendable {
    public var seed: UInt64
    /// Exactly this many ties are generated.
    public var ties: Int
    public var cities: Int
    public var firstYear: Int = 2016
    public var lastYear: Int = 2019
    /// People, organizations, initiatives, practices and events follow from the tie count.
    public var people: Int { max(ties / 8, 100) }
    public var organizations: Int { max(people / 20, 10) }
    public var funders: Int { max(organizations / 50, 2) }
    public var initiatives: Int { max(people / 250, 4) }
    public var practices: Int { max(people / 100, 10) }
    public var events: Int { max(people / 250, 8) }

    /// A network of `ties` ties over `cities` cities.
    public init(seed: UInt64, ties: Int = 1_000_000, cities: Int = 50) {
        self.seed = seed
        self.ties = ties
        self.cities = cities
    }

    /// Checks the sizes.
    /// - Throws: ``CommunityConfiguration/InvalidParameter`` naming the flag out of range.
    public func validate() throws(CommunityConfiguration.InvalidParameter) {
        guard (1_000...200_000_000).contains(ties) else {
            throw .init(flag: "--ties", reason: "must be between 1000 and 200000000, got \(ties)")
        }
        guard (1...10_000).contains(cities), cities <= organizations else {
            throw .init(flag: "--cities", reason: "must be between 1 and the number of organizations, got \(cities)")
        }
        guard (1900...2100).contains(firstYear), lastYear > firstYear, lastYear - firstYear <= 50 else {
            throw .init(flag: "--last-year", reason: "must be after --first-year and at most 50 years later")
        }
    }
}

/// Generates benchmark networks of any size in linear time: a clustered
/// affiliation model with the same node and tie kinds as a learning community.
///
/// People are dealt into organizations of about 20 people and organizations
/// into cities. Tie *i* belongs to person *i* mod P; its kind is drawn with
/// fixed shares (collaboration 37%, attendance 20%, participation 15%,
/// membership 12%, adoption 8%, sharing 5%, advice 3%, also funding and
/// convening), and a collaboration or sharing partner comes from the same
/// organization (80%), the same city (15%) or anywhere (5%), which gives high
/// clustering and a heavy-tailed degree mix, as in relaxed caveman graphs
/// (Watts 1999, doi:10.1086/210318). Parallel ties may occur and are kept.
/// Dates are uniform over the years; waves follow the start date.
///
/// No structure is planted; the truth records only the sizes.
/// - Complexity: O(N + T) time and memory for N nodes and T ties.
public enum LargeNetworkGenerator {
    public static func generate(_ configuration: LargeNetworkConfiguration) throws(CommunityConfiguration
        .InvalidParameter) -> CommunityGenerator.Output
    {
        try configuration.validate()
        let timeline: Timeline
        do {
            timeline = try Timeline(firstYear: configuration.firstYear, lastYear: configuration.lastYear)
        } catch {
            throw .init(flag: "--first-year", reason: "the years do not form a calendar")
        }
        var rng = SplitMix64(seed: configuration.seed)
        var network = Network()
        network.declareAttributes(nodes: ["city"])
        let c = configuration
        let cityNames = (0..<c.cities).map(NameBank.city)
        func add(_ prefix: String, _ count: Int, _ kind: NodeKind, city: (Int) -> Int?) -> Int32 {
            let first = Int32(network.nodeCount)
            let width = String(count).count
            for index in 0..<count {
                let number = String(index + 1)
                let id = prefix + String(repeating: "0", count: width - number.count) + number
                let attributes = city(index).map { ["city": cityNames[$0]] } ?? [:]
                _ = try? network.addNode(Node(id: id, kind: kind, attributes: attributes))
            }
            return first
        }
        let organizationsPerCity = max(c.organizations / c.cities, 1)
        let cityOfOrganization = { (organization: Int) in min(organization / organizationsPerCity, c.cities - 1) }
        let organizationBase = add("org-", c.organizations, .organization) { cityOfOrganization($0) }
        let peoplePerOrganization = max(c.people / c.organizations, 1)
        let organizationOfPerson = { (person: Int) in min(person / peoplePerOrganization, c.organizations - 1) }
        let personBase = add("person-", c.people, .person) { cityOfOrganization(organizationOfPerson($0)) }
        let initiativeBase = add("initiative-", c.initiatives, .initiative) { $0 % c.cities }
        let practiceBase = add("practice-", c.practices, .practice) { _ in nil }
        let eventBase = add("event-", c.events, .event) { $0 % c.cities }

        let peoplePerCity = max(c.people / c.cities, 1)
        network.reserveTies(c.ties)
        // A handful of kinds and waves: the ties share one copy of each combination.
        var templates = TieTemplates()
        for index in 0..<c.ties {
            let person = index % c.people
            let organization = organizationOfPerson(person)
            let source = personBase + Int32(person)
            let roll = rng.below(100)
            var kind = TieKind.collaboratesWith
            var from = source
            let target: Int32
            switch roll {
            case 0..<12:
                kind = .memberOf
                target = organizationBase + Int32(rng.chance(0.9) ? organization : rng.below(c.organizations))
            case 12..<27:
                kind = .participatesIn
                target = initiativeBase + Int32(rng.below(c.initiatives))
            case 27..<47:
                kind = .attended
                target = eventBase + Int32(rng.below(c.events))
            case 47..<55:
                kind = .adopts
                target = practiceBase + Int32(rng.below(c.practices))
            case 55..<56:
                kind = .funds
                from = organizationBase + Int32(rng.below(c.funders))
                target = initiativeBase + Int32(rng.below(c.initiatives))
            case 56..<57:
                kind = .convenes
                from = organizationBase + Int32(organization)
                target = eventBase + Int32(rng.below(c.events))
            default:
                kind = roll < 62 ? .shares : (roll < 65 ? .advises : .collaboratesWith)
                let locality = rng.below(100)
                let partner: Int
                if locality < 80 {
                    partner = min(organization * peoplePerOrganization + rng.below(peoplePerOrganization), c.people - 1)
                } else if locality < 95 {
                    partner = min(person / peoplePerCity * peoplePerCity + rng.below(peoplePerCity), c.people - 1)
                } else {
                    partner = rng.below(c.people)
                }
                target = personBase + Int32(partner == person ? (partner + 1) % c.people : partner)
            }
            let day = rng.below(timeline.dayCount)
            let tie = templates.tie(
                source: from, target: target, kind: kind, start: timeline.date(day), wave: timeline.wave(day))
            _ = try? network.addTie(tie)
        }
        var truth = PlantedTruth(generator: "large", seed: c.seed)
        truth.largeConfiguration = c
        truth.nodeCount = network.nodeCount
        truth.tieCount = network.tieCount
        truth.cities = cityNames
        truth.waves = timeline.waves.map {
            WaveSpan(label: $0.label, first: $0.first.description, last: $0.last.description)
        }
        return CommunityGenerator.Output(network: network, truth: truth)
    }
}
