import LearningCommunity
import NetworkModel

/// The practice spread timeline: cumulative adopters of each practice at the end of each year, as a
/// table with cells shaded by the share of the practice's final adopters.
enum PracticeTimeline {
    static func html(_ report: CrossPollinationReport, _ network: Network) -> String {
        let practices = report.diffusion.practices.filter { !$0.adoptions.isEmpty }
        let series = practices.map { $0.cumulativeAdoptersByYear }
        let years = series.flatMap { $0.map(\.year) }
        guard let first = years.min(), let last = years.max() else {
            return "<p class=\"none\">No dated adoption of a practice.</p>"
        }
        var out = "<table class=\"timeline\" id=\"practice-timeline\"><thead><tr><th scope=\"col\">Practice</th>"
        for year in first...last { out += "<th scope=\"col\">\(year)</th>" }
        out += "<th scope=\"col\">Undated</th></tr></thead><tbody>"
        for (practice, points) in zip(practices, series) {
            let label = network.nodes[Int(practice.practice)].label
            out += "<tr><th scope=\"row\">\(HTMLText.escaped(label))</th>"
            let byYear = Dictionary(points.map { ($0.year, $0.adopters) }, uniquingKeysWith: { a, _ in a })
            let final = max(1, points.last?.adopters ?? 1)
            var running = 0
            for year in first...last {
                running = byYear[year] ?? running
                if running == 0 {
                    out += "<td></td>"
                } else {
                    let alpha = HTMLText.number(0.1 + 0.8 * Double(running) / Double(final), decimals: 2)
                    out += "<td style=\"background:rgba(40,140,90,\(alpha))\">\(running)</td>"
                }
            }
            out += "<td>\(practice.undatedAdopters.count)</td></tr>"
        }
        return out + "</tbody></table>"
    }
}
