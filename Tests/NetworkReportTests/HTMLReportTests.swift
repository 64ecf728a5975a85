import Foundation
import NetworkModel
import NetworkReport
import Testing

@Suite struct HTMLReportTests {
    @Test func everySectionIsPresent() throws {
        let html = HTMLReport.render(try ReportSamples.analysis(try ReportSamples.community()), mapSVG: ReportSamples.svg)
        for id in ["overview", "map-section", "key-actors", "roles", "cross-pollination", "change", "methods"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        for table in ["key-actor-table", "group-table", "mixing-table", "practice-timeline"] {
            #expect(html.contains("id=\"\(table)\""), "table \(table)")
        }
        #expect(html.contains("<div id=\"map\""))
        #expect(html.contains("<g id=\"node:p0\" class=\"node\">"))
        #expect(html.contains("Network shape:"))
        #expect(html.contains("@media print"), "a print stylesheet")
        #expect(html.contains("id=\"role-catalyst\"") && html.contains("id=\"role-learning_liaison\""))
        #expect(html.contains("<td>2018</td>") && html.contains("<td>2019</td>"), "one row per wave")
    }

    @Test func everyDataTextIsEscaped() throws {
        let html = HTMLReport.render(try ReportSamples.analysis(try ReportSamples.community()), mapSVG: ReportSamples.svg)
        #expect(html.components(separatedBy: "<script").count - 1 == 2, "only the report's own data and script elements")
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("\"];x[label=\"pwned"))
        #expect(!html.contains("<em>") && !html.contains("<i>") && !html.contains("<b>"))
        #expect(!html.contains("<title>Report <title>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;];x[label=&quot;pwned"))
        #expect(html.contains("O&#39;Brien &amp; &quot;Sons&quot;"))
        #expect(html.contains("🌍 Ünïcödé"), "non-ASCII text is kept as it is")
        #expect(html.contains("\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"), "the embedded data escapes < and >")
    }

    /// A right-to-left override in a label cannot turn the rest of its line around: it is closed
    /// and isolated (U+2068 … U+2069, what `<bdi>` does) wherever the label is shown.
    @Test func bidiControlsInDataAreIsolated() throws {
        let labels = ["Grant to \u{202E}gpj.exe", "x\u{2069}\u{202E}evil", "plain", "🌍 Ünïcödé", "other"]
        let html = HTMLReport.render(try ReportSamples.analysis(try ReportSamples.community(labels: labels)), mapSVG: ReportSamples.svg)
        #expect(html.contains("\u{2068}Grant to \u{202E}gpj.exe\u{202C}\u{2069}"))
        #expect(html.contains("\u{2068}x\u{202E}evil\u{202C}\u{2069}"))
        #expect(!html.contains("Grant to \u{202E}gpj.exe<"), "an override left open")
    }

    @Test func theFileNamesNoOutsideAddress() throws {
        let html = HTMLReport.render(try ReportSamples.analysis(try ReportSamples.community()), mapSVG: ReportSamples.svg)
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains("//www.") && !html.contains("xlink:href"))
        #expect(html.range(of: #"(src|href)\s*=\s*"(?!#)"#, options: .regularExpression) == nil,
            "every link points inside the page")
        #expect(!html.contains("<!--") && !html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let network = try ReportSamples.community()
        let a = HTMLReport.render(try ReportSamples.analysis(network), mapSVG: ReportSamples.svg)
        let b = HTMLReport.render(try ReportSamples.analysis(network), mapSVG: ReportSamples.svg)
        #expect(Array(a.utf8) == Array(b.utf8))
    }

    @Test func smallCellsAreSuppressedInTheGroupTables() throws {
        let network = try ReportSamples.community()
        let open = HTMLReport.render(try ReportSamples.analysis(network), mapSVG: nil)
        let suppressed = HTMLReport.render(try ReportSamples.analysis(network, minimumCell: 3), mapSVG: nil)
        let groups = try #require(tableText(suppressed, id: "group-table"))
        let mixing = try #require(tableText(suppressed, id: "mixing-table"))
        // South has two members and East one: both below 3.
        #expect(groups.contains("<td>South</td><td>&lt;3</td>"))
        #expect(groups.contains("<td>East</td><td>&lt;3</td>"))
        #expect(groups.contains("<td>North</td><td>3</td>"), "counts of 3 or more are shown")
        #expect(!mixing.contains("<td>1</td>") && !mixing.contains("<td>2</td>") && mixing.contains("&lt;3"))
        let plain = try #require(tableText(open, id: "group-table"))
        #expect(plain.contains("<td>South</td><td>2</td>") && !plain.contains("&lt;3"))
        #expect(suppressed.contains("counts below 3"), "the methods section states the rule")
    }

    @Test func invalidParametersThrow() throws {
        var options = ReportOptions()
        options.minimumCellCount = 0
        #expect(throws: ReportError.self) { try ReportAnalysis.compute(try ReportSamples.community(), options: options) }
    }

    /// The HTML of the table with this id.
    func tableText(_ html: String, id: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\"") else { return nil }
        guard let end = html[start.upperBound...].range(of: "</table>") else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}

/// The change section: verdicts from the first wave to the last, indicators at every wave, the wave maps.
@Suite struct ReportChangeSectionTests {
    @Test func wavesAreComparedAsCompareDoes() throws {
        let analysis = try ReportSamples.analysis(try ReportSamples.community())
        let changes = try #require(analysis.waveChanges)
        // Waves are ordered by their earliest dated tie: the sample's 2019 adoptions are dated 2017–2019, its
        // 2018 ties are undated, so 2019 comes first (Network.orderedWaves).
        #expect(changes.waves == ["2019", "2018"])
        #expect(changes.steps.count == 1)
        let html = HTMLReport.render(analysis, mapSVG: nil, waveMapsSVG: ReportSamples.svg)
        let start = try #require(html.range(of: "<section id=\"change\">"))
        let section = String(html[start.lowerBound...].prefix { _ in true })
        #expect(section.contains("<ul class=\"verdicts\"><li>"))
        #expect(section.contains("<th scope=\"col\">2019</th><th scope=\"col\">2018</th>"))
        #expect(section.contains("<img class=\"wave-maps\""))
        // The wave maps travel as a data URI: no outside address appears in the file.
        #expect(!html.contains("http://") && !html.contains("https://"))
        // One verdict per indicator.
        let verdicts = section.components(separatedBy: "</ul>")[0].components(separatedBy: "<li>").count - 1
        #expect(verdicts == changes.overall.count)
    }
}
