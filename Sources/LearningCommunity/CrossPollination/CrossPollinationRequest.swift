import NetworkAnalysis
import NetworkModel

/// One cross-pollination analysis asked for: the grouping whose boundaries are measured, what is computed
/// (``CrossPollinationOptions``) and the tie attributes averaged per group. The command line fills one from
/// its options (`liaison crosspollination`).
public struct CrossPollinationRequest: Sendable {
    /// The graph, weights, permutations, seed and threads.
    public var options = CrossPollinationOptions()
    /// How nodes are grouped.
    public var grouping: GroupingSpec
    /// Numeric tie attributes (e.g. trust) averaged per group in the groups section: `NAME_mean` and
    /// `NAME_ties`.
    public var tieQuality: [String] = []

    /// A request grouping by `grouping`, every other choice at its default.
    public init(grouping: GroupingSpec) {
        self.grouping = grouping
    }
}

/// A cross-pollination analysis with what is shown of it: the report, its sections as tables, the finding
/// in a sentence and the metadata.
public struct CrossPollinationFindings: Sendable {
    /// Mixing, E-I, overlap, diffusion and pollinators.
    public let report: CrossPollinationReport
    /// Every section as a table, in ``CrossPollinationReport/Section`` order (tie quality in `groups`).
    public let sections: [(name: String, table: ResultTable)]
    /// How open the groups are, in a sentence (``PlainSentences/openness(_:groupNoun:significance:)``).
    public let finding: String
    /// What the analysis was computed on, and the finding.
    public let metadata: ResultMetadata
}

extension CrossPollinationReport {
    /// The one call behind `liaison crosspollination`: projects the network, resolves the grouping, says
    /// which analyses the data cannot support, computes the report
    /// (``compute(_:grouping:options:projected:)``), states its finding and tables every section with the
    /// requested tie quality.
    ///
    /// - Parameter messages: receives, in order, what the reader should know (the grouping's notes, the
    ///   analyses the data cannot support, the finding).
    /// - Throws: ``AnalysisFailure``.
    /// - Complexity: ``compute(_:grouping:options:projected:)``'s.
    public static func run(
        network: Network, request: CrossPollinationRequest, messages: (AnalysisMessage) -> Void = { _ in }
    ) throws(AnalysisFailure) -> CrossPollinationFindings {
        let options = request.options
        let projected = options.projection.project(network)
        let grouping: NodeGrouping
        do throws(GroupingFailure) {
            grouping = try NodeGrouping.resolve(
                request.grouping, in: network, projected: projected, weighted: options.projection.weighted,
                messages: messages)
        } catch {
            throw .grouping(error)
        }
        for gap in DataSupport.assess(network, grouping: grouping).gaps(for: DataSupport.crossPollinationAnalyses) {
            messages(AnalysisMessage(.warning, gap.description))
        }
        let report: CrossPollinationReport
        do {
            report = try compute(network, grouping: grouping, options: options, projected: projected)
        } catch {
            throw .other("\(error)")
        }
        let finding = PlainSentences.openness(report.eiTest, groupNoun: grouping.name)
        messages(AnalysisMessage(.note, finding))
        var sections = report.tables(network)
        for attribute in request.tieQuality {
            guard let index = sections.firstIndex(where: { $0.name == Section.groups.rawValue }) else { break }
            do {
                sections[index].table = try TieQuality.aggregate(network, attribute: attribute)
                    .appendingGroupColumns(to: sections[index].table, grouping: grouping, named: attribute)
            } catch {
                throw .tieQuality(attribute: attribute, reason: "\(error)")
            }
        }
        return CrossPollinationFindings(
            report: report, sections: sections, finding: finding,
            metadata: report.metadata(options: options, finding: finding))
    }
}
