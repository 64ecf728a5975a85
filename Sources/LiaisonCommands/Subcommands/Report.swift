import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphvizRendering
import LearningCommunity
import NetworkAnalysis
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
            let network = loaded.network
            let directed = CommandContext.analysisIsDirected(input, loaded)
            var options = ReportOptions()
            options.title = title ?? "Network report: " + URL(fileURLWithPath: input.displayName).lastPathComponent
            options.projection = try analysis.projection(directed: directed, in: loaded.network)
            options.seed = seed
            options.permutations = permutations
            options.threads = analysis.threadCount
            options.minimumCellCount = minCell
            options.mapNodeLimit = maxNodes
            let projected = options.projection.project(network)
            options.grouping = try grouping(network, projected: projected)
            let gaps = CommandContext.warnAboutGaps(
                network, grouping: options.grouping, analyses: Set(DataSupport.Analysis.allCases))
            options.methodNotes = methodNotes(network)
                + gaps.map { "Not testable on these data: \($0.analysis.rawValue), because \($0.reason) (\($0.fix))." }
            let result: ReportAnalysis
            do throws(ReportError) {
                result = try ReportAnalysis.compute(network, options: options)
            } catch {
                CommandContext.printError("error: \(error.description)")
                throw LiaisonExitCode.dataError
            }
            let svg = try mapSVG(result)
            let waveMaps = try waveMapsSVG(result)
            try CommandContext.emit(Data(HTMLReport.render(result, mapSVG: svg, waveMapsSVG: waveMaps).utf8), to: output)
            CommandContext.printError("wrote \(output) (\(network.nodeCount) nodes, \(network.tieCount) ties)")
        }

        /// The grouping --group names; without it, initiatives when the network has any.
        func grouping(_ network: Network, projected: ProjectedGraph) throws -> NodeGrouping? {
            if let chosen = try groups.grouping(network, projected: projected, weighted: analysis.weighted) {
                return chosen
            }
            guard let spec = GroupingSpec.initiativesIfPresent(in: network) else { return nil }
            CommandContext.printError("note: grouped by initiative (choose another grouping with --group)")
            return try GroupOptions.resolve(spec, network, projected: projected, weighted: analysis.weighted)
        }

        /// The map as SVG: shapes by kind, colours by group, sizes by betweenness, role holders labelled,
        /// affiliations faint, drawn by Graphviz in process; only the nodes ``ReportScale/mapNodes`` names when
        /// the network has more than `--max-nodes` (the report says so above the map).
        func mapSVG(_ result: ReportAnalysis) throws -> String {
            let network = result.network
            var options = MapOptions(title: nil, seed: Int(truncatingIfNeeded: seed))
            let betweenness = result.column("betweenness") ?? []
            options.size = MapMetric(name: "betweenness", values: betweenness)
            options.tooltipMetrics = ["degree", "betweenness", "core"].compactMap { name in
                result.column(name).map { MapMetric(name: name, values: $0) }
            }
            options.identifiesTies = true
            if let grouping = result.options.grouping {
                let values = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "(none)" }
                options.coloring = .categories(name: grouping.name, values: values)
            }
            options.forcedLabels = Set(
                result.roles.assignments.filter { MapPreset.labelledRoles.contains($0.role) }.map(\.node)
            ).sorted()
            options.faintTieKinds = TieEmphasis.faintKinds(present: Set(network.ties.map(\.kind)))
            options.nodePositions = result.scale.mapNodes
            if let drawn = result.scale.mapNodes {
                CommandContext.printError("note: the map draws the \(drawn.count) largest of \(network.nodeCount) nodes by betweenness")
            }
            let map = NetworkMap(network: network, options: options)
            return String(decoding: try CommandContext.render(map, format: .svg), as: UTF8.self)
        }

        /// The waves side by side on one layout (as `liaison map-waves` draws them, with the nodes
        /// ``ReportScale/waveMapNodes`` names), or nil without waves.
        func waveMapsSVG(_ result: ReportAnalysis) throws -> String? {
            guard let changes = result.waveChanges else { return nil }
            do {
                let waves = try changes.waves.map { label in
                    WaveLayout.Wave(label: label, network: try result.drawnWave(label))
                }
                let engine: LayoutEngine = (result.scale.waveMapNodes?.count ?? result.network.nodeCount) > 300 ? .sfdp : .neato
                return WaveLayout.sheet(try WaveMapRendering.svgs(waves, engine: engine))
            } catch let code as ExitCode {
                throw code  // a rendering failure, already printed
            } catch {
                CommandContext.printError("error: \(error)")
                throw LiaisonExitCode.dataError
            }
        }

        /// Lines for the methods section: the input's selection and de-identification.
        func methodNotes(_ network: Network) -> [String] {
            var notes: [String] = []
            if let wave = input.wave { notes.append("Only the ties of wave \(wave) were analysed.") }
            if let asOf = input.asOf { notes.append("The network as it stood on \(asOf).") }
            if let scope = input.deidentification.anonymize {
                notes.append(
                    "De-identified: the ids and labels of "
                        + (scope == .all ? "people and organizations" : "people")
                        + " are keyed pseudonyms (HMAC-SHA256); attribute values naming them are replaced, "
                        + "free text mentioning them is withheld.")
            }
            notes.append("Map: shapes by kind, sizes by betweenness, Graphviz layout seeded with \(seed).")
            return notes
        }
    }
}
