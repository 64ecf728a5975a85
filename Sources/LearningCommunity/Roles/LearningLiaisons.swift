import NetworkModel

/// Thresholds of the learning-liaison role.
public struct LiaisonThresholds: Sendable, Equatable {
    /// The groups of a person's home organizations (and their own group) number at least this many.
    public var minimumMembershipGroups = 2
    /// The person takes part in (`participates_in` or `leads`) at least this many initiatives.
    public var minimumInitiatives = 3
    /// Guimerà–Amaral participation coefficient across the grouping at least this.
    public var minimumParticipation = 0.5

    public init() {}
}

/// Per-node scores a liaison's evidence cites, aligned with the network's nodes (NaN where not computed).
public struct LiaisonScores: Sendable {
    /// Participation coefficient of each node across the grouping.
    public var participation: [Double]
    /// Gould–Fernandez liaison and itinerant brokerage counts, if computed.
    public var brokerageLiaison: [Double]?
    public var brokerageItinerant: [Double]?

    public init(participation: [Double], brokerageLiaison: [Double]? = nil, brokerageItinerant: [Double]? = nil) {
        self.participation = participation
        self.brokerageLiaison = brokerageLiaison
        self.brokerageItinerant = brokerageItinerant
    }
}

/// Learning liaisons: people who carry lessons between teams, initiatives and places because they
/// belong to more than one of them (Wenger's brokers with multi-membership: E. Wenger, *Communities of
/// Practice*, 1998, ch. 4; the "boundary spanners" of Tushman 1977, doi:10.2307/2392402).
///
/// A `person` is a learning liaison when
/// 1. the groups of the organizations they are `member_of`, together with their own group, number at least
///    `minimumMembershipGroups` (they belong to teams in more than one group),
/// 2. they take part in at least `minimumInitiatives` initiatives (`participates_in` or `leads`), and
/// 3. their participation coefficient across the grouping (Guimerà & Amaral 2005,
///    doi:10.1038/nature03288) is at least `minimumParticipation`: their ties are spread over groups.
///
/// The evidence names the organizations and their groups, the initiatives, the groups of the events they
/// attended, the participation coefficient and, when given, their Gould–Fernandez liaison and itinerant
/// brokerage counts (Gould & Fernandez 1989, doi:10.2307/270949). The score is the participation coefficient.
///
/// - Complexity: O(n + m).
public enum LearningLiaisons {
    public static func assign(
        _ network: Network, groups: [Int32], groupNames: [String], scores: LiaisonScores,
        thresholds: LiaisonThresholds = LiaisonThresholds(), groupNoun: String = ""
    ) -> [RoleAssignment] {
        var memberships = [[Int]](repeating: [], count: network.nodeCount)
        var initiatives = [[Int]](repeating: [], count: network.nodeCount)
        var events = [[Int]](repeating: [], count: network.nodeCount)
        for (index, tie) in network.ties.enumerated() {
            let target = network.nodes[Int(tie.target)]
            switch tie.kind {
            case .memberOf where target.kind == .organization: memberships[Int(tie.source)].append(index)
            case .participatesIn, .leads:
                if target.kind == .initiative { initiatives[Int(tie.source)].append(index) }
            case .attended where target.kind == .event: events[Int(tie.source)].append(index)
            default: break
            }
        }
        func group(_ node: Int32) -> Int32 { Int(node) < groups.count ? groups[Int(node)] : -1 }
        func groupName(_ g: Int32) -> String { g >= 0 && Int(g) < groupNames.count ? groupNames[Int(g)] : "no group" }
        let personParticipation = network.nodes.indices.filter {
            network.nodes[$0].kind == .person && $0 < scores.participation.count
        }.map { scores.participation[$0] }
        var roles: [RoleAssignment] = []
        for (position, node) in network.nodes.enumerated() where node.kind == .person {
            let me = Int32(position)
            var homeGroups = Set<Int32>()
            if group(me) >= 0 { homeGroups.insert(group(me)) }
            for tie in memberships[position] where group(network.ties[tie].target) >= 0 {
                homeGroups.insert(group(network.ties[tie].target))
            }
            let initiativeNodes = Set(initiatives[position].map { network.ties[$0].target })
            let participation = position < scores.participation.count ? scores.participation[position] : .nan
            guard homeGroups.count >= thresholds.minimumMembershipGroups,
                initiativeNodes.count >= thresholds.minimumInitiatives,
                participation >= thresholds.minimumParticipation
            else { continue }
            let organizations = memberships[position].map { tie -> String in
                let org = network.ties[tie].target
                return "\(network.nodes[Int(org)].label) (\(groupName(group(org))))"
            }
            let initiativeNames = initiativeNodes.sorted().map { network.nodes[Int($0)].label }
            let eventGroups = Set(events[position].map { group(network.ties[$0].target) }.filter { $0 >= 0 })
            var evidence = "member of \(RoleText.list(organizations)), spanning \(homeGroups.count) groups; "
                + "takes part in \(initiativeNodes.count) initiatives (\(RoleText.list(initiativeNames)))"
            if !eventGroups.isEmpty {
                evidence += "; attended convenings in \(eventGroups.count) groups "
                    + "(\(RoleText.list(eventGroups.sorted().map(groupName))))"
            }
            evidence += "; participation coefficient \(RoleText.number(participation))"
            if let liaison = scores.brokerageLiaison, let itinerant = scores.brokerageItinerant,
                position < liaison.count, position < itinerant.count
            {
                evidence += "; Gould–Fernandez liaison brokerage \(RoleText.number(liaison[position])), itinerant "
                    + "\(RoleText.number(itinerant[position]))"
            }
            evidence += "; thresholds: memberships in at least \(thresholds.minimumMembershipGroups) groups, "
                + "\(thresholds.minimumInitiatives) initiatives, participation ≥ "
                + RoleText.number(thresholds.minimumParticipation)
            let places = groupNoun.isEmpty ? "groups" : PlainWords.plural(groupNoun.lowercased())
            // The groups count the person's own as well as their organizations': say which the number is.
            let organizationGroups = Set(memberships[position].map { group(network.ties[$0].target) }.filter { $0 >= 0 })
            let spans = organizationGroups.count == homeGroups.count
                ? "belongs to organizations in \(homeGroups.count) \(places)"
                : "is tied by home and membership to \(homeGroups.count) \(places)"
            var plain = "\(node.label) \(spans) and takes part in " + PlainWords.count(initiativeNodes.count, "initiative")
            if !eventGroups.isEmpty {
                let all = eventGroups.count == groupNames.count && groupNames.count > 1 ? "all " : ""
                plain += ", and attended gatherings in \(all)\(eventGroups.count) \(eventGroups.count == 1 ? (groupNoun.isEmpty ? "group" : groupNoun.lowercased()) : places)"
            }
            if let percent = PlainWords.percentBelow(participation, among: personParticipation) {
                plain += ": their ties are spread across \(places) more evenly than those of \(percent)% of people"
            }
            plain += "."
            roles.append(
                RoleAssignment(
                    node: me, role: .learningLiaison, score: participation, evidence: evidence,
                    evidenceTies: memberships[position] + initiatives[position], plain: plain,
                    borderline: PlainWords.isBorderline(participation, threshold: thresholds.minimumParticipation)))
        }
        return roles
    }
}
