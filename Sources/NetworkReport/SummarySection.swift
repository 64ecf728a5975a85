import LearningCommunity
import NetworkModel

/// The report's first screen: five to eight plain sentences (who holds the community together, its
/// funders and liaisons, how open the groups are, how clustered it is, what changed between waves), each
/// ending in a link to the section with its evidence.
enum SummarySection {
    /// How many names a sentence lists at most.
    static let namesPerSentence = 3

    static func html(_ analysis: ReportAnalysis) -> String {
        let items = sentences(analysis).map { sentence in
            "<li>\(HTMLText.escaped(sentence.text)) <a class=\"evidence\" href=\"#\(sentence.anchor)\">evidence</a></li>"
        }
        return """
            <section id="summary"><h2>Summary</h2>
            <ul class="summary">\(items.joined())</ul>
            </section>
            """
    }

    /// The sentences with the anchor of their evidence, in reading order.
    static func sentences(_ analysis: ReportAnalysis) -> [(text: String, anchor: String)] {
        let network = analysis.network
        var out: [(text: String, anchor: String)] = []
        let s = analysis.summary
        let kinds = s.nodeKinds.prefix(6).map { "\($0.count) \($0.count == 1 ? $0.kind.rawValue : plural($0.kind.rawValue))" }
        out.append((
            "The network has \(s.nodeCount) nodes (\(kinds.joined(separator: ", "))) joined by \(s.tieCount) ties; "
                + "its shape is \(analysis.roles.shape.rawValue.replacingUnderscores): \(sentence(analysis.roles.shapeReason))",
            "overview"))

        if let betweenness = analysis.column("betweenness") {
            let top = analysis.ranked(betweenness, limit: namesPerSentence)
            if !top.isEmpty {
                out.append((
                    "\(names(top, in: network)) hold the community together: more of the shortest paths between "
                        + "members run through \(top.count == 1 ? "this node" : "them") than through anyone else.",
                    "rank-connectors"))
            }
        }

        var byRole: [Role: [RoleAssignment]] = [:]
        for assignment in analysis.roles.assignments { byRole[assignment.role, default: []].append(assignment) }
        let funderRoles: [(Role, String)] = [(.catalyst, "catalyst"), (.sponsor, "sponsor"), (.organizer, "organizer")]
        let funders = funderRoles.compactMap { role, noun -> String? in
            guard let first = byRole[role]?.first else { return nil }
            let others = (byRole[role]?.count ?? 1) - 1
            return "\(network.nodes[Int(first.node)].label) is \(article(noun)) \(noun)"
                + (others > 0 ? " (with \(others) more)" : "")
        }
        if !funders.isEmpty {
            out.append(("Among the funders, " + joined(funders) + ".", "roles"))
        } else if let gap = analysis.dataSupport.gaps(for: [.grantmakerRoles]).first(where: { !$0.partial }) {
            out.append(("Funder roles cannot be told from these data: \(gap.reason).", "roles"))
        } else {
            out.append(("No funder plays a catalyst, sponsor or organizer role.", "roles"))
        }

        if let liaisons = byRole[.learningLiaison], !liaisons.isEmpty {
            let top = liaisons.prefix(namesPerSentence).map(\.node)
            out.append((
                "\(liaisons.count) learning liaison\(liaisons.count == 1 ? "" : "s") carry what is learnt from group "
                    + "to group, foremost \(names(Array(top), in: network)).", "role-learning_liaison"))
        }
        if let bridges = byRole[.bridge], !bridges.isEmpty {
            let top = bridges.prefix(namesPerSentence).map(\.node)
            out.append((
                "\(bridges.count) node\(bridges.count == 1 ? " is a bridge" : "s are bridges"): without "
                    + "\(bridges.count == 1 ? "it" : "any one of them") others would be cut off "
                    + "(foremost \(names(Array(top), in: network))).", "role-bridge"))
        }

        if let cross = analysis.crossPollination {
            out.append((PlainSentences.openness(cross.eiTest, groupNoun: cross.grouping.name), "cross-pollination"))
        } else {
            out.append((
                "How open the groups are was not measured: no grouping was given (run the report with --group).",
                "cross-pollination"))
        }
        out.append((
            PlainSentences.clustering(
                modularity: analysis.communities.modularity, communities: analysis.communities.count),
            "rank-bridges"))

        if let changes = analysis.waveChanges, let first = changes.waves.first, let last = changes.waves.last {
            let verdicts = changes.overall.prefix(2).map { lowercasingFirst(clause($0.verdict)) }
            out.append(("From \(first) to \(last): " + verdicts.joined(separator: "; ") + ".", "change"))
        } else {
            out.append(changeNotTestable(analysis))
        }
        // At most eight sentences, the change between waves always among them.
        if out.count > 8, let change = out.last { out = Array(out.prefix(7)) + [change] }
        return out
    }

    /// Why the report cannot say what changed between waves, linked to the change section when the report
    /// has one (a single wave's figures) and to the methods otherwise.
    static func changeNotTestable(_ analysis: ReportAnalysis) -> (text: String, anchor: String) {
        let waves = analysis.summary.waves
        let anchor = analysis.waves.isEmpty ? "methods" : "change"
        if let only = waves.first {
            return (
                "What changed between waves is not testable on these data: the ties name one survey wave (\(only)); "
                    + "a wave column with two or more values is needed.", anchor)
        }
        if analysis.network.ties.contains(where: { $0.start != nil || $0.end != nil }) {
            return (
                "What changed between waves is not testable on these data: no tie names a survey wave (add a wave "
                    + "column, or compare two dates with liaison compare --from DATE --to DATE).", anchor)
        }
        return (
            "What changed over time is not testable on these data: no tie has a date or a survey wave (add a start "
                + "or date column, or a wave column).", anchor)
    }

    /// `text` ending in a full stop.
    static func sentence(_ text: String) -> String { clause(text) + "." }

    /// `text` without its closing full stops, to join with others.
    static func clause(_ text: String) -> String {
        var trimmed = text
        while trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed
    }

    /// A verdict ("The number of ties rose …") to follow a colon or semicolon: "the number of ties rose …".
    /// Only a leading "The " is lowered, so names stay as they are.
    static func lowercasingFirst(_ text: String) -> String {
        text.hasPrefix("The ") ? "the " + text.dropFirst(4) : text
    }

    /// "A, B and C" from node positions.
    static func names(_ positions: [Int32], in network: Network) -> String {
        joined(positions.map { network.nodes[Int($0)].label })
    }

    static func joined(_ parts: [String]) -> String {
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + last
    }

    /// person → people, community → communities, event → events.
    static func plural(_ noun: String) -> String {
        if noun == "person" { return "people" }
        if noun.hasSuffix("y"), let last = noun.dropLast().last, !"aeiou".contains(last) {
            return noun.dropLast() + "ies"
        }
        return noun.hasSuffix("s") ? noun + "es" : noun + "s"
    }

    static func article(_ noun: String) -> String {
        noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
