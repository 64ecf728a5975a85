import ArgumentParser
import Foundation
import GraphvizRendering
import LearningCommunity
import MapPlanning
import NetworkAnalysis
import NetworkIO
import NetworkMaps

extension LiaisonCommand {
    /// `liaison map PATH -o FILE`: a styled network map rendered in process by Graphviz.
    public struct Map: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Draw a network map (svg, png, pdf or dot) with shapes by kind, sizes by a metric and a legend.",
            discussion: """
                Nodes are shaped by kind; with --group they are coloured and boxed by group, otherwise coloured \
                by Leiden community (--color-by chooses another colouring). Sizes follow a metric (betweenness \
                by default). Every catalyst, sponsor, organizer, learning liaison and bridge is labelled, with \
                the largest nodes. Relationships (collaborating, funding, advising, ...) are drawn in full and \
                affiliations (member_of, participates_in, attended, adopts) faint; --tie-kinds all draws every \
                kind in full. The title and a legend are drawn below the map. Above \(MapOptions.aggregateNodeCount) \
                nodes the map shows groups (or communities) as nodes, and a second file draws the largest one. \
                The same input and options give the same bytes.

                Presets, one map per question: overview, funders, liaisons, ego (--focus ID, two steps), groups.

                Examples:
                  liaison map datasets/integration-initiative -o map.svg --group city
                  liaison map datasets/integration-initiative -o funders.svg --preset funders
                  liaison map datasets/karate -o ego.pdf --preset ego --focus 0 --size-by degree
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions

        @Option(name: .shortAndLong, help: "The map file to write; its extension sets the format unless --format is given.")
        public var output: String

        @Option(help: "svg, png, pdf or dot (default: from the output file's extension).")
        public var format: RenderFormat?

        @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo or twopi (default: by size).")
        public var engine: LayoutEngine?

        @Option(name: .customLong("size-by"), help: "Size nodes by this metric (a metrics column, e.g. betweenness, degree, pagerank).")
        public var sizeBy: NodeMetric = .betweenness

        @OptionGroup public var groups: GroupOptions

        @Option(help: "A map per question: overview, funders, liaisons, ego (with --focus) or groups.")
        public var preset: MapPreset?

        @Option(
            name: .customLong("color-by"),
            help: "Colour nodes by kind, by a node attribute (e.g. city), by 'community' (Leiden, seeded by --seed) or by 'initiative' (default: the --group, else community).")
        public var colorBy: ColorChoice?

        @Option(help: "Label the N most important nodes by the size metric (default: all on small maps, 25 otherwise); role holders are labelled too.")
        public var labels: Int?

        @Option(name: .customLong("label"), help: ArgumentHelp("Always label these node ids.", valueName: "ID,..."))
        public var labelIDs: String?

        @Option(
            name: .customLong("label-role"),
            help: ArgumentHelp("Also label every holder of these roles (e.g. hub,broker,key_player_reach).", valueName: "ROLE,..."))
        public var labelRoles: String?

        @Option(name: .customLong("label-field"), help: ArgumentHelp("Show this node attribute (or id) as the label.", valueName: "ATTRIBUTE"))
        public var labelField: String?

        @Option(help: "Draw a box around the nodes sharing each value of this attribute (e.g. city).")
        public var cluster: String?

        @Option(help: "Title drawn above the legend.")
        public var title: String?

        @Option(help: "A JSON style file (palette, shapes per kind, fonts, sizes).")
        public var style: String?

        @Option(help: "Seed of the layout.")
        public var seed: Int = 1

        @Option(help: "Draw only the ego network of this node id (see --radius).")
        public var focus: String?

        @Option(help: "With --focus, how many steps from the centre to include (default 1; 2 with --preset ego).")
        public var radius: Int?

        @Flag(name: .customLong("hide-isolates"), help: "Leave out nodes without ties.")
        public var hideIsolates = false

        @Option(name: .customLong("min-degree"), help: "Leave out nodes with fewer ties than this.")
        public var minDegree: Int?

        @Option(name: .customLong("min-core"), help: "Keep only the k-core: nodes whose core number is at least K.")
        public var minCore: Int?

        @Option(
            name: .customLong("max-nodes"),
            help: "Draw only the N largest nodes by the size metric (degree when betweenness would be slow), with the ties among them.")
        public var maxNodes: Int?

        public init() {}

        public func validate() throws {
            if let radius, radius < 0 { throw ValidationError("--radius must be 0 or more.") }
            if preset == .ego && focus == nil { throw ValidationError("--preset ego needs --focus ID.") }
            for name in labelRoles?.split(separator: ",") ?? [] where MapPreset.role(named: String(name)) == nil {
                throw ValidationError(
                    "--label-role: unknown role '\(name)' (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
            if let labels, labels < 0 { throw ValidationError("--labels must be 0 or more.") }
            if let maxNodes, maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more.") }
            if format == nil && RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) == nil {
                throw ValidationError("Cannot tell the format from '\(output)': use a .svg, .png, .pdf or .dot name, or --format.")
            }
        }

        public func run() throws {
            try OutputGuard.check(output, reads: input.readPaths + [style].compactMap { $0 })
            let loaded = try CommandContext.load(input)
            let plan = try CommandContext.plan(network: loaded.network, request: try request(loaded))
            let chosenFormat = format ?? RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
            let bytes = try CommandContext.render(plan.map, format: chosenFormat)
            try CommandContext.emit(Data(bytes), to: output)
            switch plan.content {
            case .nodes(let count):
                CommandContext.printError("wrote \(output) (\(count) nodes, \(plan.map.engine.rawValue) layout)")
            case .groups(let groups, let nodes, let groupTies):
                CommandContext.printError(
                    "wrote \(output) (\(groups) groups of \(nodes) nodes, \(groupTies) group-to-group ties)")
            }
            guard let drillDown = plan.drillDown else { return }
            let path = URL(fileURLWithPath: output).deletingPathExtension().path + "-largest."
                + URL(fileURLWithPath: output).pathExtension
            let detailBytes = try CommandContext.render(drillDown.map, format: chosenFormat)
            try CommandContext.emit(Data(detailBytes), to: path)
            CommandContext.printError("wrote \(path) (the largest group, \(drillDown.nodeCount) nodes)")
        }

        /// The ``MapRequest`` these options describe for `loaded`: every option as a typed value.
        func request(_ loaded: ImportResult) throws -> MapRequest {
            var request = MapRequest()
            request.metrics = try analysis.metricRequest(input, loaded)
            request.preset = preset
            request.sizeMetric = sizeBy
            request.grouping = groups.group
            request.defaultCommunities = groups.communitySpec
            request.coloring = colorBy
            request.labelCount = labels
            request.labelIDs = (labelIDs?.split(separator: ",") ?? []).map(String.init)
            request.labelRoles = Set((labelRoles?.split(separator: ",") ?? []).compactMap { MapPreset.role(named: String($0)) })
            request.labelField = labelField
            request.clusterAttribute = cluster
            request.title = title
            request.styleFile = style
            request.seed = seed
            request.focus = focus
            request.radius = radius
            request.hidesIsolates = hideIsolates
            request.minDegree = minDegree
            request.minCore = minCore
            request.maxNodes = maxNodes
            request.engine = engine.flatMap { MapEngine(rawValue: $0.rawValue) }
            request.ties = MapTieDrawing(option: analysis.tieKinds)
            return request
        }
    }
}

extension RenderFormat: ExpressibleByArgument {}

/// `--color-by` read once (``ColorChoice/init(parsing:)``).
extension ColorChoice: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

/// `--preset`: one of ``MapPreset``'s names.
extension MapPreset: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
