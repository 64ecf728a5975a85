import Foundation
import GraphAlgorithms
import NetworkAnalysis
import NetworkIO
import NetworkModel
import Testing

/// `NetworkSummary` counts components, density and repeated ties from the ties in place; these tests
/// check it against the projection, `Components.weak`, `Density` and a set of tie keys.
@Suite struct NetworkSummaryTests {
    /// The figures as the summary computed them before it stopped building a graph and a set of keys.
    struct Reference: Equatable {
        var componentCount: Int
        var largestComponentSize: Int
        var density: Double
        var duplicateTieCount: Int

        struct Key: Hashable {
            var first: Int32, second: Int32
            var kind: TieKind
            var wave: String?
        }

        init(_ network: Network) {
            let graph = GraphProjection().project(network).graph
            let sizes = Components.weak(graph).sizes
            componentCount = sizes.count
            largestComponentSize = sizes.max() ?? 0
            density = Density.density(graph)
            var seen = Set<Key>()
            duplicateTieCount = 0
            for tie in network.ties {
                let ordered = tie.direction == .directed || tie.source <= tie.target
                let key = Key(
                    first: ordered ? tie.source : tie.target, second: ordered ? tie.target : tie.source,
                    kind: tie.kind, wave: tie.wave)
                if !seen.insert(key).inserted { duplicateTieCount += 1 }
            }
        }

        init(_ summary: NetworkSummary) {
            componentCount = summary.componentCount
            largestComponentSize = summary.largestComponentSize
            density = summary.density
            duplicateTieCount = summary.duplicateTieCount
        }
    }

    @Test(arguments: ["karate", "florentine", "southern-women", "integration-initiative", "kumu-three-cities"])
    func datasetsGiveTheFiguresOfTheProjection(dataset: String) throws {
        let network = try NetworkLoader.load(path: DatasetMetricsTests.repositoryRoot().appendingPathComponent(
            "datasets/\(dataset)").path).network
        #expect(Reference(NetworkSummary(network)) == Reference(network))
    }

    /// Parallel and reversed ties of every direction, self-loops, isolates, kinds and waves, at random.
    @Test(arguments: [1, 2, 3, 4, 5])
    func mixedTiesGiveTheFiguresOfTheProjection(seed: UInt64) throws {
        var state = seed &* 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var network = Network()
        let nodeCount = 40 + next(40)
        for index in 0..<nodeCount { try network.addNode(Node(id: "n\(index)")) }
        let kinds: [TieKind] = [.tie, .shares, .advises, "mentors"]
        let directions: [TieDirection] = [.directed, .undirected, .mutual]
        for _ in 0..<(60 + next(120)) {
            try network.addTie(
                Tie(
                    source: Int32(next(nodeCount / 2)), target: Int32(next(nodeCount / 2)), kind: kinds[next(4)],
                    direction: directions[next(3)], wave: next(3) == 0 ? nil : String(next(2))))
        }
        let summary = NetworkSummary(network)
        #expect(Reference(summary) == Reference(network))
        #expect(summary.isolates.count >= nodeCount - nodeCount / 2)
    }

    @Test func emptyAndTieless() throws {
        #expect(Reference(NetworkSummary(Network())) == Reference(Network()))
        var network = Network()
        try network.addNode(Node(id: "a"))
        try network.addNode(Node(id: "b"))
        try network.addTie(Tie(source: 0, target: 0))
        let summary = NetworkSummary(network)
        #expect(Reference(summary) == Reference(network))
        #expect(summary.componentCount == 2 && summary.selfLoopCount == 1 && summary.isolates == ["a", "b"])
    }
}
