import LearningCommunity

/// Roles: who plays each role, with the evidence in plain language.
enum RolesSection {
    /// The roles shown, each with what it means in a sentence.
    static let shown: [(role: Role, title: String, meaning: String)] = [
        (.catalyst, "Catalysts", "Funders that connect participants who were not otherwise connected."),
        (.sponsor, "Sponsors", "Funders whose grants make up a large share of the network's funding ties."),
        (.organizer, "Organizers", "Funders or other organizations that convene many of the network's events."),
        (.peer, "Peers", "Funders that take part in the community's activities themselves."),
        (.learningLiaison, "Learning liaisons",
            "People whose memberships and activity span initiatives and groups (needs a grouping)."),
        (.broker, "Brokers", "Nodes on far more shortest paths than is usual in the network."),
        (.hub, "Hubs", "Nodes with far more ties than is usual in the network."),
        (.bridge, "Bridges", "Nodes whose removal cuts others off from their component."),
        (.keyPlayerFragmentation, "Key players: fragmentation",
            "The set whose removal fragments the network most (Borgatti's KPP-NEG)."),
        (.keyPlayerReach, "Key players: reach",
            "The set that reaches most of the network in few steps (Borgatti's KPP-POS)."),
    ]

    static func html(_ analysis: ReportAnalysis) -> String {
        let network = analysis.network
        var byRole: [Role: [RoleAssignment]] = [:]
        for assignment in analysis.roles.assignments { byRole[assignment.role, default: []].append(assignment) }
        var out = "<section id=\"roles\"><h2>Roles</h2>"
        for entry in shown {
            let assignments = byScore(byRole[entry.role] ?? [])
            out += "<div class=\"role\" id=\"role-\(entry.role.rawValue)\"><h3>\(HTMLText.escaped(entry.title))</h3>"
            out += HTMLText.paragraph(entry.meaning)
            if assignments.isEmpty {
                let gaps = analysis.dataSupport.gaps(for: analyses(behind: entry.role)).filter { !$0.partial }
                if let gap = gaps.first {
                    out += "<p class=\"none\">Not testable on these data: \(HTMLText.escaped(gap.reason)) "
                        + "(\(HTMLText.escaped(gap.fix))).</p></div>"
                } else {
                    out += "<p class=\"none\">No node holds this role.</p></div>"
                }
                continue
            }
            // The plain sentence first; the figures behind it one click away.
            let rows = assignments.prefix(ReportScale.roleRows).map { a -> [String] in
                let node = network.nodes[Int(a.node)]
                return [
                    HTMLText.escaped(node.label), HTMLText.escaped(node.kind.rawValue),
                    HTMLText.number(a.score, decimals: 3),
                    HTMLText.escaped(a.plain)
                        + "<details><summary>figures</summary>\(HTMLText.escaped(a.evidence))</details>",
                ]
            }
            out += HTMLText.table(columns: ["Name", "Kind", "Score", "In plain words"], rows: Array(rows))
            if assignments.count > ReportScale.roleRows {
                out += HTMLText.paragraph(
                    "The \(ReportScale.roleRows) strongest of \(assignments.count) holders of this role; "
                        + "liaison roles lists all \(assignments.count).")
            }
            out += "</div>"
        }
        let peripheral = byRole[.peripheral]?.count ?? 0
        let isolates = byRole[.isolate]?.count ?? 0
        let fit = analysis.roles.indicators.corePeripheryFit
        let threshold = PositionThresholds().peripheryMinimumFit
        if fit >= threshold {
            out += HTMLText.paragraph(
                "\(peripheral) nodes are peripheral (outside the core, with no more ties than is typical for their kind) "
                    + "and \(isolates) have no ties.")
        } else {
            out += HTMLText.paragraph(
                "The network has no clear core and periphery ("
                    + (fit.isFinite ? "fit \(HTMLText.number(fit, decimals: 2)), below \(HTMLText.number(threshold, decimals: 2))" : "the fit cannot be measured")
                    + "), so no node is called peripheral; \(isolates) have no ties.")
        }
        return out + "</section>"
    }

    /// The data-support analyses a role rests on.
    static func analyses(behind role: Role) -> Set<DataSupport.Analysis> {
        switch role {
        case .catalyst: [.grantmakerRoles, .introductions]
        case .sponsor, .peer: [.grantmakerRoles]
        case .organizer: [.organizerRole, .grantmakerRoles]
        case .learningLiaison: [.learningLiaisons]
        default: []
        }
    }

    /// Highest score first (scores that are not numbers last); equal scores keep the analysis's order.
    static func byScore(_ assignments: [RoleAssignment]) -> [RoleAssignment] {
        func key(_ score: Double) -> Double { score.isNaN ? -.infinity : score }
        return assignments.enumerated()
            .sorted { (key($0.element.score), -$0.offset) > (key($1.element.score), -$1.offset) }.map(\.element)
    }
}
