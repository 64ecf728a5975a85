import GraphAlgorithms
import GraphCore
import Testing

/// Invalid groupings and parameters throw typed errors instead of trapping.
@Suite struct GroupInvalidInputTests {
    static func graph() throws -> Graph {
        try HandWorkedGroupTests.graph(HandWorkedGroupTests.twoGroupEdges, nodes: 6)
    }

    static let badGroupings: [(groups: [Int32], groupCount: Int)] = [
        ([0, 0, 0, 1, 1], 2),  // one label short
        ([0, 0, 0, 1, 1, 1, 1], 2),  // one label too many
        ([0, 0, 0, 1, 1, 2], 2),  // label out of range
        ([0, 0, 0, 1, 1, -2], 2),  // negative label other than -1
        ([0, 0, 0, 1, 1, 1], -1),  // negative group count
    ]

    @Test(arguments: 0..<5) func everyEntryPointRejectsABadGrouping(_ index: Int) throws {
        let g = try Self.graph()
        let (groups, count) = Self.badGroupings[index]
        #expect(throws: AlgorithmError.self) { try Participation.coefficient(g, groups: groups, groupCount: count) }
        #expect(throws: AlgorithmError.self) {
            try Participation.withinGroupDegreeZScore(g, groups: groups, groupCount: count)
        }
        #expect(throws: AlgorithmError.self) { try NeighborGroupDiversity.compute(g, groups: groups, groupCount: count) }
        #expect(throws: AlgorithmError.self) { try GroupReach.compute(g, groups: groups, groupCount: count) }
        #expect(throws: AlgorithmError.self) { try GroupProfile.compute(g, groups: groups, groupCount: count) }
        #expect(throws: AlgorithmError.self) { try GroupMixing.compute(g, groups: groups, groupCount: count) }
        #expect(throws: AlgorithmError.self) { try EIPermutationTest.run(g, groups: groups, groupCount: count) }
    }

    @Test func labelOutOfRangeNamesTheNode() throws {
        let g = try Self.graph()
        #expect(throws: AlgorithmError.invalidParameter(
            name: "groups[5]", value: "2", reason: "labels must be -1 (no group) or in 0..<2")) {
            try Participation.coefficient(g, groups: [0, 0, 0, 1, 1, 2], groupCount: 2)
        }
    }

    @Test func badParameters() throws {
        let g = try Self.graph(), groups = HandWorkedGroupTests.twoGroups
        #expect(throws: AlgorithmError.self) { try EIPermutationTest.run(g, groups: groups, groupCount: 2, permutations: 0) }
        #expect(throws: AlgorithmError.self) { try EIPermutationTest.run(g, groups: groups, groupCount: 2, threads: 0) }
        #expect(throws: AlgorithmError.self) { try GroupReach.compute(g, groups: groups, groupCount: 2, threads: 0) }
        #expect(throws: AlgorithmError.self) { try GroupProfile.compute(g, groups: groups, groupCount: 2, threads: 0) }
        #expect(throws: AlgorithmError.self) { try GroupRole.classify(z: [0, 1], participation: [0.5]) }
        #expect(throws: AlgorithmError.self) {
            try GroupRoleThresholds(
                hubZ: .nan, ultraPeripheralMaximum: 0.05, peripheralMaximum: 0.62, nonHubConnectorMaximum: 0.8,
                provincialHubMaximum: 0.3, connectorHubMaximum: 0.75)
        }
        #expect(throws: AlgorithmError.self) {
            try GroupRoleThresholds(
                hubZ: 2.5, ultraPeripheralMaximum: 0.7, peripheralMaximum: 0.62, nonHubConnectorMaximum: 0.8,
                provincialHubMaximum: 0.3, connectorHubMaximum: 0.75)
        }
        #expect(throws: AlgorithmError.self) {
            try GroupRoleThresholds(
                hubZ: 2.5, ultraPeripheralMaximum: 0.05, peripheralMaximum: 0.62, nonHubConnectorMaximum: 0.8,
                provincialHubMaximum: 0.3, connectorHubMaximum: 1.5)
        }
    }

    @Test func emptyGraphAndNoGroups() throws {
        let empty = try GraphBuilder(nodeCount: 0, directed: false).build(parallelEdges: .sum, weighted: false)
        let profile = try GroupProfile.compute(empty, groups: [], groupCount: 0)
        #expect(profile.participation.isEmpty && profile.twoStepReach.isEmpty)
        let mixing = try GroupMixing.compute(empty, groups: [], groupCount: 0)
        #expect(mixing.counts.isEmpty && mixing.networkEIIndex.isNaN && mixing.maximumEIIndex == nil)
    }
}
