import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// What changed between two points of a learning community: two waves, two dates or two datasets.
public struct NetworkChange: Sendable {
    /// Each side's whole-network measures.
    public let before: NetworkIndicators
    public let after: NetworkIndicators
    /// Every indicator before and after with its verdict, in report order (grouped ones only with a grouping).
    public let indicators: [IndicatorChange]
    public let membership: MembershipChange
    /// Centrality risers and fallers; empty when ``ChangeOptions/measuresCentrality`` is false.
    public let centrality: CentralityChange
    public let newBridges: [NewBridge]
    /// Pairs of groups first joined in the later network; empty without a grouping.
    public let newGroupLinks: [NewGroupLink]
    public let practices: [PracticeSpread]
    /// The grouping's name (`city`, `initiative`, `community`), nil without one.
    public let groupingName: String?

    /// Compares two networks whose nodes are matched by id.
    ///
    /// The two sides can be one network at two points (``Network/capturedBy(wave:reading:)`` for waves,
    /// ``Network/selecting(_:)`` with `asOf` for dates) or two datasets. Nodes match by id; ties match by
    /// ``TieKey`` (endpoint ids and kind, orientation only for directed ties). Each side is projected with
    /// `options.projection` and measured on its own (``NetworkIndicators``): density, weak components,
    /// the share in the largest, Freeman degree centralisation, transitivity, average clustering, the
    /// modularity of a seeded Leiden partition and its community count, and, with a grouping, the
    /// Krackhardt–Stern E-I index `(E − I)/(E + I)` and the share of cross-group ties `E/(E + I)`.
    /// Each gets a verdict under the thresholds of ``IndicatorRule`` (unchanged: equal counts, < 5 %
    /// relative change of positive measures, < 0.02 absolute change of modularity and E-I, < 0.01 of the
    /// cross-group share, so that it agrees with E-I).
    /// Centrality risers and fallers, new articulation points, newly joined group pairs and the spread of
    /// practices are described on their own types.
    ///
    /// - Throws: ``ChangeError/invalidParameter(name:value:reason:)`` for a negative `top`;
    ///   ``GroupingError`` when the grouping attribute exists on neither side; ``AlgorithmError`` from the
    ///   measures (invalid parameters only).
    /// - Complexity: dominated by exact betweenness, O(n·m) per side; the rest O(n + m) to O(m·d).
    /// - Reference: E-I index: D. Krackhardt and R. N. Stern, "Informal networks and organizational
    ///   crises", Soc. Psychol. Q. 51(2), 123–140 (1988), https://doi.org/10.2307/2786835; modularity:
    ///   M. E. J. Newman, Phys. Rev. E 69, 066133 (2004), https://doi.org/10.1103/PhysRevE.69.066133;
    ///   centralisation: L. C. Freeman, Social Networks 1(3), 215–239 (1978),
    ///   https://doi.org/10.1016/0378-8733(78)90021-7.
    public static func compare(before: Network, after: Network, options: ChangeOptions = ChangeOptions()) throws
        -> NetworkChange
    {
        guard options.top >= 0 else {
            throw ChangeError.invalidParameter(name: "top", value: "\(options.top)", reason: "must be 0 or more")
        }
        let projection = options.projection
        let projectedBefore = projection.project(before), projectedAfter = projection.project(after)
        let groupingBefore = try grouping(options, before, projectedBefore, otherSide: after)
        let groupingAfter = try grouping(options, after, projectedAfter, otherSide: before)

        func labels(_ grouping: NodeGrouping?, _ projected: ProjectedGraph) -> (labels: [Int32], count: Int)? {
            grouping.map { ($0.labels(for: projected), $0.groupCount) }
        }
        let measuredBefore = try NetworkIndicators.measure(
            projectedBefore, groupLabels: labels(groupingBefore, projectedBefore), weighted: projection.weighted,
            seed: options.seed)
        let measuredAfter = try NetworkIndicators.measure(
            projectedAfter, groupLabels: labels(groupingAfter, projectedAfter), weighted: projection.weighted,
            seed: options.seed)

        var links: [NewGroupLink] = []
        if let groupingBefore, let groupingAfter {
            links = StructuralChange.newGroupLinks(
                before: (before, groupingBefore), after: (after, groupingAfter), projection: projection)
        }
        return NetworkChange(
            before: measuredBefore, after: measuredAfter,
            indicators: judge(measuredBefore, measuredAfter),
            membership: MembershipChange.compare(before: before, after: after),
            centrality: options.measuresCentrality
                ? try CentralityChange.compare(
                    before: (before, projectedBefore), after: (after, projectedAfter), weighted: projection.weighted,
                    top: options.top, threads: options.threads)
                : CentralityChange(risers: [], fallers: [], betweennessIsExact: true),
            newBridges: StructuralChange.newBridges(before: (before, projectedBefore), after: (after, projectedAfter)),
            newGroupLinks: links,
            practices: PracticeSpread.compare(before: (before, groupingBefore), after: (after, groupingAfter)),
            groupingName: groupingAfter?.name ?? groupingBefore?.name)
    }

    /// Every indicator of two measured sides with its verdict, as ``compare(before:after:options:)`` gives
    /// them: for a caller that measured the sides already (one side's measures depend on that side alone).
    public static func indicatorChanges(before: NetworkIndicators, after: NetworkIndicators) -> [IndicatorChange] {
        judge(before, after)
    }

    /// The verdicts of every indicator, in report order.
    static func judge(_ a: NetworkIndicators, _ b: NetworkIndicators) -> [IndicatorChange] {
        var result: [IndicatorChange] = [
            IndicatorRule.nodes.judge(before: Double(a.nodes), after: Double(b.nodes)),
            IndicatorRule.ties.judge(before: Double(a.ties), after: Double(b.ties)),
            IndicatorRule.density.judge(before: a.density, after: b.density),
            IndicatorRule.components.judge(before: Double(a.components), after: Double(b.components)),
            IndicatorRule.largestComponentShare.judge(before: a.largestComponentShare, after: b.largestComponentShare),
            IndicatorRule.degreeCentralization.judge(before: a.degreeCentralization, after: b.degreeCentralization),
            IndicatorRule.transitivity.judge(before: a.transitivity, after: b.transitivity),
            IndicatorRule.averageClustering.judge(before: a.averageClustering, after: b.averageClustering),
            IndicatorRule.modularity.judge(before: a.modularity, after: b.modularity),
            IndicatorRule.communities.judge(before: Double(a.communities), after: Double(b.communities)),
        ]
        if let x = a.eiIndex, let y = b.eiIndex { result.append(IndicatorRule.eiIndex.judge(before: x, after: y)) }
        if let x = a.crossGroupShare, let y = b.crossGroupShare {
            result.append(IndicatorRule.crossGroupShare.judge(before: x, after: y))
        }
        return result
    }

    /// One side's grouping. An attribute that only the other side has gives this side an empty grouping
    /// (everyone ungrouped) rather than an error; one that neither side has throws.
    private static func grouping(
        _ options: ChangeOptions, _ network: Network, _ projected: ProjectedGraph, otherSide: Network
    ) throws -> NodeGrouping? {
        guard let spec = options.grouping else { return nil }
        if case .attribute(let name, _) = spec {
            do {
                return try NodeGrouping.resolve(spec, in: network, projected: projected, weighted: options.projection.weighted)
            } catch {
                _ = try NodeGrouping.resolve(spec, in: otherSide, projected: projected, weighted: options.projection.weighted)
                return try NodeGrouping.explicit(
                    name: name, membership: [Int32](repeating: -1, count: network.nodeCount), groupNames: [])
            }
        }
        return try NodeGrouping.resolve(spec, in: network, projected: projected, weighted: options.projection.weighted)
    }
}
