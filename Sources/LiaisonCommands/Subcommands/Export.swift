import ArgumentParser
import Foundation
import GraphAlgorithms
import NetworkAnalysis
import NetworkExport
import NetworkIO
import NetworkModel

extension LiaisonCommand {
    /// `liaison export PATH --to FORMAT -o FILE`: the network with every attribute and metric, for other tools.
    public struct Export: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Write the network with every attribute and per-node metric for Gephi, networkx, Kumu or Graphviz.",
            discussion: """
                Formats: graphml (GraphML 1.0), gexf (GEXF 1.3), json (networkx node-link), csv (Liaison's \
                nodes.csv + edges.csv), kumu (Kumu's elements.csv + connections.csv), xlsx (a Kumu workbook: \
                sheets Elements and Connections), dot (Graphviz). The format comes from --to, or from the \
                extension of -o (.graphml, .gexf, .json, .dot, .gv, .xlsx).

                Every node attribute and every metric of `liaison metrics` (computed with the same options: \
                --weighted, --directed, --wave, --node-kinds ...) is a typed node attribute; every tie's kind, \
                direction, weight, start, end, wave and attributes are edge attributes. csv and kumu write two \
                files into the folder -o names (created if missing). docs/EXPORT.md describes every column.

                Examples:
                  liaison export datasets/integration-initiative -o initiative.gexf
                  liaison export datasets/karate --to json -o karate.json
                  liaison export datasets/integration-initiative --to kumu -o kumu-import
                  liaison export datasets/integration-initiative -o initiative.xlsx
                  liaison export datasets/florentine --weighted -o florentine.graphml
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions
        @OptionGroup public var output: OutputOptions

        @Option(name: .customLong("to"), help: "graphml, gexf, json, csv, kumu, xlsx or dot (default: from the extension of -o).")
        public var format: ExportFormat?

        @Option(help: "Export only these metrics (comma-separated column names of liaison metrics); default: all.")
        public var metrics: MetricSelection?

        @OptionGroup public var betweenness: BetweennessOptions

        public init() {}

        /// The format asked for, from --to or the output file's extension.
        var chosenFormat: ExportFormat? {
            if let format { return format }
            return output.output.flatMap { ExportFormat(fileName: $0) }
        }

        public func validate() throws {
            let names = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            guard let chosen = chosenFormat else {
                throw ValidationError("Say which format to write with --to (\(names)), or name the output file with a .graphml, .gexf, .json, .dot, .gv or .xlsx extension.")
            }
            if chosen.isFolder && (output.output == nil || output.output == "-") {
                throw ValidationError("--to \(chosen.rawValue) writes two files: name their folder with -o.")
            }
            if chosen.isBinary && (output.output == nil || output.output == "-") {
                throw ValidationError("--to \(chosen.rawValue) writes a workbook: name the file with -o, e.g. -o network.xlsx.")
            }
        }

        /// The export these options ask for (the one place the command builds it): the metric request of
        /// ``AnalysisOptions/metricRequest(_:_:)`` with the betweenness options and `--metrics`.
        func request(_ format: ExportFormat, _ loaded: ImportResult) throws -> ExportRequest {
            var metricRequest = betweenness.applied(to: try analysis.metricRequest(input, loaded))
            if let metrics { metricRequest.metrics = metrics.set }
            var request = ExportRequest(format: format, metrics: metricRequest)
            request.rawCSV = output.rawCSV
            return request
        }

        public func run() throws {
            guard let format = chosenFormat else { throw LiaisonExitCode.usage }
            try OutputGuard.check(output.output, reads: input.readPaths, writesFolder: format.isFolder)
            if let path = output.output, let named = ExportFormat(fileName: path), named != format {
                CommandContext.printError("note: writing \(format.rawValue) into \(path), whose extension says \(named.rawValue)")
            }
            let loaded = try CommandContext.load(input)
            let request = try self.request(format, loaded)
            let files: [ExportFile]
            do throws(ExportError) {
                files = try NetworkExport.Export.write(
                    network: loaded.network, request: request,
                    notes: { CommandContext.printError("note: \($0)") })
            } catch {
                switch error {
                case let .metrics(failure):
                    throw CommandContext.metricFailure(failure, epsilon: betweenness.epsilon)
                case let .assembly(failure):
                    CommandContext.printError("error: \(failure.description)")
                    throw LiaisonExitCode.cannotWrite
                }
            }
            if format.isFolder {
                let folder = output.output ?? "."
                do {
                    // Both files appear together or not at all (a temporary folder renamed into place).
                    try AtomicFolderWriter.write(files.map { ($0.name, Data($0.text.utf8)) }, toFolder: folder)
                } catch {
                    CommandContext.printError("error: \(error.description) (fix: choose a writable folder with -o)")
                    throw LiaisonExitCode.cannotWrite
                }
            } else if format.isBinary {
                try CommandContext.emit(files.map(\.data).reduce(Data(), +), to: output.output)
            } else {
                try CommandContext.emit(files.map(\.text).joined(), to: output)
            }
        }
    }
}
