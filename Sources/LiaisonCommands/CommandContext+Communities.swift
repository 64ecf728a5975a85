import GraphAlgorithms
import GraphCore

extension CommandContext {
    /// Runs community detection, printing the problem and throwing the data-error exit code on failure.
    static func communities(_ graph: Graph, _ options: CommunityDetection.Options) throws -> CommunityPartition {
        do throws(AlgorithmError) {
            return try CommunityDetection.detect(graph, options)
        } catch {
            printError("error: community detection: \(error.description)")
            throw LiaisonExitCode.dataError
        }
    }
}
