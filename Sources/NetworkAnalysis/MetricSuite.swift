import GraphAlgorithms
import GraphCore
import NetworkModel
import OutputEscaping

/// What to compute, on which graph, and how.
public struct MetricRequest: Sendable {
    /// The columns to compute, in any order (output follows ``NodeMetric`` order).
    public var metrics: Set<NodeMetric> = Set(NodeMetric.allCases)
    /// Which part of the network, directed or not, weighted or not.
    public var projection = GraphProjection()
    /// How weights become path lengths (hops unless weighted).
    public var edgeLength: EdgeLength = .hops
    public var betweenness: BetweennessMode = .automatic
    /// Above this many nodes × stored arcs, automatic betweenness samples instead of running exact
    /// Brandes (a 20,000-node, 100,000-tie undirected network is still exact).
    public var exactWorkLimit: Int = Betweenness.defaultExactWorkLimit
    public var closeness: ClosenessMode = .automatic
    /// Above this many nodes, automatic closeness and harmonic centrality are estimated from sampled
    /// sources (``Closeness/automatic(_:length:exact:samplingNodeLimit:epsilon:delta:seed:threads:progress:)``).
    public var closenessSamplingNodeLimit: Int = Closeness.defaultSamplingNodeLimit
    /// The additive error of the closeness and harmonic estimate (see ``ClosenessGuarantee``).
    public var closenessEpsilon: Double = Closeness.defaultEpsilon
    /// Seed of the sampling approximations.
    public var seed: UInt64 = 1
    /// Eigenvector centrality's stopping tolerance as networkx's `tol` (with networkx's 100 iterations at
    /// most); nil runs the iteration to convergence (``EigenvectorCentrality/convergedTolerance``).
    public var eigenvectorTolerance: Double?
    /// Restart weights per network node id for personalised PageRank; nil for the uniform restart.
    public var personalization: [String: Double]?
    public var threads: Int = Parallelism.defaultThreadCount
    /// Called with a metric's name and its finished fraction (0…1), from worker threads.
    public var progress: (@Sendable (String, Double) -> Void)?

    public init() {}
}

/// Per-node metrics with what an analyst needs to reproduce them.
public struct MetricReport: Sendable {
    /// `id,label,kind` and one column per requested metric, one row per analysed node, in network order.
    public var table: ResultTable
    /// How the numbers were made: graph, weights, betweenness method, guarantee, seed.
    public var metadata: ResultMetadata
    /// Things the reader must know: a metric that could not be computed, and why.
    public var notes: [String]
    /// The graph the metrics were computed on, and the way back to network nodes.
    public var projected: ProjectedGraph
    /// Raw per-graph-node betweenness (normalised), when computed; used by network statistics.
    public var betweenness: [Double]?
}

/// Computes the per-node metrics of `liaison metrics`.
public enum MetricSuite {
    /// Computes the requested metrics. Metrics that are undefined for the graph (eigenvector
    /// without convergence) become missing values with a note; invalid requests throw.
    /// - Complexity: dominated by betweenness, O(n·m) exact; the rest O(n + m) to O(m·d).
    public static func run(network: Network, request: MetricRequest) throws(AlgorithmError) -> MetricReport {
        let projected = request.projection.project(network)
        let graph = projected.graph
        let n = graph.nodeCount
        let weighted = request.projection.weighted
        var columns: [String] = ["id", "label", "kind"]
        var values: [[ResultTable.Cell]] = []
        var metadata: ResultMetadata = [
            ("nodes", .integer(n)),
            ("edges", .integer(graph.edgeCount)),
            ("directed", .flag(graph.isDirected)),
            ("weighted", .flag(weighted)),
            ("path_length", .text(pathLengthDescription(request.edgeLength))),
            ("parallel_ties", .text(request.projection.parallelTies.rawValue)),
        ]
        var notes: [String] = []
        let usesPaths = !request.metrics.isDisjoint(with: [.betweenness, .closeness, .harmonic])
        if usesPaths {
            let arithmetic = PathArithmetic.of(graph, length: request.edgeLength)
            metadata.append("path_arithmetic", .text(arithmetic.kind.rawValue))
            if let note = arithmetic.note { notes.append(note) }
        }
        var betweennessValues: [Double]?
        var closenessAndHarmonic: (closeness: [Double], harmonic: [Double])?
        var structuralHoles: StructuralHoles.Measures?
        let wanted = NodeMetric.allCases.filter { request.metrics.contains($0) }

        func progress(_ name: String) -> (@Sendable (Double) -> Void)? {
            guard let report = request.progress else { return nil }
            return { fraction in report(name, fraction) }
        }

        for metric in wanted {
            columns.append(metric.rawValue)
            switch metric {
            case .degree:
                values.append(DegreeCentrality.degrees(graph).map { .integer($0) })
            case .inDegree:
                values.append(graph.isDirected
                    ? DegreeCentrality.degrees(graph, direction: .incoming).map { .integer($0) }
                    : Array(repeating: .missing, count: n))
            case .outDegree:
                values.append(graph.isDirected
                    ? DegreeCentrality.degrees(graph, direction: .outgoing).map { .integer($0) }
                    : Array(repeating: .missing, count: n))
            case .strength:
                var strengthProjection = request.projection
                strengthProjection.weighted = true
                let strengthGraph = weighted ? graph : strengthProjection.project(network).graph
                values.append(DegreeCentrality.strengths(strengthGraph).map { .real($0) })
            case .betweenness:
                let scores: [Double]
                let guarantee: BetweennessGuarantee?
                switch request.betweenness {
                case .automatic:
                    let result = try Betweenness.automatic(
                        graph, length: request.edgeLength, exactWorkLimit: request.exactWorkLimit, seed: request.seed,
                        threads: request.threads, progress: progress("betweenness"))
                    (scores, guarantee) = (result.values, result.guarantee)
                case .exact:
                    scores = try Betweenness.exact(
                        graph, length: request.edgeLength, threads: request.threads, progress: progress("betweenness"))
                    guarantee = nil
                case .approximate(let epsilon, let delta):
                    let result = try Betweenness.approximate(
                        graph, epsilon: epsilon, delta: delta, seed: request.seed, length: request.edgeLength,
                        threads: request.threads, samplesAtMostPairs: true, progress: progress("betweenness"))
                    (scores, guarantee) = (result.values, result.guarantee)
                }
                betweennessValues = scores
                values.append(scores.map { .real($0) })
                if let g = guarantee {
                    metadata.append("betweenness_method", .text("Riondato-Kornaropoulos sampling"))
                    metadata.append("betweenness_epsilon", .real(g.epsilonOnReturnedScale))
                    metadata.append("betweenness_delta", .real(g.delta))
                    metadata.append("betweenness_samples", .integer(g.samples))
                    metadata.append("betweenness_seed", .unsigned(g.seed))
                    notes.append(
                        "betweenness is estimated from \(g.samples) sampled shortest paths (seed \(g.seed)): every value "
                            + "is within \(DecimalText.bound(g.epsilonOnReturnedScale, rounding: .up)) of the exact one "
                            + "with probability at least \(DecimalText.bound(1 - g.delta, rounding: .down)); use --exact "
                            + "for exact values")
                } else {
                    metadata.append("betweenness_method", .text("exact (Brandes)"))
                }
            case .closeness, .harmonic:
                // Both come from one traversal per source: compute them together once.
                if closenessAndHarmonic == nil {
                    let result = try Closeness.automatic(
                        graph, length: request.edgeLength, exact: request.closeness == .exact,
                        samplingNodeLimit: request.closenessSamplingNodeLimit, epsilon: request.closenessEpsilon,
                        seed: request.seed,
                        threads: request.threads, progress: progress("closeness"))
                    closenessAndHarmonic = (result.closeness, result.harmonic)
                    let names = [NodeMetric.closeness, .harmonic].filter { request.metrics.contains($0) }
                        .map(\.rawValue).joined(separator: " and ")
                    if let g = result.guarantee {
                        metadata.append("closeness_method", .text("sampled sources (Eppstein-Wang)"))
                        metadata.append("closeness_epsilon", .real(g.epsilon))
                        metadata.append("closeness_delta", .real(g.delta))
                        metadata.append("closeness_samples", .integer(g.samples))
                        metadata.append("closeness_seed", .unsigned(g.seed))
                        metadata.append("harmonic_error", .real(g.harmonicError))
                        metadata.append("mean_distance_error", .real(g.meanDistanceError))
                        notes.append(
                            "\(names) \(names.contains(" and ") ? "are" : "is") estimated from \(g.samples) of the "
                                + "\(n) nodes as sources (seed \(g.seed)), as the network has more than "
                                + "\(request.closenessSamplingNodeLimit) nodes: with probability at least "
                                + "\(DecimalText.bound(1 - g.delta, rounding: .down)), every harmonic value is within "
                                + "\(DecimalText.bound(g.harmonicError, rounding: .up)) of the exact one and every "
                                + "node's mean distance from the others (1/closeness when all reach it) within "
                                + "\(DecimalText.bound(g.meanDistanceError, rounding: .up)) hops; use --exact for exact "
                                + "values")
                    }
                }
                let sweep = closenessAndHarmonic ?? (closeness: [], harmonic: [])
                values.append((metric == .closeness ? sweep.closeness : sweep.harmonic).map { .real($0) })
            case .eigenvector:
                do {
                    let scores: [Double]
                    if let tolerance = request.eigenvectorTolerance {
                        scores = try EigenvectorCentrality.compute(
                            graph, weighted: weighted, maxIterations: EigenvectorCentrality.networkxMaxIterations,
                            tolerance: tolerance, rule: .networkx, threads: request.threads)
                        metadata.append("eigenvector_stop", .text("networkx (tol \(tolerance), at most 100 iterations)"))
                    } else {
                        scores = try EigenvectorCentrality.compute(graph, weighted: weighted, threads: request.threads)
                        metadata.append("eigenvector_stop", .text("converged (1e-12)"))
                    }
                    values.append(scores.map { .real($0) })
                } catch {
                    values.append(Array(repeating: .missing, count: n))
                    notes.append("eigenvector centrality is left empty: the power iteration \(error.description) "
                        + "(as networkx, which raises; common on directed graphs without cycles)")
                }
            case .pagerank:
                let personalization = request.personalization.map { weights in
                    projected.networkPositions.map { weights[network[$0].id] ?? 0 }
                }
                values.append(try PageRank.compute(
                    graph, personalization: personalization, weighted: weighted, threads: request.threads)
                    .map { .real($0) })
            case .core:
                values.append(CoreNumber.compute(graph).map { .integer($0) })
                if graph.selfLoopCount > 0 { notes.append("core numbers ignore the \(graph.selfLoopCount) self-loops") }
            case .clustering:
                values.append(Clustering.local(graph, weighted: weighted, threads: request.threads).map { .real($0) })
            case .articulation:
                values.append(ArticulationPoints.compute(graph).cutOff.map { .integer($0) })
            case .reach2:
                values.append(try GroupReach.twoStepReach(graph, threads: request.threads).map { .real($0) })
            case .constraint, .effectiveSize, .efficiency:
                let holes: StructuralHoles.Measures
                if let computed = structuralHoles {
                    holes = computed
                } else {
                    holes = try StructuralHoles.compute(graph, weighted: weighted, threads: request.threads)
                    structuralHoles = holes
                }
                let column = metric == .constraint
                    ? holes.constraint : metric == .effectiveSize ? holes.effectiveSize : holes.efficiency
                values.append(column.map { $0.isNaN ? .missing : .real($0) })
            }
        }

        var rows: [[ResultTable.Cell]] = []
        rows.reserveCapacity(n)
        for v in 0..<n {
            let node = network[projected.networkPosition(of: GraphNode(v))]
            var row: [ResultTable.Cell] = [.text(node.id), .text(node.label), .text(node.kind.rawValue)]
            for column in values { row.append(column[v]) }
            rows.append(row)
        }
        return MetricReport(
            table: ResultTable(columns: columns, rows: rows), metadata: metadata, notes: notes,
            projected: projected, betweenness: betweennessValues)
    }

    static func pathLengthDescription(_ length: EdgeLength) -> String {
        switch length {
        case .hops: return "hops (weights ignored)"
        case .inverseWeight: return "1/weight (weights are tie strengths)"
        case .weight: return "weight (weights are distances)"
        }
    }
}

extension MetricReport {
    /// The metric column `name` indexed by network position (`network.nodes[p]`), `absent` for nodes outside
    /// the measured graph and for missing values; nil when the table has no such column. The one mapping
    /// from the table's rows (graph nodes) back to network nodes.
    /// - Complexity: O(n).
    public func valuesByNetworkPosition(_ name: String, networkNodeCount: Int, absent: Double = 0) -> [Double]? {
        guard let index = table.columnIndex(name) else { return nil }
        return projected.byNetworkPosition(
            table.rows.map { $0[index].number ?? absent }, networkNodeCount: networkNodeCount, absent: absent)
    }

    /// The names of the metric columns of ``table`` (every column after `id`, `label` and `kind`).
    public var metricColumnNames: [String] {
        table.columns.filter { NodeMetric(column: $0) != nil }
    }
}
