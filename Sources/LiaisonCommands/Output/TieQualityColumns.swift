import LearningCommunity
import NetworkAnalysis
import NetworkModel

/// `--tie-quality NAME`: the per-node mean of a numeric tie attribute, and how many ties carried it.
enum TieQualityColumns {
    /// `table` (one row per node of `projected`, in graph order) with `NAME_mean` and `NAME_ties` appended.
    static func appending(
        to table: ResultTable, network: Network, projected: ProjectedGraph, attribute: String
    ) throws -> ResultTable {
        let quality: TieQuality
        do throws(TieQualityError) {
            quality = try TieQuality.aggregate(network, attribute: attribute)
        } catch {
            CommandContext.printError("error: --tie-quality \(attribute): \(error.description)")
            throw LiaisonExitCode.dataError
        }
        var result = table
        result.columns += ["\(attribute)_mean", "\(attribute)_ties"]
        for v in 0..<min(result.rows.count, projected.networkPositions.count) {
            let summary = quality.nodes[Int(projected.networkPositions[v])]
            result.rows[v] += [summary.mean.map { .real($0) } ?? .missing, .integer(summary.count)]
        }
        return result
    }
}
