import ArgumentParser
import Deidentification
import Foundation
import GraphAlgorithms
import GraphvizRendering
import LearningCommunity
import NetworkAnalysis
import NetworkIO
import NetworkMaps
import NetworkModel
import NetworkReport

extension LiaisonCommand {
    /// `liaison report PATH -o report.html`: one self-contained HTML file with every analysis.
    public struct Report: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Write one self-contained HTML report: overview, map, key actors, roles, cross-pollination, change, methods.",
            discussion: """
                The file holds its map (SVG), stylesheet, script and data inline and names no outside address, \
                so it opens offline and can be mailed. The map zooms with the mouse wheel and pans by dragging; \
                the search box (or a #search=NAME address fragment) highlights a node and its neighbours; \
                clicking a node shows its metrics and roles; clicking a table heading sorts by it. Without \
                --group, initiatives group the network when it has any. The same input and options give the \
                same bytes.

                Examples:
                  liaison report datasets/integration-initiative -o report.html --group city
                  liaison report datasets/integration-initiative -o safe.html --anonymize all --min-cell 5
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions
        @OptionGroup public var groups: GroupOptions

        @Option(name: .shortAndLong, help: "The HTML file to write.")
        public var output: String

        @Option(help: "The report's title (default: from the input's name).")
        public var title: String?

        @Option(help: "Seed of every randomised step (E-I permutations, key players, map layout).")
        public var seed: UInt64 = 1

        @Option(name: .customLong("min-cell"), help: "Show counts below N in the group tables as <N (small-cell suppression).")
        public var minCell: Int?

        @Option(help: "Label permutations of the E-I test.")
        public var permutations: Int = 1_000

        @Option(
            name: .customLong("max-nodes"),
            help: "Draw at most N nodes on the report's map, the largest by betweenness (default \(MapOptions.reportNodeCount)).")
        public var maxNodes: Int = MapOptions.reportNodeCount

        public init() {}

        public func validate() throws {
            if let minCell, minCell < 1 { throw ValidationError("--min-cell must be 1 or more.") }
            if maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more.") }
            if !(1...EIPermutationTest.maximumPermutations).contains(permutations) {
                throw ValidationError("--permutations must lie between 1 and \(EIPermutationTest.maximumPermutations).")
            }
        }

        public func run() throws {
            try OutputGuard.check(output, reads: input.readPaths)
            let loaded = try CommandContext.load(input)
            let request = try self.request(loaded)
            let report: NetworkReport.Report
            do {
                report = try NetworkReport.Report.build(
                    network: loaded.network, request: request, renderer: CommandMapRenderer(),
                    messages: { CommandContext.printError($0.description) })
            } catch let error as ReportError {
                if case let .grouping(failure) = error { throw CommandContext.failure(.grouping(failure)) }
                CommandContext.printError("error: \(error.description)")
                throw LiaisonExitCode.dataError
            }
            try CommandContext.emit(Data(report.html.utf8), to: output)
            CommandContext.printError(
                "wrote \(output) (\(loaded.network.nodeCount) nodes, \(loaded.network.tieCount) ties)")
        }

        /// The report these options ask for (the one place the command builds it): the projection, honouring
        /// direction as ``DirectionPolicy`` decides, the grouping, seeds, limits, and the input's selection and
        /// de-identification for the methods section.
        func request(_ loaded: ImportResult) throws -> ReportRequest {
            var request = ReportRequest(inputName: input.displayName)
            request.title = title
            request.projection = try analysis.projection(
                directed: CommandContext.analysisIsDirected(input, loaded), in: loaded.network)
            request.grouping = groups.group
            request.seed = seed
            request.permutations = permutations
            request.threads = analysis.threadCount
            request.minimumCellCount = minCell
            request.mapNodeLimit = maxNodes
            request.wave = input.wave
            request.asOf = input.asOf
            request.pseudonyms = input.deidentification.anonymize.map { $0 == .all ? .peopleAndOrganizations : .people }
            return request
        }
    }
}

/// Draws the report's maps through Graphviz in a child process (``IsolatedRendering``); every failure is
/// printed and thrown as its exit code.
struct CommandMapRenderer: ReportMapRenderer {
    func svg(of map: NetworkMap) throws -> String {
        String(decoding: try CommandContext.render(map, format: .svg), as: UTF8.self)
    }

    func svgs(ofWaves waves: [WaveLayout.Wave], engine: MapEngine) throws -> [String] {
        do {
            return try WaveMapRendering.svgs(waves, engine: engine == .sfdp ? .sfdp : .neato)
        } catch let code as ExitCode {
            throw code  // a rendering failure, already printed
        } catch {
            CommandContext.printError("error: \(error)")
            throw LiaisonExitCode.dataError
        }
    }
}
