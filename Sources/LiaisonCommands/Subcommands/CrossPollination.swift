import ArgumentParser
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkModel
import OutputEscaping
import ResultRendering

extension LiaisonCommand {
    /// `liaison crosspollination PATH --group G`: how ties, people and practices cross group boundaries.
    public struct CrossPollination: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "crosspollination",
            abstract: "Show how ties, people and practices cross the boundaries between groups.",
            discussion: """
                Sections: network (E-I index with a permutation test, share of cross-group ties), groups (members, \
                ties inside and out, E-I per group), mixing (ties between every pair of groups), overlap \
                (initiatives sharing members and practices: counts, Jaccard, Newman's weight), practices (adopters, \
                first adopter, groups reached), hops (each adoption in a new group and the tie or convening that \
                carried it) and pollinators (who carried practices across groups most often).

                JSON and the terminal table hold every section; CSV holds one, chosen with --section (groups by \
                default). Definitions: docs/METRICS.md.

                Examples:
                  liaison crosspollination datasets/integration-initiative --group city
                  liaison crosspollination datasets/integration-initiative --group city --section hops --format csv
                  liaison crosspollination datasets/integration-initiative --group initiative --format json -o x.json
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions
        @OptionGroup public var groups: GroupOptions
        @OptionGroup public var output: OutputOptions

        @OptionGroup public var tableFormat: TableFormatOptions

        @Option(help: "With csv: the section to write (network, groups, mixing, overlap, practices, hops, pollinators).")
        public var section: CrossPollinationReport.Section?

        @Option(
            name: .customLong("tie-quality"),
            help: "Average this numeric tie attribute (e.g. trust) per group, in the groups section. Repeatable.")
        public var tieQuality: [String] = []

        @Option(help: "Label permutations of the E-I test.")
        public var permutations: Int = 5_000

        @Option(help: "Seed of the E-I permutation test.")
        public var seed: UInt64 = 1

        public init() {}

        static let sections = CrossPollinationReport.Section.allCases.map(\.rawValue)

        public func validate() throws {
            if groups.group == nil { throw ValidationError("crosspollination needs --group (an attribute, initiative or community).") }
            if !(1...EIPermutationTest.maximumPermutations).contains(permutations) {
                throw ValidationError("--permutations must lie between 1 and \(EIPermutationTest.maximumPermutations).")
            }
        }

        public func run() throws {
            try OutputGuard.check(output.output, reads: input.readPaths)
            let loaded = try CommandContext.load(input)
            let directed = CommandContext.analysisIsDirected(input, loaded)
            var options = CrossPollinationOptions()
            options.projection = try analysis.projection(directed: directed, in: loaded.network)
            options.weighted = analysis.weighted
            options.permutations = permutations
            options.seed = seed
            options.threads = analysis.threadCount
            let projected = options.projection.project(loaded.network)
            guard let grouping = try groups.grouping(loaded.network, projected: projected, weighted: analysis.weighted)
            else { throw LiaisonExitCode.usage }
            CommandContext.warnAboutGaps(
                loaded.network, grouping: grouping, analyses: DataSupport.crossPollinationAnalyses)
            let report: CrossPollinationReport
            do {
                report = try CrossPollinationReport.compute(
                    loaded.network, grouping: grouping, options: options, projected: projected)
            } catch {
                CommandContext.printError("error: \(error)")
                throw LiaisonExitCode.dataError
            }
            let openness = PlainSentences.openness(report.eiTest, groupNoun: grouping.name)
            CommandContext.printError("note: " + openness)
            var sections = report.tables(loaded.network)
            for attribute in tieQuality {
                guard let index = sections.firstIndex(where: { $0.name == "groups" }) else { break }
                sections[index].table = try Self.appendingQuality(
                    attribute, to: sections[index].table, network: loaded.network, grouping: grouping)
            }
            if let section { sections = sections.filter { $0.name == section.rawValue } }
            let metadata = report.metadata(options: options, finding: openness)
            let (text, note) = TableRendering.sectioned(
                sections, format: tableFormat.chosen(writingTo: output), section: section?.rawValue,
                defaultSection: CrossPollinationReport.Section.groups.rawValue,
                sectionNames: Self.sections, metadata: metadata, rawCSV: output.rawCSV)
            if let note { CommandContext.printError("note: " + note) }
            try CommandContext.emit(text, to: output)
        }

        /// The groups table with `NAME_mean` and `NAME_ties` per group (a tie with an end in a group counts for it).
        static func appendingQuality(
            _ attribute: String, to table: ResultTable, network: Network, grouping: NodeGrouping
        ) throws -> ResultTable {
            do {
                return try TieQuality.aggregate(network, attribute: attribute)
                    .appendingGroupColumns(to: table, grouping: grouping, named: attribute)
            } catch {
                CommandContext.printError("error: --tie-quality \(attribute): \(error)")
                throw LiaisonExitCode.dataError
            }
        }
    }
}
