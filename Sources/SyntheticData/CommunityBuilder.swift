import NetworkModel

/// The working state of ``CommunityGenerator``: the network being built, what
/// is known about each node (city, the day it joined), the cast of each part,
/// and the truth being recorded. Each stage lives in its own extension file.
struct CommunityBuilder {
    let configuration: CommunityConfiguration
    let timeline: Timeline
    var rng: SplitMix64
    var network = Network()
    var truth: PlantedTruth

    /// City index of each node position; -1 for none (practices, national initiatives).
    var cityOf: [Int] = []
    /// The first day each node can take part in a tie (events: their date).
    var joinedDay: [Int] = []
    /// Whether each node position is in the core.
    var isCore: [Bool] = []
    var cityNames: [String] = []

    var funders: [Int32] = []
    var funderRoles: [FunderRoleKind] = []
    /// Staff of each funder, parallel to ``funders``.
    var funderStaff: [[Int32]] = []
    /// Organizations other than funders and isolates.
    var organizations: [Int32] = []
    var organizationsByCity: [[Int32]] = []
    var coreOrganizations: [Int32] = []
    /// People other than isolates (funder staff and liaisons included).
    var people: [Int32] = []
    /// People other than isolates and funder staff, by city: the pool for practices and periphery ties.
    var communityPeopleByCity: [[Int32]] = []
    var corePeople: [Int32] = []
    var liaisons: [Int32] = []
    /// Primary organization of each person position (-1 for none).
    var primaryOrganization: [Int32] = []
    /// Members of each organization position.
    var members: [[Int32]] = []
    var initiatives: [Int32] = []
    var practices: [Int32] = []
    /// Practices planted to spread across cities (the rest stay local).
    var spreadingPracticeNodes: [Int32] = []
    var events: [Int32] = []
    /// Attendees of each event, parallel to ``events``.
    var attendees: [[Int32]] = []
    var isolates: [Int32] = []
    /// The catalyst's introductions, recorded as they are planted.
    var catalystIntroductions: [IntroductionTruth] = []

    private var tieKeys: Set<TieKey> = []

    init(configuration: CommunityConfiguration, timeline: Timeline) {
        self.configuration = configuration
        self.timeline = timeline
        rng = SplitMix64(seed: configuration.seed)
        truth = PlantedTruth(generator: "learning-community", seed: configuration.seed)
        truth.configuration = configuration
    }

    /// Identity of a tie for de-duplication: kind and endpoints (ordered for undirected kinds).
    private struct TieKey: Hashable {
        var kind: TieKind
        var first: Int32
        var second: Int32
    }

    /// Whether a tie of this kind already joins the two nodes.
    func hasTie(_ kind: TieKind, _ source: Int32, _ target: Int32) -> Bool {
        tieKeys.contains(key(kind, source, target))
    }

    private func key(_ kind: TieKind, _ source: Int32, _ target: Int32) -> TieKey {
        if kind.defaultDirection == .undirected, target < source {
            return TieKey(kind: kind, first: target, second: source)
        }
        return TieKey(kind: kind, first: source, second: target)
    }

    /// Adds a tie unless one of the same kind joins the same nodes already.
    /// The start is moved to no earlier than the day both ends joined; an end
    /// that is not after the start or past the timeline is dropped.
    /// - Returns: The start day, or nil when no tie was added.
    @discardableResult
    mutating func addTie(
        _ kind: TieKind, _ source: Int32, _ target: Int32, day: Int, monthPrecision: Bool = false,
        weight: Double = 1, endDay: Int? = nil
    ) -> Int? {
        guard source != target, tieKeys.insert(key(kind, source, target)).inserted else { return nil }
        let start = timeline.clamp(max(day, joinedDay[Int(source)], joinedDay[Int(target)]))
        let end = endDay.flatMap { $0 > start + 30 && $0 <= timeline.lastDay ? $0 : nil }
        let tie = Tie(
            source: source, target: target, kind: kind, weight: weight,
            start: monthPrecision ? timeline.monthDate(start) : timeline.date(start),
            end: end.map { timeline.date($0) }, wave: timeline.wave(start))
        do {
            try network.addTie(tie)
        } catch {
            return nil
        }
        return start
    }

    /// An end day for a tie that lapses with the given probability, or nil.
    mutating func lapse(after start: Int, probability: Double) -> Int? {
        guard rng.chance(probability) else { return nil }
        return start + rng.integer(in: 180...900)
    }

    /// A joining day for a newcomer: spread over the timeline, more often early (the network grows).
    mutating func growthDay() -> Int {
        let u = rng.unit()
        return Int(Double(max(timeline.dayCount - 120, 1)) * u * (0.35 + 0.65 * u))
    }

    /// A day uniformly in `earliest ... earliest + spread`, clamped to the timeline.
    mutating func day(from earliest: Int, within spread: Int) -> Int {
        timeline.clamp(earliest + rng.below(max(spread, 1)))
    }

    /// The id of a node position.
    func id(_ position: Int32) -> String { network.nodes[Int(position)].id }

    /// The city name of a node position, or "" for none.
    func cityName(_ position: Int32) -> String {
        let city = cityOf[Int(position)]
        return city >= 0 ? cityNames[city] : ""
    }
}
