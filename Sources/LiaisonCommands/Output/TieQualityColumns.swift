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
        return quality.appendingNodeColumns(to: table, projected: projected, named: attribute)
    }
}
