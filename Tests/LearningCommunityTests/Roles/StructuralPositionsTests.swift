import LearningCommunity
import Testing

@Suite struct StructuralPositionsTests {
    /// Eleven nodes: node 0 with 10 ties (a star centre), nodes 1–9 with one tie each, node 10 isolated.
    /// Degrees 10, 1×9, 0: mean 19/11, population sd √(Σk²/n − mean²) = √(109/11 − (19/11)²) ≈ 2.7107,
    /// so node 0's z = (10 − 1.7273)/2.7107 ≈ 3.052 ≥ 2.5.
    @Test func starCentreIsHubBrokerAndBridge() {
        let nodes = (0..<11).map { Int32($0) }
        let degree: [Double] = [10] + Array(repeating: 1, count: 9) + [0]
        let betweenness: [Double] = [1] + Array(repeating: 0, count: 10)
        let cutOff = [9] + Array(repeating: 0, count: 10)
        let inCore = [true] + Array(repeating: false, count: 10)
        let roles = StructuralPositions.assign(
            PositionInputs(nodes: nodes, degree: degree, betweenness: betweenness, articulationCutOff: cutOff,
                           inCore: inCore, corePeripheryFit: 0.9))
        let centre = roles.filter { $0.node == 0 }.map(\.role)
        #expect(centre == [.hub, .broker, .bridge])
        let hub = roles.first { $0.role == .hub }
        #expect(abs((hub?.score ?? 0) - (10 - 19.0 / 11) / (109.0 / 11 - 361.0 / 121).squareRoot()) < 1e-12)
        #expect(roles.filter { $0.role == .peripheral }.map(\.node) == Array(1...9).map { Int32($0) })
        #expect(roles.filter { $0.role == .isolate }.map(\.node) == [10])
        #expect(roles.first { $0.role == .bridge }?.evidence.contains("9 nodes lose") == true)
    }

    /// Peripheral only where the core/periphery partition fits, and against nodes of the same kind: two
    /// organizations with 4 and 6 ties (median 5) and three practices with 1, 1 and 2 (median 1), none in the core.
    @Test func peripheralNeedsAFittingPartitionAndComparesWithinKinds() {
        func roles(fit: Double) -> [RoleAssignment] {
            StructuralPositions.assign(
                PositionInputs(
                    nodes: [0, 1, 2, 3, 4], degree: [4, 6, 1, 1, 2], betweenness: [0, 0, 0, 0, 0],
                    articulationCutOff: [0, 0, 0, 0, 0], inCore: [false, false, false, false, false],
                    kinds: ["organization", "organization", "practice", "practice", "practice"],
                    labels: ["Org A", "Org B", "P1", "P2", "P3"], corePeripheryFit: fit))
        }
        let found = roles(fit: 0.6).filter { $0.role == .peripheral }
        #expect(found.map(\.node) == [0, 2, 3])
        #expect(found.first?.evidence == "outside the network's core (core/periphery fit 0.6, threshold 0.5), with 4 ties (median among organizations: 5)")
        #expect(found.first?.plain == "Org A sits outside the network's core, with 4 ties where the typical organization has 5.")
        #expect(roles(fit: 0.45).allSatisfy { $0.role != .peripheral })
        #expect(roles(fit: .nan).allSatisfy { $0.role != .peripheral })
    }

    @Test func uniformNetworkHasNoHubsOrBrokers() {
        let roles = StructuralPositions.assign(
            PositionInputs(nodes: [0, 1, 2, 3], degree: [2, 2, 2, 2], betweenness: [0, 0, 0, 0],
                           articulationCutOff: [0, 0, 0, 0], inCore: [true, true, true, true]))
        #expect(roles.isEmpty)
    }
}

@Suite struct NetworkShapeTests {
    func indicators(
        largest: Double = 1, centralization: Double = 0.1, hubs: Int = 0, fit: Double = 0.1, core: Double = 0.2
    ) -> ShapeIndicators {
        ShapeIndicators(
            nodes: 100, components: largest < 1 ? 7 : 1, largestComponentShare: largest,
            degreeCentralization: centralization, hubs: hubs, corePeripheryFit: fit, coreShare: core)
    }

    @Test func eachRuleInItsOrder() {
        #expect(NetworkShape.classify(indicators(largest: 0.3, centralization: 0.9)).shape == .scatteredFragments)
        #expect(NetworkShape.classify(indicators(centralization: 0.8, fit: 0.9)).shape == .hubAndSpoke)
        #expect(NetworkShape.classify(indicators(hubs: 4, fit: 0.7)).shape == .corePeriphery)
        #expect(NetworkShape.classify(indicators(hubs: 4, fit: 0.7, core: 0.8)).shape == .multiHub)
        #expect(NetworkShape.classify(indicators(hubs: 3)).shape == .multiHub)
        #expect(NetworkShape.classify(indicators()).shape == .looselyKnit)
    }

    @Test func reasonStatesTheIndicators() {
        let (shape, reason) = NetworkShape.classify(indicators(largest: 0.25))
        #expect(shape == .scatteredFragments)
        #expect(reason == "7 separate components; the largest holds only 25% of the nodes (threshold 50%)")
    }
}
