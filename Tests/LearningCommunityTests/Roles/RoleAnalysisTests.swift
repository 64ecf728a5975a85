import LearningCommunity
import NetworkModel
import Testing

/// Every role family on the integration-initiative dataset against the truth its generator planted
/// (datasets/integration-initiative/truth.json), with precision and recall stated.
@Suite struct RoleAnalysisTests {
    static func report() throws -> (IntegrationInitiative, RoleReport) {
        let data = try IntegrationInitiative.load()
        let grouping = try NodeGrouping.attribute("city", in: data.network)
        return (data, try RoleAnalysis.run(data.network, grouping: grouping))
    }

    /// One run shared by the tests that only read it.
    static let shared = Result { try report() }

    static func ids(_ data: IntegrationInitiative, _ report: RoleReport, _ role: Role) -> Set<String> {
        Set(report.assignments.filter { $0.role == role }.map { data.id($0.node) })
    }

    /// Grantmaker roles: precision 1, recall 1 (five funders, one role each, the fifth a second sponsor).
    /// Learning liaisons: precision 1, recall 1 (five planted). Isolates: precision 1, recall 1.
    @Test func plantedRolesAreRecoveredExactly() throws {
        let (data, report) = try Self.shared.get()
        let grantmaker = Set(
            report.assignments.filter { $0.role.family == .grantmaker }.map { "\(data.id($0.node)):\($0.role.rawValue)" })
        let planted = Set(data.truth.funders.map { "\($0.id):\($0.role)" })
        let funders = Recovery(found: grantmaker, planted: planted)
        #expect(funders.precision == 1 && funders.recall == 1, "\(funders) \(grantmaker.sorted())")
        let liaisons = Recovery(
            found: Self.ids(data, report, .learningLiaison), planted: Set(data.truth.liaisons.map(\.id)))
        #expect(liaisons.precision == 1 && liaisons.recall == 1, "\(liaisons)")
        let isolates = Recovery(found: Self.ids(data, report, .isolate), planted: Set(data.truth.isolates))
        #expect(isolates.precision == 1 && isolates.recall == 1, "\(isolates)")
    }

    /// The people and organizations in the core of the Borgatti–Everett partition against the planted core
    /// (funders, core organizations and core people): measured precision 1.0 and recall 0.72 (38 of 53; seed 1;
    /// the heavily tied initiatives and convenings take the other core places), and no planted core member is
    /// called peripheral.
    @Test func coreAndPeripheryFollowThePlantedCore() throws {
        let (data, report) = try Self.shared.get()
        let planted = Set(data.truth.core.people + data.truth.core.organizations + data.truth.funders.map(\.id))
        // The planted core is of people and organizations; initiatives and convenings are left out.
        let participants: Set<NodeKind> = [.person, .organization]
        let found = report.core.filter { participants.contains(data.network.nodes[Int($0)].kind) }.map { data.id($0) }
        let core = Recovery(found: Set(found), planted: planted)
        #expect(core.precision >= 0.95, "\(core)")
        #expect(core.recall >= 0.7, "\(core)")
        #expect(Self.ids(data, report, .peripheral).isDisjoint(with: planted))
    }

    @Test func everyAssignmentCarriesEvidence() throws {
        let (data, report) = try Self.shared.get()
        #expect(!report.assignments.isEmpty)
        for assignment in report.assignments {
            #expect(!assignment.evidence.isEmpty, "\(data.id(assignment.node)) \(assignment.role)")
        }
        #expect(Set(report.assignments.map(\.role)).isSuperset(of: [
            .catalyst, .sponsor, .organizer, .peer, .learningLiaison, .hub, .broker, .bridge, .isolate,
            .keyPlayerFragmentation, .keyPlayerReach,
        ]))
        // The bundled data's core/periphery fit (0.41) is below 0.5: nobody is called peripheral.
        #expect(report.indicators.corePeripheryFit < 0.5)
        #expect(!report.assignments.contains { $0.role == .peripheral })
        for assignment in report.assignments {
            #expect(!assignment.plain.isEmpty && assignment.plain != assignment.evidence, "\(assignment.role)")
        }
        #expect(report.fragmentationSet.count == 5)
        #expect(report.reachSet.count == 5)
    }

    @Test func sameSeedSameRoles() throws {
        let (_, first) = try Self.shared.get()
        let (_, second) = try Self.report()
        #expect(first.assignments == second.assignments)
        #expect(first.shape == second.shape)
    }
}
