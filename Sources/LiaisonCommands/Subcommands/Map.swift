import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphvizRendering
import LearningCommunity
import NetworkAnalysis
import NetworkMaps
import NetworkModel
import OutputEscaping

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
            let network = loaded.network
            var request = try analysis.metricRequest(input, loaded)
            var sizeMetric = sizeBy
            let betweennessIsSlow = MapNodeLimit.betweennessIsSlow(
                nodeCount: network.nodeCount, tieCount: network.tieCount)
            if betweennessIsSlow {
                if sizeMetric == .betweenness {
                    sizeMetric = .degree
                    CommandContext.printError(
                        "note: sizing\(maxNodes == nil ? "" : " and ranking") nodes by degree: betweenness over \(network.nodeCount) nodes and \(network.tieCount) ties would be slow")
                }
                request.metrics = [sizeMetric, .degree, .core]
            } else {
                request.metrics = [sizeMetric, .degree, .betweenness, .core]
            }
            let report: MetricReport
            do {
                report = try MetricSuite.run(network: network, request: request)
            } catch {
                CommandContext.printError("error: \(error.description)")
                throw LiaisonExitCode.dataError
            }
            let columns = columnsByNetworkPosition(report, count: network.nodeCount)
            var grouping = try groups.grouping(network, projected: report.projected, weighted: analysis.weighted)
            let candidates = try selectedPositions(network: network, report: report, columns: columns)
            let candidateCount = candidates?.count ?? network.nodeCount
            let aggregates = preset == .groups
                || ((preset ?? .overview) == .overview && maxNodes == nil && focus == nil
                    && candidateCount > MapOptions.aggregateNodeCount)
            if grouping == nil && (aggregates || preset == .liaisons) {
                grouping = try defaultGrouping(network, projected: report.projected)
            }
            if aggregates, let grouping {
                try drawGroups(
                    network, grouping: grouping, columns: columns, sizeMetric: sizeMetric.rawValue,
                    drillDown: preset != .groups)
                return
            }

            let roles = try roleAssignments(
                network, grouping: grouping, report: report, projection: request.projection,
                needed: !betweennessIsSlow || preset == .funders || preset == .liaisons)
            var options = MapOptions(title: title, seed: seed)
            var drawn = candidates
            var presetLabels: [Int32] = []
            switch preset {
            case .funders:
                let funders = MapPreset.funderPositions(network, roles: roles)
                drawn = intersect(drawn, funders.all)
                presetLabels = funders.funders
                options.drawnTieKinds = MapPreset.funderTieKinds
            case .liaisons:
                let liaisons = MapPreset.liaisonPositions(network, roles: roles)
                if liaisons.liaisons.isEmpty {
                    CommandContext.printError("error: --preset liaisons: no learning liaison in these data (grouped by \(grouping?.name ?? "nothing"))")
                    throw LiaisonExitCode.dataError
                }
                drawn = intersect(drawn, liaisons.all)
                presetLabels = liaisons.liaisons
            default: break
            }
            options.nodePositions = try limitedPositions(
                drawn, network: network, values: columns[sizeMetric.rawValue] ?? [], metric: sizeMetric.rawValue,
                options: &options)
            options.size = MapMetric(name: sizeMetric.rawValue, values: columns[sizeMetric.rawValue] ?? [])
            options.tooltipMetrics = ["degree", "betweenness", "core"].compactMap { name in
                columns[name].map { MapMetric(name: name, values: $0) }
            }
            options.coloring = try coloring(network, projected: report.projected, grouping: grouping)
            options.labelTopN = labels
            if let cluster {
                options.clusterAttribute = network.nodeAttributeName(matching: cluster) ?? cluster
            } else if let grouping, groups.group != nil || preset == .liaisons {
                options.clusterGroups = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "" }
            }
            try chooseLabels(network, roles: roles, presetLabels: presetLabels, options: &options)
            if preset != .funders { chooseTieKinds(network, options: &options) }
            if let engine { options.engine = MapEngine(rawValue: engine.rawValue) }
            var mapStyle = MapStyle.default
            if let style {
                do { mapStyle = try MapStyle.load(from: URL(fileURLWithPath: style)) } catch {
                    CommandContext.printError("error: \(style): \(error.description)")
                    throw LiaisonExitCode.dataError
                }
            }
            let map = NetworkMap(network: network, style: mapStyle, options: options)
            try Self.checkEngineLimit(map.engine, nodeCount: options.nodePositions?.count ?? network.nodeCount)
            let chosenFormat = format ?? RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased()) ?? .svg
            let bytes = try CommandContext.render(map, format: chosenFormat)
            try CommandContext.emit(Data(bytes), to: output)
            let count = options.nodePositions?.count ?? network.nodeCount
            CommandContext.printError("wrote \(output) (\(count) nodes, \(map.engine.rawValue) layout)")
        }

        /// Refuses a layout engine asked to draw more nodes than its ``MapEngine/nodeLimit`` (exit 64),
        /// naming the engines that can and `--max-nodes`.
        static func checkEngineLimit(_ engine: MapEngine, nodeCount: Int) throws {
            guard let limit = engine.nodeLimit, nodeCount > limit else { return }
            CommandContext.printError(
                "error: --engine \(engine.rawValue) lays out at most \(limit) nodes and this map draws \(nodeCount): "
                    + "it would run for many minutes (fix: use --engine sfdp, which is built for large maps, "
                    + "or draw fewer nodes with --max-nodes \(limit))")
            throw LiaisonExitCode.usage
        }

        /// The positions in both lists (nil: every node), ascending.
        func intersect(_ candidates: [Int32]?, _ chosen: [Int32]) -> [Int32] {
            guard let candidates else { return chosen }
            let kept = Set(candidates)
            return chosen.filter { kept.contains($0) }
        }

        /// `candidates` (nil: every node) cut to the `--max-nodes` largest by `values`, saying so in a note and in
        /// the title; a warning when more than ``MapNodeLimit/warningNodeCount`` nodes would still be drawn.
        func limitedPositions(
            _ candidates: [Int32]?, network: Network, values: [Double], metric: String, options: inout MapOptions
        ) throws -> [Int32]? {
            let candidateCount = candidates?.count ?? network.nodeCount
            guard let maxNodes, candidateCount > maxNodes else {
                if candidateCount > MapNodeLimit.warningNodeCount {
                    CommandContext.printError(
                        "warning: drawing \(candidateCount) nodes: the layout will be slow and the map hard to read (fix: --max-nodes \(MapNodeLimit.warningNodeCount / 4) keeps the largest nodes by \(metric))")
                }
                return candidates
            }
            let kept: [Int32]
            do {
                kept = try MapNodeLimit.topNodes(
                    candidates ?? (0..<Int32(network.nodeCount)).map { $0 }, by: values, limit: maxNodes)
            } catch {
                CommandContext.printError("error: --max-nodes: \(error.description)")
                throw LiaisonExitCode.internalError
            }
            let summary = "the \(kept.count) largest of \(candidateCount) nodes by \(metric)"
            CommandContext.printError("note: drawing \(summary), with the ties among them")
            options.title = (title.map { "\($0): " } ?? "") + summary
            return kept
        }

        /// Metric columns indexed by network node position (0 for nodes outside the analysed graph).
        func columnsByNetworkPosition(_ report: MetricReport, count: Int) -> [String: [Double]] {
            var columns: [String: [Double]] = [:]
            for name in report.metricColumnNames {
                columns[name] = report.valuesByNetworkPosition(name, networkNodeCount: count)
            }
            return columns
        }

        /// The colouring --color-by names: kind, detected communities, initiatives or an attribute; without
        /// it, the grouping's groups, else detected communities.
        func coloring(_ network: Network, projected: ProjectedGraph, grouping: NodeGrouping?) throws -> NodeColoring {
            if preset == .funders && colorBy == nil { return .kind }
            guard let colorBy else {
                if let grouping {
                    let values = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "(none)" }
                    return .categories(name: grouping.name, values: values)
                }
                return try communityColoring(network, projected: projected)
            }
            switch colorBy {
            case .kind: return .kind
            case .community: return try communityColoring(network, projected: projected)
            case .initiative:
                let grouping = NodeGrouping.initiatives(in: network)
                let values = (0..<network.nodeCount).map { grouping.groupName(ofNodeAt: Int32($0)) ?? "(none)" }
                return .categories(name: "initiative", values: values)
            case .attribute(let name):
                return .attribute(network.nodeAttributeName(matching: name) ?? name)
            }
        }

        /// Colours by Leiden community of the analysed graph, seeded by --seed.
        func communityColoring(_ network: Network, projected: ProjectedGraph) throws -> NodeColoring {
            let options = CommunityDetection.Options(seed: UInt64(max(0, seed)), weighted: analysis.weighted)
            let partition = try CommandContext.communities(projected.graph, options)
            // Named as --group community names them.
            let values = projected.byNetworkPosition(
                partition.membership.map { NodeGrouping.communityName(Int($0)) }, networkNodeCount: network.nodeCount,
                absent: "(none)")
            CommandContext.printError(
                "note: \(partition.communityCount) Leiden communities, modularity "
                    + "\(DecimalText.fixed(partition.modularity, decimals: 3)) (seed \(seed))")
            return .categories(name: "community", values: values)
        }

        /// The network positions to draw, after --node-kinds, --focus, --hide-isolates, --min-degree and --min-core.
        func selectedPositions(network: Network, report: MetricReport, columns: [String: [Double]]) throws -> [Int32]? {
            let projected = report.projected
            var graphNodes = projected.graphNodes
            if let focus {
                guard let position = network.index(of: focus),
                    let centre = projected.graphNode(ofNetworkPosition: NetworkPosition(rawValue: position))
                else {
                    CommandContext.printError("error: --focus \(focus) is not a node id of the analysed network (fix: use an id from the nodes file)")
                    throw LiaisonExitCode.usage
                }
                let steps = radius ?? (preset == .ego ? 2 : 1)
                graphNodes = EgoNetwork.members(of: centre.index, radius: steps, in: projected.graph).sorted().map(GraphNode.init)
            }
            let degree = columns["degree"] ?? []
            let core = columns["core"] ?? []
            let filtered = graphNodes.filter { v in
                let position = projected.networkPosition(of: v).index
                if hideIsolates && degree[position] == 0 { return false }
                if let minDegree, degree[position] < Double(minDegree) { return false }
                if let minCore, core[position] < Double(minCore) { return false }
                return true
            }
            let everything = filtered.count == network.nodeCount
            return everything ? nil : filtered.map { projected.networkPosition(of: $0).rawValue }
        }
    }
}

extension RenderFormat: ExpressibleByArgument {}

/// `--color-by`: what a map's colours show.
public enum ColorChoice: Hashable, Sendable, ExpressibleByArgument {
    case kind
    /// Leiden communities of the analysed graph.
    case community
    /// The initiative grouping (``NodeGrouping/initiatives(in:)``).
    case initiative
    /// A node attribute, found ignoring case.
    case attribute(String)

    public init?(argument: String) {
        switch argument.lowercased() {
        case "": return nil
        case "kind": self = .kind
        case GroupingSpec.communityWord: self = .community
        case GroupingSpec.initiativeWord: self = .initiative
        default: self = .attribute(argument)
        }
    }
}
extension LayoutEngine: ExpressibleByArgument {}
