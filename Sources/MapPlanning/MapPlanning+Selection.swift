import LearningCommunity
import NetworkAnalysis
import NetworkMaps
import NetworkModel

extension MapPlanning {
    /// The network positions to draw after `focus` (its ego network in `radius` steps; 2 on the ego map, else
    /// 1), hidden isolates, minimum degree and minimum core, ascending; nil when every node stays.
    static func selectedPositions(
        _ network: Network, request: MapRequest, measured: MeasuredNetwork
    ) throws(MapPlanError) -> [Int32]? {
        let projected = measured.report.projected
        var graphNodes = projected.graphNodes
        if let focus = request.focus {
            guard let position = network.index(of: focus),
                let centre = projected.graphNode(ofNetworkPosition: NetworkPosition(rawValue: position))
            else { throw .unknownFocus(focus) }
            let steps = request.radius ?? (request.preset == .ego ? 2 : 1)
            graphNodes = EgoNetwork.members(of: centre.index, radius: steps, in: projected.graph).sorted().map(GraphNode.init)
        }
        let degree = measured.columns["degree"] ?? []
        let core = measured.columns["core"] ?? []
        func value(_ column: [Double], _ position: Int) -> Double { column.indices.contains(position) ? column[position] : 0 }
        let filtered = graphNodes.filter { v in
            let position = projected.networkPosition(of: v).index
            if request.hidesIsolates && value(degree, position) == 0 { return false }
            if let minDegree = request.minDegree, value(degree, position) < Double(minDegree) { return false }
            if let minCore = request.minCore, value(core, position) < Double(minCore) { return false }
            return true
        }
        let everything = filtered.count == network.nodeCount
        return everything ? nil : filtered.map { projected.networkPosition(of: $0).rawValue }
    }

    /// The positions in both lists (nil: every node), ascending.
    static func intersect(_ candidates: [Int32]?, _ chosen: [Int32]) -> [Int32] {
        guard let candidates else { return chosen }
        let kept = Set(candidates)
        return chosen.filter { kept.contains($0) }
    }

    /// `candidates` (nil: every node) cut to the request's `maxNodes` largest by `values`, saying so in a note
    /// and in the title; a warning when more than ``MapNodeLimit/warningNodeCount`` nodes would still be drawn.
    static func limitedPositions(
        _ candidates: [Int32]?, network: Network, values: [Double], metric: String, request: MapRequest,
        options: inout MapOptions, messages: (AnalysisMessage) -> Void
    ) throws(MapPlanError) -> [Int32]? {
        let candidateCount = candidates?.count ?? network.nodeCount
        guard let maxNodes = request.maxNodes, candidateCount > maxNodes else {
            if candidateCount > MapNodeLimit.warningNodeCount {
                messages(
                    AnalysisMessage(
                        .warning,
                        "drawing \(candidateCount) nodes: the layout will be slow and the map hard to read (fix: --max-nodes \(MapNodeLimit.warningNodeCount / 4) keeps the largest nodes by \(metric))"
                    ))
            }
            return candidates
        }
        let kept: [Int32]
        do throws(MapNodeLimit.Failure) {
            kept = try MapNodeLimit.topNodes(
                candidates ?? (0..<Int32(network.nodeCount)).map { $0 }, by: values, limit: maxNodes)
        } catch {
            throw .nodeLimit(error)
        }
        let summary = "the \(kept.count) largest of \(candidateCount) nodes by \(metric)"
        messages(AnalysisMessage(.note, "drawing \(summary), with the ties among them"))
        options.title = (request.title.map { "\($0): " } ?? "") + summary
        return kept
    }
}
