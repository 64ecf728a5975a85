import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkModel

/// Every number the report shows, computed once by the library calls the `metrics`, `roles` and
/// `crosspollination` commands use, so the report and those commands agree.
public struct ReportAnalysis: Sendable {
    public let network: Network
    public let options: ReportOptions
    /// Counts, kinds, density and components of the whole network (as `liaison inspect`).
    public let summary: NetworkSummary
    /// Per-node metrics (as `liaison metrics`).
    public let metrics: MetricReport
    /// Roles and the network's shape (as `liaison roles`).
    public let roles: RoleReport
    /// Cross-pollination across the grouping's groups (as `liaison crosspollination`); nil without a grouping.
    public let crossPollination: CrossPollinationReport?
    /// The main figures of each survey wave, in the order the data names the waves; empty without waves.
    /// The change between the survey waves (each read cumulatively), or nil with fewer than two waves.
    public let waveChanges: WaveChanges?
    public let waves: [WaveFigures]
    /// What the data cannot support (no grants, no dates, …), so the report says "not testable" instead of
    /// "nobody".
    public let dataSupport: DataSupport
    /// Participation coefficient by network position (how evenly a node's ties spread over the groups of
    /// the grouping, or of the Leiden communities without one; NaN outside the measured graph).
    public let participation: [Double]
    /// Leiden communities of the measured graph (seeded by the report's seed): their count and modularity.
    public let communities: (count: Int, modularity: Double)
    /// What the maps draw and the page holds at this size (``ReportScale``).
    public let scale: ReportScale

    /// Ranks of every node for one question, best first (NaN last, then network order).
    /// - Complexity: O(*n* log *n*).
    public func ranked(_ values: [Double], limit: Int) -> [Int32] {
        let order = values.indices.sorted { a, b in
            let (x, y) = (values[a], values[b])
            if x.isNaN != y.isNaN { return y.isNaN }
            if !x.isNaN, x != y { return x > y }
            return a < b
        }
        return order.prefix(limit).filter { !values[$0].isNaN && values[$0] > 0 }.map { Int32($0) }
    }

    /// Runs every analysis of the report.
    /// - Complexity: dominated by betweenness, O(*n*·*m*) (sampled on large networks, as `liaison metrics`),
    ///   and the E-I permutation test, O(permutations · *m*).
    public static func compute(_ network: Network, options: ReportOptions) throws(ReportError) -> ReportAnalysis {
        try options.validate()
        var request = MetricRequest()
        request.projection = options.projection
        request.seed = options.seed
        request.threads = options.threads
        var roleOptions = RoleAnalysisOptions()
        roleOptions.projection = options.projection
        roleOptions.seed = options.seed
        roleOptions.threads = options.threads
        let metrics: MetricReport
        let roles: RoleReport
        do throws(AlgorithmError) {
            metrics = try MetricSuite.run(network: network, request: request)
            roleOptions.betweenness = metrics.betweenness
            roles = try RoleAnalysis.run(
                network, grouping: options.grouping, options: roleOptions, projected: metrics.projected)
        } catch {
            throw .analysisFailed(error.description)
        }
        var crossPollination: CrossPollinationReport?
        if let grouping = options.grouping {
            var crossOptions = CrossPollinationOptions()
            crossOptions.projection = options.projection
            crossOptions.weighted = options.projection.weighted
            crossOptions.permutations = options.permutations
            crossOptions.seed = options.seed
            crossOptions.threads = options.threads
            do {
                crossPollination = try CrossPollinationReport.compute(
                    network, grouping: grouping, options: crossOptions, projected: metrics.projected)
            } catch {
                throw .analysisFailed("\(error)")
            }
        }
        let waveChanges: WaveChanges?
        do {
            waveChanges = try WaveChanges.compute(network, options: options)
        } catch {
            throw .analysisFailed("\(error)")
        }
        var participation = [Double](repeating: .nan, count: network.nodeCount)
        let graph = metrics.projected.graph
        let communities: CommunityPartition
        do throws(AlgorithmError) {
            communities = try CommunityDetection.detect(
                graph, CommunityDetection.Options(seed: options.seed, weighted: options.projection.weighted))
            let labels = options.grouping?.labels(for: metrics.projected) ?? communities.membership
            let profile = try GroupProfile.compute(
                graph, groups: labels, groupCount: options.grouping?.groupCount ?? communities.communityCount,
                weighted: options.projection.weighted, threads: options.threads)
            participation = metrics.projected.byNetworkPosition(
                profile.participation, networkNodeCount: network.nodeCount, absent: .nan)
        } catch {
            throw .analysisFailed(error.description)
        }
        let summary = NetworkSummary(network)
        let scale = ReportScale.decide(
            nodeCount: network.nodeCount,
            betweenness: metrics.valuesByNetworkPosition("betweenness", networkNodeCount: network.nodeCount),
            mapNodeLimit: options.mapNodeLimit, detailedNodeLimit: options.detailedNodeLimit,
            named: namedNodes(
                metrics: metrics, roles: roles, participation: participation, nodeCount: network.nodeCount,
                rows: options.keyActorRows))
        return ReportAnalysis(
            network: network, options: options, summary: summary, metrics: metrics, roles: roles,
            crossPollination: crossPollination, waveChanges: waveChanges,
            waves: WaveFigures.compute(network, waves: summary.waves),
            dataSupport: DataSupport.assess(network, grouping: options.grouping), participation: participation,
            communities: (communities.communityCount, communities.modularity), scale: scale)
    }

    /// The nodes the report's lists and tables name: the top `rows` of each shown metric (both ends of
    /// constraint) and of participation, and the holders each role table lists; they keep their cards on a
    /// bounded page.
    /// - Complexity: O(*n* log *n*) per column.
    static func namedNodes(
        metrics: MetricReport, roles: RoleReport, participation: [Double], nodeCount: Int, rows: Int
    ) -> Set<Int32> {
        var named = Set<Int32>()
        var columns = KeyActorsSection.shownMetrics.compactMap {
            metrics.valuesByNetworkPosition($0, networkNodeCount: nodeCount)
        }
        columns.append(participation)
        if let constraint = metrics.valuesByNetworkPosition("constraint", networkNodeCount: nodeCount) {
            columns.append(constraint.map { $0 > 0 ? -$0 : .nan })
        }
        for values in columns {
            named.formUnion(topPositions(values, limit: max(rows, KeyActorsSection.listLength)))
        }
        var perRole: [Role: Int] = [:]
        for assignment in RolesSection.byScore(roles.assignments) where Int(assignment.node) < nodeCount {
            perRole[assignment.role, default: 0] += 1
            if perRole[assignment.role, default: 0] <= ReportScale.roleRows { named.insert(assignment.node) }
        }
        return named
    }

    /// The positions of the `limit` largest numbers (NaN never), ties broken by position.
    static func topPositions(_ values: [Double], limit: Int) -> [Int32] {
        values.indices.filter { !values[$0].isNaN }
            .sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
            .prefix(limit).map { Int32($0) }
    }

    /// The wave `label` as the report's waves side by side draw it: captured cumulatively, with only the
    /// nodes ``ReportScale/waveMapNodes`` names when it leaves nodes out.
    public func drawnWave(_ label: String) throws -> Network {
        let captured = try network.capturedBy(wave: label)
        guard let drawn = scale.waveMapNodes else { return captured }
        return ReportScale.restricted(captured, toIds: Set(drawn.map { network.nodes[Int($0)].id }))
    }

    /// A metric column by network position (0 for nodes outside the measured graph), or nil when the
    /// metrics table has no such column. Feeds the map's node sizes.
    public func column(_ name: String) -> [Double]? {
        metrics.valuesByNetworkPosition(name, networkNodeCount: network.nodeCount)
    }

    /// The roles of each node, by network position, in the order of ``Role``.
    func rolesByNode() -> [[Role]] {
        var result = [[Role]](repeating: [], count: network.nodeCount)
        for assignment in roles.assignments where Int(assignment.node) < network.nodeCount {
            result[Int(assignment.node)].append(assignment.role)
        }
        return result.map { $0.sorted() }
    }
}
