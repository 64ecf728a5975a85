import ArgumentParser
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkIO
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

        /// The analysis these options ask for (the one place the command builds it): the projection honouring
        /// direction as ``DirectionPolicy`` decides, weights, the permutation test, the grouping and
        /// `--tie-quality`. Nil without `--group` (refused by `validate()`).
        func request(_ loaded: ImportResult) throws -> CrossPollinationRequest? {
            guard let group = groups.group else { return nil }
            var request = CrossPollinationRequest(grouping: group)
            request.options.projection = try analysis.projection(
                directed: CommandContext.analysisIsDirected(input, loaded), in: loaded.network)
            request.options.weighted = analysis.weighted
            request.options.permutations = permutations
            request.options.seed = seed
            request.options.threads = analysis.threadCount
            request.tieQuality = tieQuality
            return request
        }

        public func run() throws {
            try OutputGuard.check(output.output, reads: input.readPaths)
            let loaded = try CommandContext.load(input)
            guard let request = try self.request(loaded) else { throw LiaisonExitCode.usage }
            let findings: CrossPollinationFindings
            do throws(AnalysisFailure) {
                findings = try CrossPollinationReport.run(
                    network: loaded.network, request: request, messages: { CommandContext.printError($0.description) })
            } catch {
                throw CommandContext.failure(error)
            }
            var sections = findings.sections
            if let section { sections = sections.filter { $0.name == section.rawValue } }
            let metadata = findings.metadata
            let (text, note) = TableRendering.sectioned(
                sections, format: tableFormat.chosen(writingTo: output), section: section?.rawValue,
                defaultSection: CrossPollinationReport.Section.groups.rawValue,
                sectionNames: Self.sections, metadata: metadata, rawCSV: output.rawCSV)
            if let note { CommandContext.printError("note: " + note) }
            try CommandContext.emit(text, to: output)
        }
    }
}
