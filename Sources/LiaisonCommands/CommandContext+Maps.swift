import GraphvizRendering
import NetworkMaps

extension CommandContext {
    /// Lays out and renders a map with the map's engine, in a child process (``IsolatedRendering``);
    /// a styling problem is a data error (65), a Graphviz error a rendering error (69), a crash inside
    /// Graphviz an internal error (70), each printed first. Nothing is written on failure.
    static func render(_ map: NetworkMap, format: RenderFormat) throws -> [UInt8] {
        let dot: String
        do {
            dot = try map.dotText()
        } catch {
            printError("error: \(error.description)")
            throw LiaisonExitCode.dataError
        }
        return try renderDOT(dot, engine: LayoutEngine(rawValue: map.engine.rawValue) ?? .sfdp, format: format)
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
