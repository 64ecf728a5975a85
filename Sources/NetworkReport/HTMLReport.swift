/// The self-contained HTML report: one file with its stylesheet, script, data and map inline, and no
/// reference to anything outside it, so it opens offline and prints as it shows.
///
/// Sections: summary (plain sentences, each linked to its evidence), overview (size, kinds, density, components, shape and its reason), map (the caller's SVG,
/// with zoom, pan, search, filters, node cards and downloads), key actors (a ranked list per question and a
/// sortable metric table), roles (with their
/// evidence), cross-pollination (group mixing heatmap, initiative overlap, practice spread, pollinators;
/// with a grouping), change between waves (with waves) and methods. Every text from the data is
/// escaped (`MarkupEscaping` in HTML and SVG, `JSONEscaping` in the embedded data); the same analysis
/// and map give the same bytes.
public enum HTMLReport {
    /// The report as HTML text.
    /// - Parameters:
    ///   - analysis: the numbers, from ``ReportAnalysis/compute(_:options:)``.
    ///   - mapSVG: the map as SVG text (a Graphviz rendering), or nil for a report without a map.
    /// - Complexity: O(*n* + *m* + size of the SVG), plus the sorts of the key-actor table, O(*n* log *n*).
    ///   - waveMapsSVG: the waves drawn side by side on one layout (`liaison map-waves`' sheet), if drawn.
    ///   - mapNote: a sentence above the map; by default ``ReportScale/mapNote`` (which nodes it draws).
    public static func render(
        _ analysis: ReportAnalysis, mapSVG: String?, waveMapsSVG: String? = nil, mapNote: String? = nil
    ) -> String {
        let title = HTMLText.escaped(analysis.options.title)
        var sections = [
            SummarySection.html(analysis), OverviewSection.html(analysis),
            MapSection.html(svg: mapSVG, analysis: analysis, note: mapNote ?? analysis.scale.mapNote), KeyActorsSection.html(analysis),
            RolesSection.html(analysis), CrossPollinationSection.html(analysis),
        ]
        var links = [
            ("summary", "Summary"), ("overview", "Overview"), ("map-section", "Map"), ("key-actors", "Key actors"), ("roles", "Roles"),
            ("cross-pollination", "Cross-pollination"),
        ]
        if let change = ChangeSection.html(analysis, waveMapsSVG: waveMapsSVG) {
            sections.append(change)
            links.append(("change", "Change"))
        }
        sections.append(MethodsSection.html(analysis))
        links.append(("methods", "Methods"))
        let s = analysis.summary
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Liaison">
            <title>\(title)</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>
            <header><h1>\(title)</h1><p>\(s.nodeCount) nodes, \(s.tieCount) ties. Made by Liaison.</p></header>
            <nav>\(links.map { "<a href=\"#\($0.0)\">\($0.1)</a>" }.joined())</nav>
            <main>
            \(sections.joined(separator: "\n"))
            </main>
            <script type="application/json" id="report-data">\(NodeCards.json(analysis))</script>
            <script>
            \(ReportScript.javascript)
            </script>
            </body>
            </html>

            """
    }
}
