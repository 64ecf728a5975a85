import ArgumentParser
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkModel
import OutputEscaping
import ResultRendering

extension LiaisonCommand {
    /// `liaison metrics PATH`: one row per node with its centralities, or the network-level table.
    public struct Metrics: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Compute centrality and structure metrics, per node or for the whole network.",
            discussion: """
                Columns: id,label,kind,degree,in_degree,out_degree,strength,betweenness,closeness,harmonic,\
                eigenvector,pagerank,core,clustering,articulation,reach_2,constraint,effective_size,efficiency; with \
                --group G also group,participation,within_group_z,ga_role,group_entropy,blau,ei_index,\
                groups_reached_1,groups_reached_2,coordinator,itinerant,gatekeeper,representative,liaison. Every metric is defined as networkx defines it \
                (docs/METRICS.md): betweenness normalised by (n-1)(n-2); closeness with the Wasserman-Faust \
                correction and, on directed graphs, incoming distances; harmonic unnormalised; PageRank with \
                alpha 0.85; articulation is the number of nodes a node's removal cuts off from its component; reach_2 the share of \
                the other nodes within two steps; constraint, effective_size and efficiency are Burt's.

                Weights: without --weighted every tie counts 1 (parallel ties still merge). With --weighted, \
                a weight is a tie strength, so its path length is 1/weight; --weight-is distance makes the weight \
                the length itself. The JSON output's metadata says which was used.

                Betweenness is exact unless the network is large (nodes x stored arcs above 4e9, about a \
                20,000-node, 100,000-tie network), where it is \
                estimated by sampling with a stated guarantee; --exact or --epsilon override. Closeness and \
                harmonic are exact up to 50,000 nodes and estimated from sampled sources above (hop distances \
                only), with the guarantee in a note; --exact overrides.

                Examples:
                  liaison metrics datasets/karate --sort betweenness --top 5
                  liaison metrics datasets/integration-initiative --kind person --format csv -o people.csv
                  liaison metrics datasets/karate --network
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions
        @OptionGroup public var groups: GroupOptions
        @OptionGroup public var output: OutputOptions
        @OptionGroup public var tableFormat: TableFormatOptions

        @Option(help: "Compute only these metrics (comma-separated column names).")
        public var metrics: MetricSelection?

        @Option(help: "Sort rows by this column, largest first.")
        public var sort: String?

        @Option(help: "Keep only the first N rows (after sorting).")
        public var top: Int?

        @Option(help: "Show only nodes of these kinds (comma-separated); metrics are still computed on the whole network.")
        public var kind: String?

        @Flag(help: "Print the network-level table (density, components, diameter, clustering, centralisation, assortativity).")
        public var network = false

        @Option(help: "With --network, also the assortativity of this node attribute (e.g. city).")
        public var attribute: String?

        @OptionGroup public var betweenness: BetweennessOptions

        @Option(
            name: .customLong("tie-quality"),
            help: "Average this numeric tie attribute (e.g. trust scored 1-4 in a partner survey) per node: columns NAME_mean and NAME_ties. Repeatable.")
        public var tieQuality: [String] = []

        @Option(help: "Personalised PageRank: restart only at these node ids (comma-separated).")
        public var personalize: String?

        public init() {}

        public func validate() throws {
            if let top, top < 1 { throw ValidationError("--top must be 1 or more.") }
            if attribute != nil && !network { throw ValidationError("--attribute goes with --network.") }
        }

        public func run() throws {
            try OutputGuard.check(output.output, reads: input.readPaths)
            let loaded = try CommandContext.load(input)
            let progress = ProgressReporter()
            var request = betweenness.applied(to: try analysis.metricRequest(input, loaded))
            do throws(MetricRequestError) {
                try request.settle(
                    for: loaded.network, selected: metrics?.set, networkLevel: network,
                    personalizing: personalize.map { $0.split(separator: ",").map(String.init) },
                    messages: { CommandContext.printError($0.description) })
            } catch {
                CommandContext.printError("error: \(error.description)")
                throw LiaisonExitCode.usage
            }
            request.progress = { task, fraction in progress.report(task, fraction) }

            let report: MetricReport
            let table: ResultTable
            if network {
                do throws(AlgorithmError) {
                    report = try MetricSuite.run(network: loaded.network, request: request)
                    table = try NetworkStatistics.compute(
                        network: loaded.network, projected: report.projected, betweenness: report.betweenness,
                        attribute: attribute, edgeLength: request.edgeLength, threads: request.threads)
                } catch {
                    progress.finish()
                    throw CommandContext.metricFailure(error, epsilon: betweenness.epsilon)
                }
                progress.finish()
            } else {
                do throws(AnalysisFailure) {
                    report = try MetricSuite.run(
                        network: loaded.network, request: request, grouping: groups.group, tieQuality: tieQuality,
                        messages: { CommandContext.printError($0.description) })
                } catch {
                    progress.finish()
                    if case let .algorithm(failure) = error {
                        throw CommandContext.metricFailure(failure, epsilon: betweenness.epsilon)
                    }
                    throw CommandContext.failure(error)
                }
                progress.finish()
                table = try shaped(report.table)
            }
            for note in report.notes { CommandContext.printError("note: \(note)") }
            let text: String
            switch tableFormat.chosen(writingTo: output) {
            case .json:
                var metadata = report.metadata
                metadata.append("notes", .texts(report.notes))
                text = TableRendering.json(table, rowsKey: network ? "network" : "nodes", metadata: metadata)
            case .csv:
                text = TableRendering.csv(table, raw: output.rawCSV)
            case .table:
                text = TableRendering.text(table)
            }
            try CommandContext.emit(text, to: output)
        }

        /// Applies --kind, --sort and --top.
        func shaped(_ table: ResultTable) throws -> ResultTable {
            var result = table
            if let kind, let kindColumn = result.columnIndex("kind") {
                let kinds = Set(kind.split(separator: ",").map { NodeKind(rawValue: String($0)).rawValue })
                result = result.filter { row in
                    if case let .text(value) = row[kindColumn] { return kinds.contains(value) }
                    return false
                }
            }
            if let sort {
                guard let column = result.columnIndex(sort) else {
                    CommandContext.printError("error: --sort \(sort): no such column; columns are \(result.columns.joined(separator: ", "))")
                    throw LiaisonExitCode.usage
                }
                result = result.sorted(by: column)
            }
            if let top { result = result.prefix(top) }
            return result
        }
    }
}
