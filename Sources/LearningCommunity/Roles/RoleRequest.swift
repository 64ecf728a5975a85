import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// One role analysis asked for: thresholds and graph (``RoleAnalysisOptions``), the grouping learning
/// liaisons are measured against, and the roles to list. The command line fills one from its options
/// (`liaison roles`).
public struct RoleRequest: Sendable {
    /// Thresholds of each role family, key-player set size, the analysed graph, seed and threads.
    public var options = RoleAnalysisOptions()
    /// How nodes are grouped for learning liaisons; nil leaves learning liaisons out.
    public var grouping: GroupingSpec?
    /// Only these roles in ``RoleFindings/table``; nil: every role.
    public var roles: Set<Role>?

    public init() {}
}

/// A role analysis with what is shown of it: the report, the grouping it used, its table and metadata.
public struct RoleFindings: Sendable {
    /// Every role assignment and the network's shape.
    public let report: RoleReport
    /// The grouping learning liaisons were measured against, if any.
    public let grouping: NodeGrouping?
    /// One row per assignment of the requested roles (``RoleReport/table(_:)``).
    public let table: ResultTable
    /// The shape, its indicators, the key-player scores and the grouping's name.
    public let metadata: ResultMetadata
}

extension RoleAnalysis {
    /// The one call behind `liaison roles`: projects the network, resolves the grouping, says which role
    /// analyses the data cannot support, runs every role family
    /// (``run(_:grouping:options:projected:)``) and tables the requested roles.
    ///
    /// - Parameter messages: receives, in order, what the reader should know (the grouping's notes, that
    ///   learning liaisons need a grouping, the analyses the data cannot support).
    /// - Throws: ``AnalysisFailure``.
    /// - Complexity: ``run(_:grouping:options:projected:)``'s.
    public static func run(
        network: Network, request: RoleRequest, messages: (AnalysisMessage) -> Void = { _ in }
    ) throws(AnalysisFailure) -> RoleFindings {
        let options = request.options
        let projected = options.projection.project(network)
        var grouping: NodeGrouping?
        if let spec = request.grouping {
            do throws(GroupingFailure) {
                grouping = try NodeGrouping.resolve(
                    spec, in: network, projected: projected, weighted: options.projection.weighted,
                    messages: messages)
            } catch {
                throw .grouping(error)
            }
        } else {
            messages(AnalysisMessage(.note, "learning liaisons need a grouping: add --group (e.g. --group city)"))
        }
        for gap in DataSupport.assess(network, grouping: grouping).gaps(for: DataSupport.roleAnalyses) {
            messages(AnalysisMessage(.warning, gap.description))
        }
        var report: RoleReport
        do throws(AlgorithmError) {
            report = try run(network, grouping: grouping, options: options, projected: projected)
        } catch {
            throw .algorithm(error)
        }
        let metadata = report.metadata(grouping: grouping)
        var shown = report
        if let roles = request.roles { shown.assignments = report.assignments.filter { roles.contains($0.role) } }
        return RoleFindings(report: report, grouping: grouping, table: shown.table(network), metadata: metadata)
    }
}
