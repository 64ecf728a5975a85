import LearningCommunity
import NetworkModel

/// Cross-pollination: how ties, members and practices cross the grouping's boundaries.
enum CrossPollinationSection {
    static let overlapRows = 30
    static let pollinatorRows = 15

    static func html(_ analysis: ReportAnalysis) -> String {
        guard let report = analysis.crossPollination else {
            return """
                <section id="cross-pollination"><h2>Cross-pollination</h2>
                <p>No grouping was given, so there are no groups to cross: run the report with --group \
                (an attribute such as city, initiative or community).</p></section>
                """
        }
        let cells = CellSuppression(minimum: analysis.options.minimumCellCount)
        let mixing = report.mixing
        let figures: [(String, String)] = [
            ("Grouping", HTMLText.escaped(report.grouping.name)),
            ("Groups", String(report.grouping.groupCount)),
            ("Cross-group share of ties", HTMLText.number(mixing.crossGroupShare)),
            ("E-I index", HTMLText.number(mixing.networkEIIndex)),
            ("E-I expected by chance", HTMLText.number(report.eiTest.meanPermuted)),
            ("p (E-I this high or higher by chance)", HTMLText.number(report.eiTest.pGreaterOrEqual)),
            ("p (E-I this low or lower by chance)", HTMLText.number(report.eiTest.pLessOrEqual)),
        ]
        return """
            <section id="cross-pollination"><h2>Cross-pollination</h2>
            \(HTMLText.figures(figures))
            <h3>Groups</h3>\(groupTable(report, cells))
            <h3>Group mixing</h3><p>Ties between the members of each pair of groups; darker cells hold a larger \
            share of all grouped ties.</p>\(heatmap(report, cells))
            <h3>Initiative overlap</h3>\(overlapTable(report, analysis.network, cells))
            <h3>Practice spread</h3>\(PracticeTimeline.html(report, analysis.network))
            <h3>Top pollinators</h3>\(pollinatorTable(report, analysis.network))
            </section>
            """
    }

    static func groupTable(_ report: CrossPollinationReport, _ cells: CellSuppression) -> String {
        let g = report.grouping.groupCount
        let rows = (0..<g).map { a -> [String] in
            return [
                HTMLText.escaped(report.grouping.groupNames[a]), cells.show(Double(report.groupSizes[a])),
                cells.show(report.mixing.counts[a][a]), cells.show(report.mixing.groupExternalTies[a]),
                HTMLText.number(report.mixing.groupEIIndex[a]),
            ]
        }
        return HTMLText.table(
            columns: ["Group", "Members", "Ties inside", "Ties to other groups", "E-I index"], rows: rows,
            attributes: "id=\"group-table\"")
    }

    /// The mixing matrix as a table whose cells are shaded by their share of the largest cell.
    /// With more than ``ReportScale/heatmapGroups`` groups, only the largest by members (in the grouping's
    /// order), with a sentence saying how many were left out.
    static func heatmap(_ report: CrossPollinationReport, _ cells: CellSuppression) -> String {
        let names = report.grouping.groupNames
        let shown = shownGroups(report)
        let largest = report.mixing.shares.flatMap { $0 }.filter(\.isFinite).max() ?? 0
        var out = ""
        if shown.count < names.count {
            out += HTMLText.paragraph(
                "The \(shown.count) largest of the \(names.count) groups (liaison crosspollination prints the "
                    + "whole matrix).")
        }
        out += "<table class=\"heatmap\" id=\"mixing-table\"><thead><tr><th></th>"
        for b in shown { out += "<th scope=\"col\">\(HTMLText.escaped(names[b]))</th>" }
        out += "</tr></thead><tbody>"
        for a in shown {
            out += "<tr><th scope=\"row\">\(HTMLText.escaped(names[a]))</th>"
            for b in shown {
                let count = report.mixing.counts[a][b]
                let share = report.mixing.shares[a][b]
                if cells.hides(count) || !(largest > 0) || !share.isFinite {
                    out += "<td>\(cells.show(count))</td>"
                } else {
                    let alpha = HTMLText.number(0.08 + 0.82 * share / largest, decimals: 2)
                    let ink = share / largest > 0.55 ? " class=\"dark\"" : ""
                    out += "<td\(ink) style=\"background:rgba(31,90,160,\(alpha))\">\(cells.show(count))</td>"
                }
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// The groups the heatmap shows: all, or the ``ReportScale/heatmapGroups`` largest by members (ties
    /// by order), in the grouping's order.
    static func shownGroups(_ report: CrossPollinationReport) -> [Int] {
        let count = report.grouping.groupNames.count
        guard count > ReportScale.heatmapGroups else { return Array(0..<count) }
        let sizes = report.groupSizes
        return (0..<count)
            .sorted { (sizes.indices.contains($0) ? sizes[$0] : 0, -$0) > (sizes.indices.contains($1) ? sizes[$1] : 0, -$1) }
            .prefix(ReportScale.heatmapGroups).sorted()
    }

    static func overlapTable(_ report: CrossPollinationReport, _ network: Network, _ cells: CellSuppression) -> String {
        let pairs = report.overlap.pairs.filter { $0.sharedMembers > 0 || $0.sharedPractices > 0 }
            .sorted { ($0.sharedMembers, $0.jaccard) > ($1.sharedMembers, $1.jaccard) }
        guard !pairs.isEmpty else { return "<p class=\"none\">No two initiatives share members or practices.</p>" }
        let rows = pairs.prefix(overlapRows).map { pair -> [String] in
            [
                HTMLText.escaped(network.nodes[Int(pair.first)].label),
                HTMLText.escaped(network.nodes[Int(pair.second)].label),
                cells.show(Double(pair.sharedMembers)), cells.show(Double(pair.sharedPractices)),
                HTMLText.number(pair.jaccard),
            ]
        }
        return HTMLText.table(
            columns: ["Initiative", "Other initiative", "Shared members", "Shared practices", "Jaccard"], rows: rows,
            attributes: "id=\"overlap-table\"")
    }

    static func pollinatorTable(_ report: CrossPollinationReport, _ network: Network) -> String {
        let pollinators = report.diffusion.pollinators
        guard !pollinators.isEmpty else { return "<p class=\"none\">No practice crossed a group boundary.</p>" }
        let names = report.grouping.groupNames
        func group(_ g: Int32) -> String { g >= 0 && Int(g) < names.count ? names[Int(g)] : "" }
        let rows = pollinators.prefix(pollinatorRows).map { p -> [String] in
            let node = network.nodes[Int(p.node)]
            return [
                HTMLText.escaped(node.label), HTMLText.escaped(node.kind.rawValue), HTMLText.escaped(group(p.group)),
                String(p.hopCount), String(p.practices.count),
                HTMLText.escaped(p.groupsReached.map(group).joined(separator: ", ")),
            ]
        }
        return HTMLText.table(
            columns: ["Name", "Kind", "Group", "Hops carried", "Practices", "Groups reached"], rows: rows,
            attributes: "id=\"pollinator-table\"")
    }
}
