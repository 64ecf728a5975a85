/// The size and shape of a generated learning community.
///
/// The defaults describe the bundled `integration-initiative` dataset: 6
/// cities, 60 organizations (5 of them funders), 250 people, 12 initiatives,
/// 30 practices and 20 convenings over 2016–2019, about 2,000 dated ties.
public struct CommunityConfiguration: Codable, Equatable, Sendable {
    /// The seed of the random sequence; the same seed and sizes give the same network.
    public var seed: UInt64
    public var cities: Int = 6
    /// All organizations, funders included.
    public var organizations: Int = 60
    /// Funders among the organizations; the first four play catalyst, sponsor, organizer and peer.
    public var funders: Int = 5
    public var people: Int = 250
    public var initiatives: Int = 12
    public var practices: Int = 30
    /// Convenings (nodes of kind `event`).
    public var convenings: Int = 20
    public var firstYear: Int = 2016
    public var lastYear: Int = 2019
    /// People planted as learning liaisons, spanning cities and initiatives.
    public var liaisons: Int = 5
    /// Practices planted to spread from their first city to others.
    public var spreadingPractices: Int = 6
    /// Nodes planted with no ties at all.
    public var isolates: Int = 4
    /// Pairs of unconnected organizations the catalyst funder introduces.
    public var introductions: Int = 6

    public init(seed: UInt64) { self.seed = seed }

    /// The largest community the planted-structure generator accepts; larger
    /// networks come from ``LargeNetworkGenerator``.
    public static let maximumPeople = 20_000

    /// A parameter that is out of range, named as the command line spells it.
    public struct InvalidParameter: Error, Equatable, Sendable, CustomStringConvertible {
        /// The command-line flag of the parameter, e.g. `--people`.
        public var flag: String
        public var reason: String
        public var description: String { "\(flag): \(reason)" }
    }

    /// Checks every size against the others.
    /// - Throws: ``InvalidParameter`` naming the first parameter out of range.
    public func validate() throws(InvalidParameter) {
        func require(_ condition: Bool, _ flag: String, _ reason: String) throws(InvalidParameter) {
            if !condition { throw InvalidParameter(flag: flag, reason: reason) }
        }
        // Counts that enter the sums below are bounded first, so the sums cannot overflow.
        try require((0...1_000).contains(isolates), "--isolates", "must be between 0 and 1000, got \(isolates)")
        try require(
            (0...Self.maximumPeople / 10).contains(liaisons), "--liaisons",
            "must be between 0 and people/10, got \(liaisons)")
        try require(
            (0...10_000).contains(spreadingPractices), "--spreading-practices",
            "must be between 0 and the number of practices, got \(spreadingPractices)")
        try require((3...500).contains(cities), "--cities", "must be between 3 and 500, got \(cities)")
        try require(
            (4...1_000).contains(funders), "--funders",
            "must be between 4 and 1000 (one per funder role), got \(funders)")
        let minimumOrganizations = funders + 2 * cities + isolates
        try require(
            organizations >= minimumOrganizations && organizations <= 100_000, "--organizations",
            "must be between \(minimumOrganizations) (funders + 2 per city + isolates) and 100000, got \(organizations)"
        )
        let minimumPeople = max(10 * cities + liaisons + isolates + 2 * funders, 10 * liaisons)
        try require(
            people >= minimumPeople && people <= Self.maximumPeople, "--people",
            "must be between \(minimumPeople) and \(Self.maximumPeople) (use --scale large for more), got \(people)")
        try require(
            (4...10_000).contains(initiatives), "--initiatives",
            "must be between 4 (liaisons take part in 3) and 10000, got \(initiatives)")
        try require(
            (spreadingPractices...10_000).contains(practices) && practices >= spreadingPractices + isolates + 2,
            "--practices", "must be at least the spreading practices + isolates + 2 and at most 10000, got \(practices)"
        )
        try require(
            convenings >= cities && convenings <= 10_000, "--convenings",
            "must be between the number of cities (\(cities)) and 10000, got \(convenings)")
        try require(
            (1900...2100).contains(firstYear), "--first-year", "must be between 1900 and 2100, got \(firstYear)")
        try require(
            lastYear > firstYear && lastYear - firstYear <= 50, "--last-year",
            "must be after --first-year and at most 50 years later, got \(lastYear)")
        try require(
            liaisons >= 0 && liaisons <= people / 10, "--liaisons", "must be between 0 and people/10, got \(liaisons)")
        try require(
            spreadingPractices >= 0 && spreadingPractices <= practices, "--spreading-practices",
            "must be between 0 and the number of practices, got \(spreadingPractices)")
        try require((0...1_000).contains(isolates), "--isolates", "must be between 0 and 1000, got \(isolates)")
        try require(
            (0...10_000).contains(introductions), "--introductions", "must be between 0 and 10000, got \(introductions)"
        )
    }
}
