import LearningCommunity
import NetworkAnalysis

/// Methods: every definition, parameter and seed behind the report's numbers, in words.
enum MethodsSection {
    static let definitions: [(String, String)] = [
        ("degree", "The number of ties a node has (a self-loop counts twice)."),
        ("betweenness", "The share of shortest paths between other pairs of nodes that pass through the node, "
            + "normalised by (n-1)(n-2) (Brandes 2001); estimated by sampling with a stated guarantee on very large networks."),
        ("closeness", "How near a node is to the nodes it can reach: (r-1) over the sum of distances, scaled by "
            + "(r-1)/(n-1) for disconnected graphs (Wasserman and Faust); 0 for isolates."),
        ("eigenvector", "A node is central when its neighbours are central: networkx's power iteration, "
            + "L2-normalised (Bonacich 1987)."),
        ("pagerank", "The share of time a random walker spends at the node, following ties with probability 0.85 "
            + "and jumping anywhere otherwise (Page et al. 1999)."),
        ("core", "The k-core number: the largest k such that the node belongs to a part of the network where every "
            + "node has at least k ties (Batagelj and Zaversnik 2003)."),
        ("constraint", "Burt's constraint: how much a node's ties lead to the same people; low constraint means "
            + "brokerage opportunities (Burt 1992)."),
        ("density", "Ties present over ties possible: m / (n(n-1)/2) undirected."),
        ("components", "Groups of nodes joined by some path, ignoring direction."),
        ("network shape", "Fragmented, hub-and-spoke, core-periphery, multi-hub or distributed, from the share of "
            + "the largest component, Freeman degree centralisation, the number of hubs and the core/periphery fit."),
        ("E-I index", "(external - internal) / (external + internal) ties of the grouping, from -1 (all ties inside "
            + "groups) to +1 (all across); compared with the same index under random relabelling of the groups "
            + "(Krackhardt and Stern 1988)."),
        ("group mixing", "The number of ties between members of each pair of groups."),
        ("initiative overlap", "Members and practices two initiatives share; Jaccard is shared over either's members."),
        ("practice spread", "For each practice, the cumulative number of adopters at the end of each year, from "
            + "the start date of each adopter's earliest adopts tie."),
        ("pollinators", "People who carried a practice into a group it had not reached, by a tie or a shared event."),
        ("roles", "Grantmaker roles (catalyst, sponsor, organizer, peer), learning liaisons, structural positions "
            + "(hubs and brokers at a z-score of 2.5 or more, bridges) and key players (Borgatti 2006), as liaison roles "
            + "computes them with its default thresholds."),
    ]

    static func html(_ analysis: ReportAnalysis) -> String {
        let options = analysis.options
        let projection = options.projection
        var parameters: [String] = [
            "Graph: \(projection.directed ? "directed" : "undirected"), "
                + "\(projection.weighted ? "weighted (a weight is a tie strength)" : "unweighted (every tie counts 1)"), "
                + "parallel ties combined by \(projection.parallelTies.rawValue).",
            "Seed of every randomised step (E-I permutations, key players, core/periphery, sampling): \(options.seed).",
            "E-I permutation test: \(options.permutations) random relabellings.",
            "Grouping: \(options.grouping.map { "\($0.name) (\($0.groupCount) groups)" } ?? "none").",
            "Small-cell suppression: "
                + (options.minimumCellCount.map { "counts below \($0) in the group, mixing and overlap tables are shown as <\($0)." }
                    ?? "none."),
        ]
        parameters += roleThresholds(RoleAnalysisOptions())
        parameters += analysis.metrics.notes
        parameters += options.methodNotes + analysis.scale.methodNotes
        let items = definitions.map { "<dt>\(HTMLText.escaped($0.0))</dt><dd>\(HTMLText.escaped($0.1))</dd>" }.joined()
        return """
            <section id="methods"><h2>Methods</h2>
            <p>Every metric is computed as networkx 3.6 defines it and is checked against it by Liaison's tests; \
            docs/METRICS.md in the Liaison source gives each formula and reference.</p>
            <dl class="definitions">\(items)</dl>
            <h3>Parameters</h3><ul>\(parameters.map { "<li>\(HTMLText.escaped($0))</li>" }.joined())</ul>
            </section>
            """
    }

    /// The thresholds of the role rules, as `liaison roles` applies them by default.
    static func roleThresholds(_ options: RoleAnalysisOptions) -> [String] {
        let g = options.grantmaker, l = options.liaison, p = options.positions
        return [
            "Catalyst: at least \(g.catalystMinimumIntroductions) introductions, the funder's two ties beginning within "
                + "\(g.introductionWindowDays) days.",
            "Sponsor: at least \(g.sponsorMinimumGrants) grants and a share of "
                + "\(HTMLText.number(g.sponsorMinimumShare, decimals: 2)) of all funds ties.",
            "Organizer: at least \(g.organizerMinimumConvenings) convenings and a share of "
                + "\(HTMLText.number(g.organizerMinimumShare, decimals: 2)) of all convenes ties.",
            "Peer: at least \(g.peerMinimumActivities) participates_in, attended or adopts ties.",
            "Learning liaison: memberships in at least \(l.minimumMembershipGroups) groups, at least \(l.minimumInitiatives) "
                + "initiatives, participation coefficient at least \(HTMLText.number(l.minimumParticipation, decimals: 2)).",
            "Hub: degree z-score at least \(HTMLText.number(p.hubMinimumZ, decimals: 1)); broker: betweenness z-score at least "
                + "\(HTMLText.number(p.brokerMinimumZ, decimals: 1)).",
            "Key players: sets of \(options.keyPlayers) nodes (fragmentation and reach), searched with the seed above.",
        ]
    }
}
