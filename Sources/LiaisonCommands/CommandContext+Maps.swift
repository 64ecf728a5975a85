import GraphvizRendering
import NetworkMaps

extension CommandContext {
    /// Lays out and renders a map in process with the map's engine; a styling problem is a data error,
    /// a Graphviz failure a rendering error, each printed first.
    ///
    /// Drawn formats take two passes: the map's engine lays it out (as DOT with positions), then
    /// `neato` draws it at those positions with the labels placed where they cover nothing
    /// (``NetworkMap/pinnedDocument(layout:)``). The `dot` format is the first pass's output.
    static func render(_ map: NetworkMap, format: RenderFormat) throws -> [UInt8] {
        do {
            let dot = try map.dotText()
            let engine = LayoutEngine(rawValue: map.engine.rawValue) ?? .sfdp
            if format == .dot { return try Graphviz.render(dot: dot, engine: engine, format: format) }
            let laidOut = try Graphviz.render(dot: try map.layoutDOTText(), engine: engine, format: .dot)
            let pinned = try map.pinnedDOTText(layout: MapLayout(laidOutDOT: String(decoding: laidOut, as: UTF8.self)))
            return try Graphviz.render(dot: pinned, engine: .neato, format: format)
        } catch let error as NetworkMapError {
            printError("error: \(error.description)")
            throw LiaisonExitCode.dataError
        } catch let error as GraphvizError {
            printError("error: Graphviz could not draw the map: \(error.description)")
            throw LiaisonExitCode.renderingError
        }
    }
}
