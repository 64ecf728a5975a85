import NetworkAnalysis

/// The overview: the network's size, kinds, density, components and shape, with the reason for the shape.
enum OverviewSection {
    static func html(_ analysis: ReportAnalysis) -> String {
        let s = analysis.summary
        let kinds = s.nodeKinds.map { "\(HTMLText.escaped($0.kind.rawValue)) \($0.count)" }.joined(separator: ", ")
        let tieKinds = s.tieKinds.map { "\(HTMLText.escaped($0.kind.rawValue)) \($0.count)" }.joined(separator: ", ")
        var items: [(String, String)] = [
            ("Nodes", String(s.nodeCount)),
            ("Ties", String(s.tieCount)),
            ("Density", HTMLText.number(s.density, decimals: 4)),
            ("Components", String(s.componentCount)),
            ("Largest component", "\(s.largestComponentSize) nodes"),
            ("Isolates", String(s.isolates.count)),
        ]
        if let first = s.earliestDate, let last = s.latestDate {
            items.append(("Dates", HTMLText.escaped("\(first) to \(last)")))
        }
        if !s.waves.isEmpty { items.append(("Waves", HTMLText.escaped(s.waves.joined(separator: ", ")))) }
        let shape = analysis.roles
        return """
            <section id="overview"><h2>Overview</h2>
            \(HTMLText.figures(items))
            <p class="kinds"><strong>Node kinds:</strong> \(kinds.isEmpty ? "none" : kinds).<br>\
            <strong>Tie kinds:</strong> \(tieKinds.isEmpty ? "none" : tieKinds).</p>
            <p class="shape"><strong>Network shape: \(HTMLText.escaped(shape.shape.rawValue.replacingUnderscores))</strong>. \
            \(HTMLText.escaped(shape.shapeReason))</p>
            </section>
            """
    }
}

extension String {
    /// `hub_and_spoke` as `hub and spoke`.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
