import GraphAlgorithms
import GraphCore
import NetworkAnalysis
import NetworkModel

/// The centralities whose risers and fallers a comparison lists.
public enum ChangeCentrality: String, Hashable, Sendable, CaseIterable {
    /// networkx `degree_centrality`: degree / (n − 1).
    case degree
    /// networkx `betweenness_centrality` (normalised, endpoints excluded); exact unless a side is larger than
    /// ``Betweenness/defaultExactWorkLimit``, where it is sampled with a stated guarantee
    /// (``CentralityChange/betweennessIsExact``).
    case betweenness
    /// networkx `pagerank` (α = 0.85; weights when the projection is weighted). Chosen over eigenvector
    /// centrality because it is defined on disconnected graphs, which early waves usually are.
    case pagerank
}

/// One matched node's move on one centrality.
public struct CentralityShift: Hashable, Sendable {
    public let centrality: ChangeCentrality
    public let id: String
    public let before: Double
    public let after: Double
    public var change: Double { after - before }
}

/// The largest rises and falls per centrality, among the nodes analysed on both sides.
///
/// Values are each side's own normalised scores (degree by n − 1, betweenness by the number of pairs,
/// PageRank summing to 1), so a node whose ties did not change can still move when the network around
/// it grew. Risers are the `top` largest positive changes, fallers the `top` largest negative ones;
/// equal changes are ordered by id. Zero changes are listed in neither.
public struct CentralityChange: Hashable, Sendable {
    public let risers: [CentralityShift]
    public let fallers: [CentralityShift]
    /// Whether betweenness was exact on both sides (false when a large side was sampled, seed 1).
    public let betweennessIsExact: Bool

    /// - Complexity: O(n·m) for exact betweenness on each side (parallel over sources; sampled above the
    ///   work limit), O(m) per PageRank
    ///   iteration, O(n log n) to rank.
    static func compare(
        before: (network: Network, projected: ProjectedGraph), after: (network: Network, projected: ProjectedGraph),
        weighted: Bool, top: Int, threads: Int
    ) throws(AlgorithmError) -> CentralityChange {
        let (scoresBefore, exactBefore) = try scores(before.projected.graph, weighted: weighted, threads: threads)
        let (scoresAfter, exactAfter) = try scores(after.projected.graph, weighted: weighted, threads: threads)
        var afterNode: [String: Int] = [:]
        for (graphNode, position) in after.projected.networkPositions.enumerated() {
            afterNode[after.network[position].id] = graphNode
        }
        var risers: [CentralityShift] = [], fallers: [CentralityShift] = []
        for centrality in ChangeCentrality.allCases {
            var shifts: [CentralityShift] = []
            for (graphNode, position) in before.projected.networkPositions.enumerated() {
                let id = before.network[position].id
                guard let other = afterNode[id], let old = scoresBefore[centrality]?[graphNode],
                    let new = scoresAfter[centrality]?[other], old.isFinite, new.isFinite, old != new
                else { continue }
                shifts.append(CentralityShift(centrality: centrality, id: id, before: old, after: new))
            }
            let up = shifts.filter { $0.change > 0 }.sorted { $0.change != $1.change ? $0.change > $1.change : $0.id < $1.id }
            let down = shifts.filter { $0.change < 0 }.sorted { $0.change != $1.change ? $0.change < $1.change : $0.id < $1.id }
            risers += up.prefix(top)
            fallers += down.prefix(top)
        }
        return CentralityChange(risers: risers, fallers: fallers, betweennessIsExact: exactBefore && exactAfter)
    }

    /// Every centrality of one side, and whether betweenness was exact.
    private static func scores(_ graph: Graph, weighted: Bool, threads: Int) throws(AlgorithmError)
        -> (scores: [ChangeCentrality: [Double]], betweennessIsExact: Bool)
    {
        let betweenness = try Betweenness.automatic(graph, threads: threads)
        let scores: [ChangeCentrality: [Double]] = [
            .degree: DegreeCentrality.centrality(graph),
            .betweenness: betweenness.values,
            .pagerank: graph.nodeCount == 0 ? [] : try PageRank.compute(graph, weighted: weighted),
        ]
        return (scores, betweenness.isExact)
    }
}
