/// Change between waves: the main figures of each wave's network.
enum ChangeSection {
    static func html(_ analysis: ReportAnalysis) -> String? {
        guard !analysis.waves.isEmpty else { return nil }
        let rows = analysis.waves.map { wave in
            [
                HTMLText.escaped(wave.wave), String(wave.nodes), String(wave.ties),
                HTMLText.number(wave.density, decimals: 4), String(wave.components), String(wave.largestComponent),
            ]
        }
        return """
            <section id="change"><h2>Change between waves</h2>
            <p>Each wave's network is made of the ties observed in that wave and the nodes they touch.</p>
            \(HTMLText.table(columns: ["Wave", "Nodes", "Ties", "Density", "Components", "Largest component"], rows: rows))
            </section>
            """
    }
}
