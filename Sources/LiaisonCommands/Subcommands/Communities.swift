import ArgumentParser
import LearningCommunity
import GraphAlgorithms
import NetworkAnalysis
import NetworkIO
import NetworkModel
import OutputEscaping
import ResultRendering

extension CommunityDetection.Method: ExpressibleByArgument {}
extension CommunityDetection.Objective: ExpressibleByArgument {}

extension LiaisonCommand {
    /// `liaison communities PATH`: the community of every node, found by Leiden or Louvain.
    public struct Communities: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Find communities (groups more tied inside than out) with Leiden or Louvain.",
            discussion: """
                Columns: id,label,kind,community,community_size. Communities are numbered from 0 in the order \
                of their first node in the nodes file. Leiden (the default; Traag, Waltman & van Eck 2019) \
                guarantees that every community is connected; Louvain (Blondel et al. 2008) is the classic \
                method. Both maximise modularity with a resolution (larger: smaller communities), or with \
                --objective cpm the Constant Potts Model, whose resolution is the tie density a community \
                must exceed. The result depends on --seed; the same seed gives the same communities.

                Directed ties are grouped as undirected (both directions summed); the modularity reported is \
                networkx's, directed when the analysis is. Isolated nodes are communities of their own. The \
                JSON output's metadata carries the modularity, the optimised quality, the number of \
                communities, the method, objective, resolution and seed; table and CSV print them as notes.

                Examples:
                  liaison communities datasets/karate
                  liaison communities datasets/karate --weighted --resolution 1.5 --format csv -o groups.csv
                  liaison communities datasets/integration-initiative --method louvain --seed 7 --format json
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions
        @OptionGroup public var output: OutputOptions

        @OptionGroup public var tableFormat: TableFormatOptions

        @Option(help: "leiden or louvain.")
        public var method: CommunityDetection.Method = .leiden

        @Option(help: "modularity or cpm (Constant Potts Model).")
        public var objective: CommunityDetection.Objective = .modularity

        @Option(help: "Resolution, 0 or more: larger values give smaller communities.")
        public var resolution: Double = 1

        @Option(help: "Seed of the random node orders.")
        public var seed: UInt64 = 1

        @Option(help: "Leiden: rounds to run (-1: until a round changes nothing). Louvain: the most levels (-1: no cap).")
        public var iterations: Int = -1

        public init() {}

        /// The most rounds (Leiden) or levels (Louvain) `--iterations` may ask for: a fixed count runs every
        /// round even after the partition settles, so an unbounded count would never finish.
        static let maximumIterations = 1_000

        public func validate() throws {
            if !(resolution.isFinite && resolution >= 0) { throw ValidationError("--resolution must be a number, 0 or more.") }
            if iterations != -1 && !(1...Self.maximumIterations).contains(iterations) {
                throw ValidationError("--iterations must be -1 (until stable) or between 1 and \(Self.maximumIterations).")
            }
        }

        public func run() throws {
            try OutputGuard.check(output.output, reads: input.readPaths)
            let loaded = try CommandContext.load(input)
            let request = try request(loaded)
            let findings: CommunityFindings
            do throws(AlgorithmError) {
                findings = try CommunityAnalysis.run(
                    network: loaded.network, request: request, messages: { CommandContext.printError($0.description) })
            } catch {
                CommandContext.printError("error: community detection: \(error.description)")
                throw LiaisonExitCode.dataError
            }
            let (table, metadata, finding) = (findings.table, findings.metadata, findings.finding)
            let chosen = tableFormat.chosen(writingTo: output)
            let text: String
            switch chosen {
            case .json:
                text = TableRendering.json(
                    table, rowsKey: "nodes", metadata: metadata + [("finding", .text(finding))])
            case .csv, .table:
                // The same figures as the JSON metadata, as plain text.
                let summary = metadata.entries.map { "\($0.key) \($0.value.plainText)" }.joined(separator: ", ")
                CommandContext.printError("note: \(summary)")
                text = chosen == .csv ? TableRendering.csv(table, raw: output.rawCSV) : TableRendering.text(table)
            }
            try CommandContext.emit(text, to: output)
        }

        /// The ``CommunityRequest`` these options describe for `loaded`: the analysed graph (direction as
        /// ``DirectionPolicy`` decides) and the detection's options.
        func request(_ loaded: ImportResult) throws -> CommunityRequest {
            var request = CommunityRequest()
            request.projection = try analysis.projection(
                directed: CommandContext.analysisIsDirected(input, loaded), in: loaded.network)
            request.detection = CommunityDetection.Options(
                method: method, objective: objective, resolution: resolution, seed: seed,
                weighted: analysis.weighted, iterations: iterations)
            return request
        }
    }
}
