import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkMaps
import NetworkModel

/// The metrics a map is drawn from, by network position.
struct MeasuredNetwork {
    /// The metric report (its projected graph is the analysed graph).
    var report: MetricReport
    /// Every metric column by network node position (0 for nodes outside the analysed graph).
    var columns: [String: [Double]]
    /// The metric nodes are sized and ranked by.
    var sizeMetric: NodeMetric
    /// Whether betweenness was left out as too slow.
    var betweennessIsSlow: Bool
}

extension MapPlanning {
    /// The metrics a map of a network of `nodeCount` nodes and `tieCount` ties needs: the size metric, degree,
    /// core and, unless it would be slow (``MapNodeLimit/betweennessIsSlow(nodeCount:tieCount:)``),
    /// betweenness; sizing by betweenness then turns into sizing by degree.
    public static func metrics(
        for request: MapRequest, nodeCount: Int, tieCount: Int
    ) -> (metrics: Set<NodeMetric>, sizeMetric: NodeMetric, betweennessIsSlow: Bool) {
        let slow = MapNodeLimit.betweennessIsSlow(nodeCount: nodeCount, tieCount: tieCount)
        guard slow else { return ([request.sizeMetric, .degree, .betweenness, .core], request.sizeMetric, false) }
        let size: NodeMetric = request.sizeMetric == .betweenness ? .degree : request.sizeMetric
        return ([size, .degree, .core], size, true)
    }

    /// Runs the metrics ``metrics(for:nodeCount:tieCount:)`` chooses, with a note when sizing by betweenness
    /// turned into sizing by degree.
    static func measure(
        _ network: Network, request: MapRequest, messages: (AnalysisMessage) -> Void
    ) throws(MapPlanError) -> MeasuredNetwork {
        let chosen = metrics(for: request, nodeCount: network.nodeCount, tieCount: network.tieCount)
        if chosen.sizeMetric != request.sizeMetric {
            messages(
                AnalysisMessage(
                    .note,
                    "sizing\(request.maxNodes == nil ? "" : " and ranking") nodes by degree: betweenness over \(network.nodeCount) nodes and \(network.tieCount) ties would be slow"
                ))
        }
        var metricRequest = request.metrics
        metricRequest.metrics = chosen.metrics
        let report: MetricReport
        do throws(AlgorithmError) {
            report = try MetricSuite.run(network: network, request: metricRequest)
        } catch {
            throw .metrics(error)
        }
        var columns: [String: [Double]] = [:]
        for name in report.metricColumnNames {
            columns[name] = report.valuesByNetworkPosition(name, networkNodeCount: network.nodeCount)
        }
        return MeasuredNetwork(
            report: report, columns: columns, sizeMetric: chosen.sizeMetric, betweennessIsSlow: chosen.betweennessIsSlow)
    }
}
