import Foundation
import GraphAlgorithms
import LearningCommunity
import MapPlanning
import NetworkAnalysis
import NetworkMaps
import NetworkModel

/// One report asked for: every choice ``Report/build(network:request:renderer:messages:)`` needs besides
/// the network. The command line fills one from its options (`liaison report`); a Swift program fills its
/// own.
public struct ReportRequest: Sendable {
    /// Ids and labels replaced by keyed pseudonyms before the report was made (the methods section says so).
    public enum Pseudonyms: String, Sendable {
        /// People's ids and labels.
        case people
        /// People's and organizations' ids and labels.
        case peopleAndOrganizations
    }

    /// The name of what was read (a folder or file path): the default title is "Network report: " and its
    /// last path component.
    public var inputName: String
    /// The report's title; nil: from ``inputName``.
    public var title: String?
    /// How the network becomes the measured graph (kinds, direction, weights, parallel ties).
    public var projection = GraphProjection()
    /// How nodes are grouped for cross-pollination and learning liaisons; nil: by initiative when the
    /// network has initiatives (``GroupingSpec/initiativesIfPresent(in:)``), else no grouping.
    public var grouping: GroupingSpec?
    /// Seed of every randomised step (E-I permutations, key players, core/periphery, the map's layout).
    public var seed: UInt64 = 1
    /// Label permutations of the E-I test.
    public var permutations = 1_000
    /// Worker threads for the parallel metrics.
    public var threads = Parallelism.defaultThreadCount
    /// Small-cell suppression: counts below this in the group tables are shown as `<N`; nil shows all.
    public var minimumCellCount: Int?
    /// The maps draw at most this many nodes, the largest by betweenness.
    public var mapNodeLimit = MapOptions.reportNodeCount
    /// The survey wave the network was cut to before the report, if any (named in the methods section).
    public var wave: String?
    /// The date the network was taken as of, if any, as written (named in the methods section).
    public var asOf: String?
    /// Whose names were replaced by pseudonyms before the report, if anyone's.
    public var pseudonyms: Pseudonyms?

    /// A request with every choice at its default, for the input named `inputName`.
    public init(inputName: String) {
        self.inputName = inputName
    }

    /// The title the report carries.
    public var resolvedTitle: String {
        title ?? "Network report: " + URL(fileURLWithPath: inputName).lastPathComponent
    }

    /// Lines for the methods section: the input's selection and de-identification, and the map's layout.
    var methodNotes: [String] {
        var notes: [String] = []
        if let wave { notes.append("Only the ties of wave \(wave) were analysed.") }
        if let asOf { notes.append("The network as it stood on \(asOf).") }
        if let pseudonyms {
            notes.append(
                "De-identified: the ids and labels of "
                    + (pseudonyms == .peopleAndOrganizations ? "people and organizations" : "people")
                    + " are keyed pseudonyms (HMAC-SHA256); attribute values naming them are replaced, "
                    + "free text mentioning them is withheld.")
        }
        notes.append("Map: shapes by kind, sizes by betweenness, Graphviz layout seeded with \(seed).")
        return notes
    }
}

/// Draws the report's maps as SVG. NetworkReport knows no Graphviz: the caller renders (the command line in
/// a child process, a program with GraphvizRendering in its own).
public protocol ReportMapRenderer {
    /// The map as SVG text.
    func svg(of map: NetworkMap) throws -> String
    /// The waves drawn on one shared layout laid out by `engine`, one SVG per wave in the order given
    /// (as `liaison map-waves` draws them).
    func svgs(ofWaves waves: [WaveLayout.Wave], engine: MapEngine) throws -> [String]
}

/// A finished report: the analysis behind it and the self-contained HTML page.
public struct Report: Sendable {
    /// Every number the page shows.
    public let analysis: ReportAnalysis
    /// The page: map, stylesheet, script and data inline.
    public let html: String

    /// Makes the report `request` asks for: groups the network (``ReportRequest/grouping``), says which
    /// analyses the data cannot support, runs every analysis (``ReportAnalysis/compute(_:options:)``), has
    /// `renderer` draw the map and the waves, and assembles the page.
    ///
    /// - Parameter messages: receives, in order, what the reader should know (the grouping chosen by
    ///   default, the analyses the data cannot support, the nodes the map leaves out).
    /// - Throws: ``ReportError`` when the grouping cannot be made or an analysis fails; whatever `renderer`
    ///   throws, unchanged.
    /// - Complexity: ``ReportAnalysis/compute(_:options:)``'s, plus the renderings.
    public static func build(
        network: Network, request: ReportRequest, renderer: some ReportMapRenderer,
        messages: (AnalysisMessage) -> Void = { _ in }
    ) throws -> Report {
        var options = ReportOptions()
        options.title = request.resolvedTitle
        options.projection = request.projection
        options.seed = request.seed
        options.permutations = request.permutations
        options.threads = request.threads
        options.minimumCellCount = request.minimumCellCount
        options.mapNodeLimit = request.mapNodeLimit
        options.grouping = try grouping(network, request: request, messages: messages)
        let gaps = DataSupport.assess(network, grouping: options.grouping).gaps(
            for: Set(DataSupport.Analysis.allCases))
        for gap in gaps { messages(AnalysisMessage(.warning, gap.description)) }
        options.methodNotes = request.methodNotes
            + gaps.map { "Not testable on these data: \($0.analysis.rawValue), because \($0.reason) (\($0.fix))." }
        let analysis = try ReportAnalysis.compute(network, options: options)
        if let drawn = analysis.scale.mapNodes {
            messages(
                AnalysisMessage(.note, "the map draws the \(drawn.count) largest of \(network.nodeCount) nodes by betweenness"))
        }
        let mapSVG = try renderer.svg(of: analysis.map())
        var waveMapsSVG: String?
        if let changes = analysis.waveChanges {
            let waves: [WaveLayout.Wave]
            do {
                waves = try changes.waves.map { label in
                    WaveLayout.Wave(label: label, network: try analysis.drawnWave(label))
                }
            } catch {
                throw ReportError.waveMapsFailed("\(error)")
            }
            waveMapsSVG = WaveLayout.sheet(try renderer.svgs(ofWaves: waves, engine: analysis.waveMapEngine))
        }
        return Report(analysis: analysis, html: HTMLReport.render(analysis, mapSVG: mapSVG, waveMapsSVG: waveMapsSVG))
    }

    /// The grouping the request names, or by initiative when it names none and the network has initiatives.
    static func grouping(
        _ network: Network, request: ReportRequest, messages: (AnalysisMessage) -> Void
    ) throws(ReportError) -> NodeGrouping? {
        let spec: GroupingSpec
        if let asked = request.grouping {
            spec = asked
        } else if let initiatives = GroupingSpec.initiativesIfPresent(in: network) {
            messages(AnalysisMessage(.note, "grouped by initiative (choose another grouping with --group)"))
            spec = initiatives
        } else {
            return nil
        }
        do throws(GroupingFailure) {
            return try NodeGrouping.resolve(
                spec, in: network, projected: request.projection.project(network),
                weighted: request.projection.weighted, messages: messages)
        } catch {
            throw .grouping(error)
        }
    }
}

extension ReportAnalysis {
    /// The report's map: shapes by kind, colours by group, sizes by betweenness, role holders labelled
    /// (``Role/labelledOnMaps``), affiliations faint (those three and the tooltip as every map chooses them,
    /// `MapChoices`), and only the nodes ``ReportScale/mapNodes`` names
    /// when the network has more than the map's limit.
    public func map() -> NetworkMap {
        var mapOptions = MapOptions(title: nil, seed: Int(truncatingIfNeeded: options.seed))
        mapOptions.size = MapMetric(name: "betweenness", values: column("betweenness") ?? [])
        mapOptions.tooltipMetrics = MapChoices.tooltipMetrics { column($0) }
        mapOptions.identifiesTies = true
        if let grouping = options.grouping {
            mapOptions.coloring = MapChoices.groupColoring(network, grouping: grouping)
        }
        mapOptions.forcedLabels = MapChoices.roleHolders(roles.assignments).sorted()
        mapOptions.faintTieKinds = MapChoices.faintTieKinds(network)
        mapOptions.nodePositions = scale.mapNodes
        return NetworkMap(network: network, options: mapOptions)
    }

    /// The engine that lays out the waves side by side: `sfdp` above 300 drawn nodes, `neato` below.
    public var waveMapEngine: MapEngine {
        (scale.waveMapNodes?.count ?? network.nodeCount) > 300 ? .sfdp : .neato
    }
}
