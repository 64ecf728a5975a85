import GraphAlgorithms
import GraphCore
import Testing

/// Burt's constraint, effective size and efficiency against networkx on every corpus graph
/// (scripts/fixtures/structural_holes.py), plus hand-worked values and invalid input.
@Suite struct StructuralHolesTests {
    @Test func everyCorpusGraphMatchesNetworkx() throws {
        for name in try Fixtures.graphNames() {
            let entry = try Fixtures.entry(name)
            let expected = try Fixtures.expected("structural_holes", name)
            for weighted in [false, true] {
                let suffix = weighted ? "_weighted" : ""
                let graph = try entry.graph(weighted: weighted)
                let measures = try StructuralHoles.compute(
                    graph, weighted: weighted, redundancyScale: .networkxScipyPath)
                let burt = try StructuralHoles.compute(graph, weighted: weighted)
                let label = "\(name)\(suffix)"
                #expect(burt.constraint.elementsEqual(measures.constraint) { $0 == $1 || ($0.isNaN && $1.isNaN) })
                expectColumn(
                    burt.effectiveSize, try Fixtures.column(expected, "effective_size_burt" + suffix),
                    "\(label) Burt effective size")
                expectColumn(
                    burt.efficiency, try Fixtures.column(expected, "efficiency_burt" + suffix),
                    "\(label) Burt efficiency")
                expectColumn(
                    measures.constraint, try Fixtures.column(expected, "constraint" + suffix), "\(label) constraint")
                expectColumn(
                    measures.effectiveSize, try Fixtures.column(expected, "effective_size" + suffix),
                    "\(label) effective size")
                expectColumn(
                    measures.efficiency, try Fixtures.column(expected, "efficiency" + suffix), "\(label) efficiency")
            }
        }
    }

    @Test func resultDoesNotDependOnThreadCount() throws {
        let graph = try Fixtures.entry("les_miserables").graph()
        let one = try StructuralHoles.compute(graph, weighted: true, threads: 1)
        let three = try StructuralHoles.compute(graph, weighted: true, threads: 3)
        #expect(one.constraint == three.constraint)
        #expect(one.effectiveSize == three.effectiveSize)
    }

    /// A star: the centre's contacts are not tied to each other, the leaves have one contact.
    @Test func starByHand() throws {
        var builder = try GraphBuilder(nodeCount: 5, directed: false)
        for leaf in 1...4 { try builder.addEdge(0, leaf) }
        let measures = try StructuralHoles.compute(builder.build())
        // Centre: p = 1/4 to each leaf, no indirect paths: 4 · (1/4)² = 1/4; effective size 4.
        #expect(abs(measures.constraint[0] - 0.25) < 1e-15)
        #expect(measures.effectiveSize[0] == 4)
        #expect(measures.efficiency[0] == 1)
        // Leaf: one contact with p = 1, its redundancy term involves only the leaf's own row: 1.
        #expect(measures.constraint[1] == 1)
        #expect(measures.effectiveSize[1] == 1)
    }

    /// A triangle with a pendant: Borgatti's n − 2t/n on the ego network equals Burt's form.
    @Test func triangleWithPendantByHand() throws {
        var builder = try GraphBuilder(nodeCount: 4, directed: false)
        for (u, v) in [(0, 1), (1, 2), (2, 0), (2, 3)] { try builder.addEdge(u, v) }
        let measures = try StructuralHoles.compute(builder.build())
        // Node 2: contacts 0, 1, 3 with one tie among them: 3 − 2·1/3.
        #expect(abs(measures.effectiveSize[2] - (3 - 2.0 / 3)) < 1e-15)
        // Node 0: contacts 1, 2 tied to each other: 2 − 2·1/2 = 1; p_01 = p_02 = 1/2,
        // p_01 + p_02·p_21 = 1/2 + 1/2·1/3 = 2/3 and p_02 + p_01·p_12 = 1/2 + 1/2·1/2 = 3/4.
        #expect(abs(measures.effectiveSize[0] - 1) < 1e-15)
        #expect(abs(measures.constraint[0] - (4.0 / 9 + 9.0 / 16)) < 1e-15)
    }

    @Test func isolatesAndSelfLoopOnlyNodesAreNaN() throws {
        var builder = try GraphBuilder(nodeCount: 4, directed: false)
        try builder.addEdge(0, 1)
        try builder.addEdge(2, 2, weight: 2)
        let measures = try StructuralHoles.compute(builder.build(), weighted: true)
        for node in [2, 3] {
            #expect(measures.constraint[node].isNaN)
            #expect(measures.effectiveSize[node].isNaN)
            #expect(measures.efficiency[node].isNaN)
        }
        #expect(measures.constraint[0] == 1)
    }

    @Test func invalidInputThrows() throws {
        var builder = try GraphBuilder(nodeCount: 3, directed: true)
        try builder.addEdge(0, 1, weight: 2)
        try builder.addEdge(1, 2, weight: 0)
        let graph = builder.build()
        #expect(throws: AlgorithmError.self) { try StructuralHoles.compute(graph, weighted: true) }
        #expect(throws: AlgorithmError.self) { try StructuralHoles.compute(graph, threads: 0) }
        // Unweighted, the zero strength is just a tie.
        #expect(try StructuralHoles.compute(graph).constraint[1] == 0.5)
    }
}
