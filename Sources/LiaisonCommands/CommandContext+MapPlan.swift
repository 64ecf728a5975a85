import LearningCommunity
import MapPlanning
import NetworkModel

extension CommandContext {
    /// ``MapPlanning/plan(network:request:messages:)`` with its notes printed as they come and its failure
    /// printed and turned into the exit code: 64 for a request the data cannot answer, 65 for data that cannot
    /// be analysed or drawn, 70 for a fault of Liaison.
    static func plan(network: Network, request: MapRequest) throws -> MapPlan {
        do throws(MapPlanError) {
            return try MapPlanning.plan(network: network, request: request, messages: { printError($0.description) })
        } catch {
            printError("error: \(error.description)")
            switch error.kind {
            case .usage: throw LiaisonExitCode.usage
            case .data: throw LiaisonExitCode.dataError
            case .internal: throw LiaisonExitCode.internalError
            }
        }
    }
}
