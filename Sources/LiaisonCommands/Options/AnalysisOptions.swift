import ArgumentParser
import GraphAlgorithms
import GraphCore
import NetworkAnalysis
import NetworkIO
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

    @Option(name: .customLong("tie-kinds"), help: "Analyse only ties of these kinds (comma-separated), e.g. collaborates_with,advises; 'all' for every kind.")
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

    /// The projection these options describe for `network`, honouring direction when `directed`.
    /// - Throws: exit 64, after naming the kinds present, when `--node-kinds` or `--tie-kinds` names a kind
    ///   that no node or tie of `network` has (a typo would otherwise analyse an empty graph).
    func projection(directed: Bool, in network: Network) throws -> GraphProjection {
        let nodeKindSet = nodeKinds.map { Set($0.split(separator: ",").map { NodeKind(rawValue: String($0)) }) }
        let tieKindSet = tieKinds.flatMap { $0 == "all" ? nil : Set($0.split(separator: ",").map { TieKind(rawValue: String($0)) }) }
        if let nodeKindSet {
            let present = Set(network.nodes.map(\.kind))
            try Self.refuseAbsent(
                nodeKindSet.map(\.rawValue), present: present.map(\.rawValue), option: "--node-kinds", noun: "node")
        }
        if let tieKindSet {
            let present = Set(network.ties.map(\.kind))
            try Self.refuseAbsent(
                tieKindSet.map(\.rawValue), present: present.map(\.rawValue), option: "--tie-kinds", noun: "tie")
        }
        return GraphProjection(
            nodeKinds: nodeKindSet, tieKinds: tieKindSet, directed: directed, weighted: weighted,
            parallelTies: parallelTies)
    }

    /// Prints an error naming the kinds present and exits 64 when one of `asked` is not among them.
    private static func refuseAbsent(_ asked: [String], present: [String], option: String, noun: String) throws {
        let presentSet = Set(present)
        let absent = asked.filter { !presentSet.contains($0) }.sorted()
        guard !absent.isEmpty else { return }
        let names = absent.map { "'\($0)'" }.joined(separator: ", ")
        let kinds = present.isEmpty ? "none" : present.sorted().joined(separator: ", ")
        CommandContext.printError(
            "error: \(option) names \(names), which no \(noun) has (fix: use kinds present in the data: \(kinds))")
        throw LiaisonExitCode.usage
    }

    /// The metric request these options describe for `loaded` (the one place a command builds one):
    /// the projection, honouring direction as ``DirectionPolicy`` decides, path lengths and threads.
    func metricRequest(_ input: InputOptions, _ loaded: ImportResult) throws -> MetricRequest {
        var request = MetricRequest()
        request.projection = try projection(directed: CommandContext.analysisIsDirected(input, loaded), in: loaded.network)
        request.edgeLength = edgeLength
        request.threads = threadCount
        return request
    }

    var edgeLength: EdgeLength {
        guard weighted else { return .hops }
        return weightIs == .strength ? .inverseWeight : .weight
    }

    var threadCount: Int { threads ?? Parallelism.defaultThreadCount }
}

extension ParallelEdgePolicy: ExpressibleByArgument {}
