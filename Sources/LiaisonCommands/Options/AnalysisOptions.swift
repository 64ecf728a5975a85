import ArgumentParser
import GraphAlgorithms
import GraphCore
import NetworkAnalysis
import NetworkModel

/// How the network becomes the graph that metrics are computed on.
public struct AnalysisOptions: ParsableArguments {
    @Flag(help: "Use tie weights. For path-based metrics a weight is a tie strength: its length is 1/weight (see --weight-is).")
    public var weighted = false

    @Option(
        name: .customLong("weight-is"),
        help: "With --weighted, what a weight means on paths: strength (length 1/weight) or distance (length = weight).")
    public var weightIs: WeightMeaning = .strength

    @Option(
        name: .customLong("parallel-ties"),
        help: "How parallel ties between the same two nodes combine: sum, max, min, count or first.")
    public var parallelTies: ParallelEdgePolicy = .sum

    @Option(name: .customLong("node-kinds"), help: "Analyse only nodes of these kinds (comma-separated), e.g. person,organization.")
    public var nodeKinds: String?

    @Option(name: .customLong("tie-kinds"), help: "Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises.")
    public var tieKinds: String?

    @Option(help: "Worker threads for the parallel metrics (default: all cores).")
    public var threads: Int?

    public init() {}

    public func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be 1 or more.") }
    }

    /// What a weight means on a shortest path.
    public enum WeightMeaning: String, ExpressibleByArgument, CaseIterable, Sendable {
        case strength
        case distance
    }

    /// The projection these options describe, honouring direction when `directed`.
    func projection(directed: Bool) -> GraphProjection {
        GraphProjection(
            nodeKinds: nodeKinds.map { Set($0.split(separator: ",").map { NodeKind(rawValue: String($0)) }) },
            tieKinds: tieKinds.map { Set($0.split(separator: ",").map { TieKind(rawValue: String($0)) }) },
            directed: directed,
            weighted: weighted,
            parallelTies: parallelTies)
    }

    var edgeLength: EdgeLength {
        guard weighted else { return .hops }
        return weightIs == .strength ? .inverseWeight : .weight
    }

    var threadCount: Int { threads ?? Parallelism.defaultThreadCount }
}

extension ParallelEdgePolicy: ExpressibleByArgument {}
