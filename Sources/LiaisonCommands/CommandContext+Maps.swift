import GraphvizRendering
import NetworkMaps

extension CommandContext {
    /// Lays out and renders a map, each Graphviz pass in a child process (``IsolatedRendering``); a styling
    /// problem is a data error (65), a Graphviz error a rendering error (69), a crash inside Graphviz an internal
    /// error (70), each printed first. Nothing is written on failure.
    ///
    /// Drawn formats take two passes: the map's engine lays it out (as DOT with positions), then `neato` draws
    /// it at those positions with the labels placed where they cover nothing (``NetworkMap/pinnedDocument(layout:)``).
    /// The `dot` format is the map's DOT as the engine would read it.
    static func render(_ map: NetworkMap, format: RenderFormat) throws -> [UInt8] {
        let engine = LayoutEngine(rawValue: map.engine.rawValue) ?? .sfdp
        if format == .dot { return try renderDOT(try mapText { try map.dotText() }, engine: engine, format: format) }
        let laidOut = try renderDOT(try mapText { try map.layoutDOTText() }, engine: engine, format: .dot)
        let layout = MapLayout(laidOutDOT: String(decoding: laidOut, as: UTF8.self))
        return try renderDOT(try mapText { try map.pinnedDOTText(layout: layout) }, engine: .neato, format: format)
    }

    /// The DOT text `make` builds, or the styling problem printed and exit 65.
    private static func mapText(_ make: () throws -> String) throws -> String {
        do {
            return try make()
        } catch {
            printError("error: \(error)")
            throw LiaisonExitCode.dataError
        }
    }

    /// Renders DOT text through ``IsolatedRendering``, turning failures into printed errors and exit codes.
    static func renderDOT(_ dot: String, engine: LayoutEngine, format: RenderFormat) throws -> [UInt8] {
        do {
            return try IsolatedRendering.render(dot: dot, engine: engine, format: format)
        } catch {
            switch error {
            case .graphviz, .reported:
                printError("error: Graphviz could not draw the map: \(error.description)")
                throw LiaisonExitCode.renderingError
            case .crashed, .unavailable:
                printError(
                    "error: \(error.description); nothing was written (fix: try another --engine, fewer nodes with "
                        + "--max-nodes, or the default style)")
                throw LiaisonExitCode.internalError
            }
        }
    }
}
