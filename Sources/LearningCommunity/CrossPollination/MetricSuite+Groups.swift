import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

extension MetricSuite {
    /// The one call behind `liaison metrics` per node: ``run(network:request:)``, then, with a grouping, the
    /// group columns (``GroupMetricColumns``), then for each of `tieQuality` the tie attribute averaged per
    /// node (`NAME_mean`, `NAME_ties`, ``TieQuality``).
    ///
    /// - Parameters:
    ///   - grouping: how nodes are grouped for the group columns; nil leaves them out.
    ///   - tieQuality: numeric tie attributes (e.g. trust) to average per node, in order.
    ///   - messages: receives the grouping's notes (``NodeGrouping/resolutionMessages``). The report's own
    ///     ``MetricReport/notes`` are left for the caller to show.
    /// - Throws: ``AnalysisFailure``: ``AnalysisFailure/algorithm(_:)`` when a metric or group column cannot be
    ///   computed, ``AnalysisFailure/grouping(_:)``, ``AnalysisFailure/tieQuality(attribute:reason:)``.
    /// - Complexity: ``run(network:request:)``'s, plus ``GroupMetricColumns``'s with a grouping.
    public static func run(
        network: Network, request: MetricRequest, grouping spec: GroupingSpec?, tieQuality: [String] = [],
        messages: (AnalysisMessage) -> Void = { _ in }
    ) throws(AnalysisFailure) -> MetricReport {
        var report: MetricReport
        do throws(AlgorithmError) {
            report = try run(network: network, request: request)
        } catch {
            throw .algorithm(error)
        }
        if let spec {
            let grouping: NodeGrouping
            do throws(GroupingFailure) {
                grouping = try NodeGrouping.resolve(
                    spec, in: network, projected: report.projected, weighted: request.projection.weighted,
                    messages: messages)
            } catch {
                throw .grouping(error)
            }
            do throws(AlgorithmError) {
                report.table = try GroupMetricColumns.appending(
                    to: report.table, projected: report.projected, grouping: grouping,
                    weighted: request.projection.weighted, threads: request.threads)
            } catch {
                throw .algorithm(error)
            }
        }
        for attribute in tieQuality {
            do throws(TieQualityError) {
                report.table = try TieQuality.aggregate(network, attribute: attribute)
                    .appendingNodeColumns(to: report.table, projected: report.projected, named: attribute)
            } catch {
                throw .tieQuality(attribute: attribute, reason: error.description)
            }
        }
        return report
    }
}
