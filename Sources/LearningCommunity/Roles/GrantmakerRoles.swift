import NetworkModel

/// The thresholds behind the grantmaker roles; every one can be overridden from the command line.
public struct GrantmakerThresholds: Sendable, Equatable {
    /// A sponsor makes at least this many grants (`funds` ties) ...
    public var sponsorMinimumGrants = 2
    /// ... and at least this share of all the network's grants.
    public var sponsorMinimumShare = 0.2
    /// An organizer convenes at least this many events ...
    public var organizerMinimumConvenings = 3
    /// ... and at least this share of all `convenes` ties.
    public var organizerMinimumShare = 0.2
    /// A peer has at least this many ties of taking part (`participates_in`, `attended`, `adopts`).
    public var peerMinimumActivities = 3
    /// A catalyst has made at least this many introductions.
    public var catalystMinimumIntroductions = 2
    /// The funder's ties to the two sides of an introduction begin within this many days of each other.
    public var introductionWindowDays = 30

    public init() {}
}

/// Which role each funder plays in a learning community, after GEO's guidance for grantmakers in
/// learning communities (Grantmakers for Effective Organizations, *Catalyzing networks for social
/// change*, 2011): catalyst, sponsor/funder, organizer, participant/peer.
///
/// A *funder* is any node that is the source of at least one `funds` tie, or that the data marks as a
/// funder (a kind word such as `Foundation`, or a `funder` attribute; ``NetworkModel/Node/isMarkedFunder``).
/// For each funder:
/// - **sponsor**: makes at least `sponsorMinimumGrants` grants that are at least `sponsorMinimumShare`
///   of all `funds` ties;
/// - **organizer**: is the source of at least `organizerMinimumConvenings` `convenes` ties, at least
///   `organizerMinimumShare` of all of them; the evidence names how many distinct participants attended;
/// - **peer**: takes part itself: at least `peerMinimumActivities` `participates_in`, `attended` or
///   `adopts` ties from it;
/// - **catalyst**: has made at least `catalystMinimumIntroductions` *introductions*. An introduction is a
///   pair of participants (people or organizations) `a`, `b` such that the funder has a tie other than
///   `funds` to each, funds neither, the two ties begin within `introductionWindowDays` of each other
///   (when both are dated), `a` and `b` are in different groups (when a grouping is given), and before
///   the introduction date (the later of the two starts) `a` and `b` had no tie and no neighbour in
///   common other than the funder. Ties without a start date count as always present, so undated data
///   never credits an introduction that may not have been one. A tie between `a` and `b` that begins on
///   or after the introduction is reported as its follow-up.
///
/// - Complexity: O(m) for sponsor, organizer and peer; O(Σ_f c_f² · d) for catalysts, where c_f is the
///   number of participants a funder is tied to and d the largest degree.
public enum GrantmakerRoles {
    /// The grantmaker roles of every funder, ordered by node, then role.
    /// - Parameter groups: a group per network node (−1 for none), or nil for no grouping.
    /// - Parameter groupNoun: what a group is (the grouping's name: city, sector), for plain sentences.
    public static func assign(
        _ network: Network, groups: [Int32]? = nil, groupNames: [String] = [],
        thresholds: GrantmakerThresholds = GrantmakerThresholds(), groupNoun: String = ""
    ) -> [RoleAssignment] {
        let ties = network.ties
        let fundsTotal = ties.count { $0.kind == .funds }
        let convenesTotal = ties.count { $0.kind == .convenes }
        var funders: [Int32] = []
        var seen = Set<Int32>()
        for tie in ties where tie.kind == .funds && seen.insert(tie.source).inserted { funders.append(tie.source) }
        for (position, node) in network.nodes.enumerated() where node.isMarkedFunder {
            if seen.insert(Int32(position)).inserted { funders.append(Int32(position)) }
        }
        funders.sort()
        let timeline = TimedAdjacency(network)
        var roles: [RoleAssignment] = []
        for funder in funders {
            if let role = catalyst(funder, network, timeline, groups, groupNames, thresholds, groupNoun: groupNoun) {
                roles.append(role)
            }
            if let role = sponsor(funder, network, fundsTotal, thresholds) { roles.append(role) }
            if let role = organizer(funder, network, convenesTotal, thresholds) { roles.append(role) }
            if let role = peer(funder, network, thresholds) { roles.append(role) }
        }
        return roles
    }

    static func sponsor(
        _ funder: Int32, _ network: Network, _ total: Int, _ thresholds: GrantmakerThresholds
    ) -> RoleAssignment? {
        let grants = network.ties.indices.filter { network.ties[$0].source == funder && network.ties[$0].kind == .funds }
        let share = total == 0 ? 0 : Double(grants.count) / Double(total)
        guard grants.count >= thresholds.sponsorMinimumGrants, share >= thresholds.sponsorMinimumShare else { return nil }
        let amount = grants.reduce(0.0) { $0 + network.ties[$1].weight }
        let recipients = grants.map { network.nodes[Int(network.ties[$0].target)].label }
        let evidence = "makes \(grants.count) of the network's \(total) grants (\(RoleText.percent(share))), "
            + "total weight \(RoleText.number(amount)), to \(RoleText.list(recipients)); threshold: at least "
            + "\(thresholds.sponsorMinimumGrants) grants and \(RoleText.percent(thresholds.sponsorMinimumShare)) of all"
        var grantsByFunder: [Int32: Int] = [:]
        for tie in network.ties where tie.kind == .funds { grantsByFunder[tie.source, default: 0] += 1 }
        // "More than any other funder" only when no other funder makes as many grants.
        let asMany = grantsByFunder.filter { $0.key != funder && $0.value >= grants.count }.count
        let standing = asMany == 0 ? ", more than any other funder" : ""
        let plain = "\(network.nodes[Int(funder)].label) made \(grants.count) of the network's \(total) grants "
            + "(\(RoleText.percent(share)))\(standing), to \(PlainWords.count(Set(grants.map { network.ties[$0].target }).count, "recipient"))."
        return RoleAssignment(
            node: funder, role: .sponsor, score: share, evidence: evidence, evidenceTies: grants, plain: plain,
            borderline: PlainWords.isBorderline(share, threshold: thresholds.sponsorMinimumShare)
                || grants.count == thresholds.sponsorMinimumGrants)
    }

    static func organizer(
        _ funder: Int32, _ network: Network, _ total: Int, _ thresholds: GrantmakerThresholds
    ) -> RoleAssignment? {
        let convened = network.ties.indices.filter {
            network.ties[$0].source == funder && network.ties[$0].kind == .convenes
        }
        let share = total == 0 ? 0 : Double(convened.count) / Double(total)
        guard convened.count >= thresholds.organizerMinimumConvenings, share >= thresholds.organizerMinimumShare
        else { return nil }
        let events = Set(convened.map { network.ties[$0].target })
        var participants = Set<Int32>()
        for tie in network.ties where tie.kind == .attended && events.contains(tie.target) {
            participants.insert(tie.source)
        }
        let names = convened.map { network.nodes[Int(network.ties[$0].target)].label }
        let evidence = "convenes \(convened.count) of the network's \(total) convenings (\(RoleText.percent(share))): "
            + "\(RoleText.list(names)), which brought together \(participants.count) participants; threshold: at least "
            + "\(thresholds.organizerMinimumConvenings) convenings and "
            + "\(RoleText.percent(thresholds.organizerMinimumShare)) of all"
        let plain = "\(network.nodes[Int(funder)].label) convened \(convened.count) of the network's \(total) "
            + "gatherings (\(RoleText.percent(share))), which brought together \(PlainWords.count(participants.count, "participant"))."
        return RoleAssignment(
            node: funder, role: .organizer, score: share, evidence: evidence, evidenceTies: convened, plain: plain,
            borderline: PlainWords.isBorderline(share, threshold: thresholds.organizerMinimumShare)
                || convened.count == thresholds.organizerMinimumConvenings)
    }

    static func peer(_ funder: Int32, _ network: Network, _ thresholds: GrantmakerThresholds) -> RoleAssignment? {
        let taking: Set<TieKind> = [.participatesIn, .attended, .adopts]
        let activities = network.ties.indices.filter {
            network.ties[$0].source == funder && taking.contains(network.ties[$0].kind)
        }
        guard activities.count >= thresholds.peerMinimumActivities else { return nil }
        var byKind: [TieKind: [String]] = [:]
        for index in activities {
            byKind[network.ties[index].kind, default: []].append(network.nodes[Int(network.ties[index].target)].label)
        }
        let parts = byKind.keys.sorted().map { kind in
            "\(RoleText.verb(kind)) \(RoleText.list(byKind[kind] ?? []))"
        }
        let evidence = "takes part itself: " + parts.joined(separator: "; ")
            + "; threshold: at least \(thresholds.peerMinimumActivities) such ties"
        let counts = byKind.keys.sorted().map { kind -> String in
            let n = byKind[kind]?.count ?? 0
            switch kind {
            case .participatesIn: return "takes part in \(PlainWords.count(n, "initiative"))"
            case .attended: return "attended \(PlainWords.count(n, "gathering"))"
            case .adopts: return "uses \(PlainWords.count(n, "shared practice"))"
            default: return "\(RoleText.verb(kind)) \(n)"
            }
        }
        let plain = "\(network.nodes[Int(funder)].label) is a funder that takes part itself: it "
            + counts.joined(separator: ", ") + "."
        return RoleAssignment(
            node: funder, role: .peer, score: Double(activities.count), evidence: evidence, evidenceTies: activities,
            plain: plain,
            borderline: PlainWords.isBorderline(
                Double(activities.count), threshold: Double(thresholds.peerMinimumActivities)))
    }

    static func catalyst(
        _ funder: Int32, _ network: Network, _ timeline: TimedAdjacency, _ groups: [Int32]?, _ groupNames: [String],
        _ thresholds: GrantmakerThresholds, groupNoun: String
    ) -> RoleAssignment? {
        let introductions = Introductions.made(
            by: funder, network: network, timeline: timeline, groups: groups,
            windowDays: thresholds.introductionWindowDays)
        guard introductions.count >= thresholds.catalystMinimumIntroductions else { return nil }
        func name(_ node: Int32) -> String {
            let label = network.nodes[Int(node)].label
            guard let groups, groups[Int(node)] >= 0, Int(groups[Int(node)]) < groupNames.count else { return label }
            return "\(label) (\(groupNames[Int(groups[Int(node)])]))"
        }
        let described = introductions.map { intro in
            var text = "\(name(intro.first)) and \(name(intro.second))"
            text += " on \(intro.date)"
            if let followUp = intro.followUp { text += ", tied from \(followUp.start.map { "\($0)" } ?? "later")" }
            return text
        }
        let followed = introductions.count { $0.followUp != nil }
        let across = groups == nil ? "" : " in different groups"
        let evidence = "introduced \(introductions.count) pairs of participants\(across) who had no tie and no "
            + "contact in common, and funds neither side: \(described.joined(separator: "; ")); \(followed) "
            + "of the pairs then formed a tie; threshold: at least \(thresholds.catalystMinimumIntroductions) "
            + "introductions, the funder's two ties begun within \(thresholds.introductionWindowDays) days"
        let evidenceTies = introductions.flatMap { [$0.firstTie, $0.secondTie] + ($0.followUp.map { [$0.tie] } ?? []) }
        let groupWords = groups == nil ? "" : " in different \(groupNoun.isEmpty ? "groups" : PlainWords.plural(groupNoun.lowercased()))"
        var plain = "\(network.nodes[Int(funder)].label) brought together \(introductions.count) pairs of participants"
            + "\(groupWords) who had no tie and no contact in common before"
        plain += followed == 0 ? "." : "; \(followed) of the pairs went on to work together."
        return RoleAssignment(
            node: funder, role: .catalyst, score: Double(introductions.count), evidence: evidence,
            evidenceTies: evidenceTies, plain: plain,
            borderline: PlainWords.isBorderline(
                Double(introductions.count), threshold: Double(thresholds.catalystMinimumIntroductions)))
    }
}
