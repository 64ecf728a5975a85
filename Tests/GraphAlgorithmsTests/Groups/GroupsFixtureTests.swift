import GraphAlgorithms
import GraphCore
import Testing

/// Every per-node group column and the mixing summaries against bctpy 0.6.1 (participation,
/// z-score) and plain Python / networkx (the rest), on every corpus graph, two groupings (one with
/// ungrouped nodes), weighted and unweighted, and every direction of the directed graphs.
@Suite struct GroupsFixtureTests {
    static let tolerance = 1e-12

    static func direction(_ name: String) -> DegreeDirection {
        switch name {
        case "in": return .incoming
        case "all": return .all
        default: return .outgoing
        }
    }

    @Test func perNodeColumns() throws {
        for fixture in try GroupsFixture.all() {
            for grouping in fixture.groupings {
                for (caseName, expected) in grouping.cases.sorted(by: { $0.key < $1.key }) {
                    let parts = caseName.split(separator: "_").map(String.init)
                    let weighted = parts[0] == "weighted", direction = Self.direction(parts[1])
                    let what = "\(fixture.name) \(grouping.name) \(caseName)"
                    let profile = try GroupProfile.compute(
                        fixture.graph, groups: grouping.labels, groupCount: grouping.groupCount,
                        weighted: weighted, direction: direction, threads: 2)
                    let t = Self.tolerance
                    expectColumn(
                        profile.participation, try Fixtures.column(expected, "participation"), relative: t,
                        "\(what) participation")
                    expectColumn(
                        profile.withinGroupZScore, try Fixtures.column(expected, "zscore"), relative: t,
                        "\(what) z-score")
                    expectColumn(profile.entropy, try Fixtures.column(expected, "entropy"), relative: t, "\(what) entropy")
                    expectColumn(profile.blau, try Fixtures.column(expected, "blau"), relative: t, "\(what) Blau")
                    expectColumn(profile.eiIndex, try Fixtures.column(expected, "ei"), relative: t, "\(what) E-I")
                    expectColumn(
                        profile.groupsInOneStep.map(Double.init), try Fixtures.column(expected, "groups_one"),
                        relative: 0, "\(what) groups in one step")
                    expectColumn(
                        profile.groupsInTwoSteps.map(Double.init), try Fixtures.column(expected, "groups_two"),
                        relative: 0, "\(what) groups in two steps")
                    expectColumn(
                        profile.twoStepReach, try Fixtures.column(expected, "two_step_reach"), relative: t,
                        "\(what) two-step reach")
                    expectColumn(
                        profile.role.map { $0.map { Double($0.rawValue) } ?? .nan },
                        try Fixtures.column(expected, "role"), relative: 0, "\(what) role")
                }
            }
        }
    }

    @Test func singleEntryPointsAgreeWithTheProfile() throws {
        for fixture in try GroupsFixture.all() {
            for grouping in fixture.groupings {
                for weighted in [false, true] {
                    for direction in DegreeDirection.allCases {
                        let g = fixture.graph, labels = grouping.labels, count = grouping.groupCount
                        let what = "\(fixture.name) \(grouping.name) weighted \(weighted) \(direction)"
                        let profile = try GroupProfile.compute(
                            g, groups: labels, groupCount: count, weighted: weighted, direction: direction, threads: 1)
                        let p = try Participation.coefficient(
                            g, groups: labels, groupCount: count, weighted: weighted, direction: direction)
                        let z = try Participation.withinGroupDegreeZScore(
                            g, groups: labels, groupCount: count, weighted: weighted, direction: direction)
                        let diversity = try NeighborGroupDiversity.compute(
                            g, groups: labels, groupCount: count, weighted: weighted, direction: direction)
                        let reach = try GroupReach.compute(
                            g, groups: labels, groupCount: count, direction: direction, threads: 2)
                        #expect(bitwiseEqual(p, profile.participation), "\(what) participation")
                        #expect(bitwiseEqual(z, profile.withinGroupZScore), "\(what) z-score")
                        #expect(bitwiseEqual(diversity.entropy, profile.entropy), "\(what) entropy")
                        #expect(bitwiseEqual(diversity.eiIndex, profile.eiIndex), "\(what) E-I")
                        #expect(reach.groupsInTwoSteps == profile.groupsInTwoSteps, "\(what) groups")
                        #expect(bitwiseEqual(reach.twoStepReach, profile.twoStepReach), "\(what) reach")
                        let reachAlone = try GroupReach.twoStepReach(g, direction: direction, threads: 1)
                        #expect(bitwiseEqual(reachAlone, profile.twoStepReach), "\(what) reach without groups")
                        #expect(try GroupRole.classify(z: z, participation: p) == profile.role, "\(what) roles")
                    }
                }
            }
        }
    }

    @Test func mixingMatrixAndEIIndices() throws {
        for fixture in try GroupsFixture.all() {
            for grouping in fixture.groupings {
                for weighting in ["unweighted", "weighted"] {
                    let what = "\(fixture.name) \(grouping.name) \(weighting)"
                    let expected = try #require(grouping.mixing[weighting], "\(what) mixing")
                    let mixing = try GroupMixing.compute(
                        fixture.graph, groups: grouping.labels, groupCount: grouping.groupCount,
                        weighted: weighting == "weighted")
                    let t = Self.tolerance
                    let counts = try Fixtures.matrix(expected, "counts"), shares = try Fixtures.matrix(expected, "shares")
                    for s in 0..<grouping.groupCount {
                        expectColumn(mixing.counts[s], counts[s], relative: t, "\(what) counts row \(s)")
                        expectColumn(mixing.shares[s], shares[s], relative: t, "\(what) shares row \(s)")
                    }
                    expectColumn(mixing.groupEIIndex, try Fixtures.column(expected, "group_ei"), relative: t, "\(what) group E-I")
                    expectScalar(mixing.internalTies, try Fixtures.scalar(expected, "internal"), relative: t, "\(what) I")
                    expectScalar(mixing.externalTies, try Fixtures.scalar(expected, "external"), relative: t, "\(what) E")
                    expectScalar(mixing.networkEIIndex, try Fixtures.scalar(expected, "network_ei"), relative: t, "\(what) E-I")
                    expectScalar(
                        mixing.crossGroupShare, try Fixtures.scalar(expected, "cross_share"), relative: t,
                        "\(what) cross-group share")
                    expectScalar(
                        mixing.maximumEIIndex ?? .nan, try Fixtures.scalar(expected, "max_ei"), relative: t, "\(what) max E-I")
                    expectScalar(
                        mixing.minimumEIIndex ?? .nan, try Fixtures.scalar(expected, "min_ei"), relative: t, "\(what) min E-I")
                }
            }
        }
    }
}

/// Whether two columns are identical bit for bit (NaN equal to NaN).
func bitwiseEqual(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern }
}
