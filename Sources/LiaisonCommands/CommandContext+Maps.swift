import GraphvizRendering
import NetworkMaps

extension CommandContext {
    /// Lays out and renders a map in process with the map's engine; a styling problem is a data error,
    /// a Graphviz failure a rendering error, each printed first.
    static func render(_ map: NetworkMap, format: RenderFormat) throws -> [UInt8] {
        do {
            let dot = try map.dotText()
            return try Graphviz.render(dot: dot, engine: LayoutEngine(rawValue: map.engine.rawValue) ?? .sfdp, format: format)
        } catch let error as NetworkMapError {
            printError("error: \(error.description)")
            throw LiaisonExitCode.dataError
        } catch let error as GraphvizError {
            printError("error: Graphviz could not draw the map: \(error.description)")
            throw LiaisonExitCode.renderingError
        }
    }
}
