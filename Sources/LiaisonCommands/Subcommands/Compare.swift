import ArgumentParser
import Foundation
import LearningCommunity
import NetworkAnalysis
import NetworkIO
import NetworkModel
import OutputEscaping
import ResultRendering

extension LiaisonCommand {
    /// `liaison compare PATH --from A --to B`: what changed between two waves, two dates or two datasets.
    public struct Compare: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Show what changed between two waves, two dates or two datasets.",
            discussion: """
                --from and --to each name a point: a path to another dataset (a folder or edges CSV that \
                exists), a survey wave the ties name (e.g. 2016-17), or an ISO date (2017, 2017-03, \
                2017-03-24: the network as of that date). A value that is both a wave and a date (2018) is \
                read as the wave; write date:2018, wave:2018 or path:FILE to choose. Nodes match by id; ties \
                by their endpoints' ids and kind (orientation only for directed ties).

                A wave is read cumulatively by default: the ties of that wave and every earlier one, less those \
                that had ended by the wave's last tie start. --wave-reading snapshot takes the wave's own ties \
                only (panel surveys that re-ask every tie each wave).

                Sections: indicators (density, components, centralisation, transitivity, clustering, \
                modularity of a seeded Leiden partition, and with --group the E-I index and the share of \
                cross-group ties, each with a verdict; unchanged means equal counts, less than 5% relative \
                change, less than 0.02 on modularity and E-I, less than 0.01 on the cross-group share), nodes \
                and ties added and lost, risers and \
                fallers by degree, betweenness and PageRank (nodes on both sides), new bridges (articulation \
                points), group_links (pairs of groups tied for the first time, with the ties), practices \
                (new adopters and new groups reached). JSON and the table hold every section; CSV one \
                (--section, indicators by default).

                Examples:
                  liaison compare datasets/integration-initiative --from 2016-17 --to 2019 --group city
                  liaison compare datasets/integration-initiative --from 2017-06 --to 2019-06 --format json -o change.json
                  liaison compare wave1/ --from wave1/ --to wave2/ --section ties --format csv
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions
        @OptionGroup public var groups: GroupOptions
        @OptionGroup public var output: OutputOptions

        @Option(help: "The earlier point: a wave, an ISO date or a path to another dataset.")
        public var from: String

        @Option(help: "The later point: a wave, an ISO date or a path to another dataset.")
        public var to: String

        @Option(name: .customLong("wave-reading"), help: "How a wave stands for the network: cumulative or snapshot.")
        public var waveReading: WaveReading = .cumulative

        @Option(help: "Risers and fallers listed per centrality.")
        public var top: Int = 10

        @Option(help: "Seed of the Leiden runs behind modularity.")
        public var seed: UInt64 = 1

        @OptionGroup public var tableFormat: TableFormatOptions

        @Option(help: "With csv: the section to write (indicators, nodes, ties, risers, fallers, bridges, group_links, practices).")
        public var section: NetworkChange.Section?

        public init() {}

        public func validate() throws {
            if top < 0 { throw ValidationError("--top must be 0 or more.") }
            if input.wave != nil || input.asOf != nil {
                throw ValidationError("compare takes its points from --from and --to, not --wave or --as-of.")
            }
            if input.project != nil { throw ValidationError("compare does not take --project.") }
        }

        public func run() throws {
            try OutputGuard.check(output.output, reads: input.readPaths + [from, to])
            let loaded = try CommandContext.load(input)
            let directed = CommandContext.analysisIsDirected(input, loaded)
            let before = try network(at: from, flag: "--from", base: loaded.network)
            let after = try network(at: to, flag: "--to", base: loaded.network)
            let options = try request(loaded, directed: directed)
            let change: NetworkChange
            do throws(AnalysisFailure) {
                change = try NetworkChange.compare(
                    before: before.network, after: after.network, options: options,
                    messages: { CommandContext.printError($0.description) })
            } catch {
                throw CommandContext.failure(error)
            }
            var sections = change.tables(before: before.network, after: after.network)
            if let section { sections = sections.filter { $0.name == section.rawValue } }
            let metadata: ResultMetadata = [
                ("from", .text(from)), ("from_reading", .text(before.reading)),
                ("to", .text(to)), ("to_reading", .text(after.reading)),
                ("group", change.groupingName.map { .text($0) } ?? .none),
                ("directed", .flag(directed)), ("weighted", .flag(analysis.weighted)),
                ("top", .integer(top)), ("seed", .unsigned(seed)),
            ]
            let chosen = tableFormat.chosen(writingTo: output)
            let heading = "\(input.displayName): \(before.reading) → \(after.reading)\n\n"
            let verdicts = change.indicators.map { "- " + $0.verdict }.joined(separator: "\n")
            let (text, note) = TableRendering.sectioned(
                sections, format: chosen, section: section?.rawValue, defaultSection: NetworkChange.Section.indicators.rawValue,
                sectionNames: NetworkChange.sectionNames, metadata: metadata, preface: heading + verdicts + "\n\n",
                rawCSV: output.rawCSV)
            if let note { CommandContext.printError("note: " + note) }
            try CommandContext.emit(text, to: output)
        }

        /// The ``ChangeOptions`` these options describe for `loaded`: the analysed graph, risers and fallers
        /// listed, seed, threads and grouping.
        func request(_ loaded: ImportResult, directed: Bool) throws -> ChangeOptions {
            var options = ChangeOptions()
            options.projection = try analysis.projection(directed: directed, in: loaded.network)
            options.top = top
            options.seed = seed
            options.threads = analysis.threadCount
            options.grouping = groups.group
            return options
        }

        /// The network a `--from`/`--to` value names, with how it was read (for headings and metadata), as
        /// ``ComparisonPoint/resolve(_:in:reading:pathExists:loadingDataset:)`` reads it; another dataset is
        /// loaded with this command's input options. A value that names no point is a usage error.
        func network(at value: String, flag: String, base: Network) throws -> (network: Network, reading: String) {
            do {
                let point = try ComparisonPoint.resolve(
                    value, in: base, reading: waveReading, pathExists: { FileManager.default.fileExists(atPath: $0) },
                    loadingDataset: { path in
                        var other = input
                        other.path = path
                        (other.nodes, other.edges, other.affiliation) = (nil, nil, nil)
                        return try CommandContext.load(other).network
                    })
                return (point.network, point.reading)
            } catch let error as ComparisonPointError {
                CommandContext.printError("error: \(flag) \(error.description)")
                throw LiaisonExitCode.usage
            }
        }
    }
}

extension WaveReading: ExpressibleByArgument {}
