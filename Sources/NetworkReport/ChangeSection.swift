import Foundation

/// Change between waves: a verdict per indicator from the first wave to the last, the indicators at every
/// wave (as `liaison compare` measures them), the maps of the waves side by side on one layout, and the
/// figures of each wave's own ties.
enum ChangeSection {
    /// Counts as integers, everything else to four decimals.
    static func cell(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e12 ? String(Int(value)) : HTMLText.number(value, decimals: 4)
    }

    static func html(_ analysis: ReportAnalysis, waveMapsSVG: String?) -> String? {
        guard !analysis.waves.isEmpty || analysis.waveChanges != nil else { return nil }
        var parts = ["<section id=\"change\"><h2>Change between waves</h2>"]
        if let changes = analysis.waveChanges {
            let first = HTMLText.escaped(changes.waves.first ?? "")
            let last = HTMLText.escaped(changes.waves.last ?? "")
            parts.append(
                "<p>Each wave is read cumulatively: its ties and every earlier wave's, less those that had ended. "
                    + "From \(first) to \(last):</p>")
            parts.append(
                "<ul class=\"verdicts\">"
                    + changes.overall.map { "<li>\(HTMLText.escaped($0.verdict))</li>" }.joined()
                    + "</ul>")
            let rows = changes.overall.indices.map { row -> [String] in
                [HTMLText.escaped(changes.overall[row].name)]
                    + changes.values(ofIndicator: row).map(cell)
            }
            parts.append(
                HTMLText.table(columns: ["Indicator"] + changes.waves.map(HTMLText.escaped), rows: rows))
            let membership = changes.steps.enumerated().map { index, step -> [String] in
                [
                    HTMLText.escaped("\(changes.waves[index]) → \(changes.waves[index + 1])"),
                    String(step.membership.nodesAdded.count), String(step.membership.nodesLost.count),
                    String(step.membership.tiesAdded.count), String(step.membership.tiesLost.count),
                    String(step.newBridges.count), String(step.newGroupLinks.count),
                ]
            }
            parts.append(
                HTMLText.table(
                    columns: [
                        "Between waves", "Nodes added", "Nodes lost", "Ties added", "Ties lost", "New bridges",
                        "Groups newly tied",
                    ], rows: membership))
        }
        if let svg = waveMapsSVG {
            // As an image, so the sheet's nodes stay out of the main map's search and cards.
            let data = Data(svg.utf8).base64EncodedString()
            parts.append(
                "<h3>The waves side by side</h3><p>One layout for every wave: a member stands in the same place "
                    + "in each map; ties new since the previous wave are thick and orange"
                    + (analysis.scale.waveMapNodes.map {
                        ". They draw the \($0.count) nodes with the highest betweenness of \(analysis.network.nodeCount)"
                    } ?? "")
                    + ".</p>"
                    + "<img class=\"wave-maps\" id=\"wave-maps\" alt=\"Maps of the waves side by side\" "
                    + "src=\"data:image/svg+xml;base64,\(data)\">"
                    + MapSection.downloads(figure: "wave-maps", name: "wave-maps"))
        }
        if !analysis.waves.isEmpty {
            let rows = analysis.waves.map { wave in
                [
                    HTMLText.escaped(wave.wave), String(wave.nodes), String(wave.ties),
                    HTMLText.number(wave.density, decimals: 4), String(wave.components), String(wave.largestComponent),
                ]
            }
            parts.append("<h3>Each wave's own ties</h3><p>The ties observed in that wave and the nodes they touch.</p>")
            parts.append(
                HTMLText.table(
                    columns: ["Wave", "Nodes", "Ties", "Density", "Components", "Largest component"], rows: rows))
        }
        parts.append("</section>")
        return parts.joined(separator: "\n")
    }
}
