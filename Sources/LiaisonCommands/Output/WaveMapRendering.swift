import GraphvizRendering
import NetworkMaps

/// Draws survey waves on one shared layout: the layout is computed once on the union of the waves, then
/// each wave is drawn with every node pinned at its place (`liaison map-waves`, the report's change section).
enum WaveMapRendering {
    /// One SVG per wave, in the order given, each rendered in a child process (``IsolatedRendering``);
    /// a failure is printed and thrown as its exit code.
    static func svgs(_ waves: [WaveLayout.Wave], engine: LayoutEngine) throws -> [String] {
        let union = DOTWriter.write(WaveLayout.unionDocument(waves: waves))
        let laidOut = try CommandContext.renderDOT(union, engine: engine, format: .dot)
        let positions = WaveLayout.positions(fromLaidOutDOT: String(decoding: laidOut, as: UTF8.self))
        return try waves.indices.map { index in
            let dot = DOTWriter.write(try WaveLayout.waveDocument(waves: waves, index: index, positions: positions))
            return String(decoding: try CommandContext.renderDOT(dot, engine: .neato, format: .svg), as: UTF8.self)
        }
    }
}
