import GraphAlgorithms
import GraphCore
import Testing

/// Cores, clustering, components, cut vertices, bridges, centralisation and assortativity against
/// networkx (and igraph for centralisation) on every corpus graph.
@Suite struct StructureFixtureTests {
    @Test func coreNumbers() throws {
        for fixture in try StructureFixture.all() {
            expectColumn(CoreNumber.compute(fixture.graph).map(Double.init), try fixture.column("core"),
                "\(fixture.name) core")
        }
    }

    @Test func clustering() throws {
        for fixture in try StructureFixture.all() {
            let g = fixture.graph, name = fixture.name
            expectColumn(Clustering.local(g), try fixture.column("clustering"), "\(name) clustering")
            expectColumn(
                Clustering.local(g, weighted: true), try fixture.column("clustering_weighted"),
                "\(name) weighted clustering")
            expectScalar(Clustering.average(g), try fixture.scalar("average_clustering"), "\(name) average clustering")
            expectScalar(Clustering.transitivity(g), try fixture.scalar("transitivity"), "\(name) transitivity")
        }
    }

    @Test func components() throws {
        for fixture in try StructureFixture.all() {
            let g = fixture.graph, name = fixture.name
            let weak = Components.weak(g), strong = Components.strong(g)
            expectColumn(weak.labels.map(Double.init), try fixture.column("weak_component"), "\(name) weak labels")
            expectColumn(
                weak.sizePerNode.map(Double.init), try fixture.column("weak_component_size"), "\(name) weak sizes")
            expectColumn(
                strong.labels.map(Double.init), try fixture.column("strong_component"), "\(name) strong labels")
            expectScalar(Double(weak.count), try fixture.scalar("weak_components"), "\(name) weak count")
            expectScalar(Double(strong.count), try fixture.scalar("strong_components"), "\(name) strong count")
            expectScalar(weak.largestShare, try fixture.scalar("largest_weak_share"), "\(name) weak share")
            expectScalar(strong.largestShare, try fixture.scalar("largest_strong_share"), "\(name) strong share")
        }
    }

    @Test func articulationPointsAndBridges() throws {
        for fixture in try StructureFixture.all() {
            let cut = ArticulationPoints.compute(fixture.graph)
            expectColumn(
                cut.cutOff.map(Double.init), try fixture.column("articulation_cutoff"),
                "\(fixture.name) articulation cut-off")
            let expected = try #require(fixture.values["bridges"] as? [[Int]], "\(fixture.name) bridges")
            #expect(cut.bridges.map { [$0.0, $0.1] } == expected, "\(fixture.name) bridges")
            for (node, isPoint) in cut.isArticulationPoint.enumerated() where !isPoint {
                #expect(cut.cutOff[node] == 0, "\(fixture.name) node \(node)")
            }
        }
    }

    @Test func centralization() throws {
        for fixture in try StructureFixture.all() {
            let g = fixture.graph, name = fixture.name
            expectScalar(
                Centralization.degree(g), try fixture.scalar("degree_centralization"), "\(name) degree centralization")
            let betweenness = try fixture.column("betweenness_igraph").map { $0 ?? .nan }
            expectScalar(
                Centralization.betweenness(betweenness, directed: g.isDirected),
                try fixture.scalar("betweenness_centralization"), "\(name) betweenness centralization")
        }
    }

    @Test func assortativity() throws {
        for fixture in try StructureFixture.all() {
            let g = fixture.graph, name = fixture.name
            expectScalar(
                Assortativity.degree(g), try fixture.scalar("degree_assortativity"), "\(name) degree assortativity")
            let categories = (0..<g.nodeCount).map { $0 % 3 }
            expectScalar(
                try Assortativity.attribute(g, categories: categories),
                try fixture.scalar("attribute_assortativity"), "\(name) attribute assortativity")
        }
    }
}
