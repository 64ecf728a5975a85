import NetworkMaps
import NetworkModel
import Testing

/// Node statements of a map: lines like `  n12 [`.
func nodeStatementLines(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { line in
        let trimmed = line.drop { $0 == " " }
        guard trimmed.first == "n" else { return false }
        let digits = trimmed.dropFirst().prefix { $0.isNumber }
        return !digits.isEmpty && trimmed.dropFirst(1 + digits.count).hasPrefix(" [")
    }
}

/// Edge statements of a map: lines holding `->` or `--` between synthetic ids.
func edgeStatementLines(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { $0.hasPrefix("  n") && ($0.contains(" -> n") || $0.contains(" -- n")) }
}

@Suite struct NetworkMapTests {
    static let betweenness = MapMetric(name: "betweenness", values: [0.5, 0, 0.25, 0.75, 0])

    @Test func colourShapeAndLegendFollowKinds() throws {
        let network = try SampleNetworks.community()
        let dot = try NetworkMap(network: network, options: MapOptions(size: Self.betweenness)).dotText()
        let nodes = nodeStatementLines(dot)
        #expect(nodes.count == 5)
        #expect(nodes[0].contains(##"fillcolor="#0072B2""##) && nodes[0].contains(##"shape="ellipse""##))
        #expect(nodes[2].contains(##"fillcolor="#E69F00""##) && nodes[2].contains(##"shape="box""##))
        #expect(nodes[3].contains(##"fillcolor="#009E73""##) && nodes[3].contains(##"shape="hexagon""##))
        #expect(nodes[4].contains(##"fillcolor="#CC79A7""##) && nodes[4].contains(##"shape="diamond""##))
        for entry in ["person (2)", "organization (1)", "initiative (1)", "practice (1)", "Size: betweenness",
                      "0 to 0.75", "funds (1)", "advises (1)", "shares (1)", "member_of (1)"] {
            #expect(dot.contains(entry), "legend lacks \(entry)")
        }
    }

    @Test func sizeGrowsWithTheMetricBetweenTheStyleBounds() throws {
        let network = try SampleNetworks.community()
        let dot = try NetworkMap(network: network, options: MapOptions(size: Self.betweenness)).dotText()
        let nodes = nodeStatementLines(dot)
        #expect(nodes[3].contains("width=0.75,"))  // the largest value gets maxNodeSize
        #expect(nodes[1].contains("width=0.18,"))  // the smallest gets minNodeSize
        #expect(nodes[0].contains("width=0.645,"))  // 0.18 + 0.57·√(0.5/0.75)
    }

    @Test func tiesGetWidthByWeightStyleByKindAndArrowsByDirection() throws {
        let dot = try NetworkMap(network: try SampleNetworks.community()).dotText()
        let edges = edgeStatementLines(dot)
        #expect(edges.count == 4)
        #expect(dot.hasPrefix("digraph liaison_map {"))
        #expect(edges[0].hasPrefix("  n2 -> n3 [penwidth=2.5, style=\"bold\""))
        #expect(edges[1].hasPrefix(##"  n0 -> n3 [penwidth=0.6, color="#56B4E9AA", tooltip="##))
        #expect(edges[2].contains(##"style="dashed""##))
        #expect(edges[3].contains(##"style="dotted", color="#CC79A7CC", dir="none""##))
        #expect(edges[3].contains("penwidth=1.55"))
    }

    @Test func undirectedNetworksAreGraphsAndMutualTiesPointBothWays() throws {
        var network = Network()
        for id in ["a", "b", "c"] { try network.addNode(Node(id: id)) }
        try network.addTie(Tie(source: 0, target: 1, kind: .collaboratesWith))
        try network.addTie(Tie(source: 1, target: 1, kind: .shares))
        let undirected = try NetworkMap(network: network).dotText()
        #expect(undirected.hasPrefix("graph liaison_map {"))
        #expect(edgeStatementLines(undirected).map { $0.prefix(12) } == ["  n0 -- n1 [", "  n1 -- n1 ["])
        #expect(!undirected.contains("dir="))
        try network.addTie(Tie(source: 2, target: 0, kind: .advises, direction: .mutual))
        let mixed = try NetworkMap(network: network).dotText()
        let edges = edgeStatementLines(mixed)
        #expect(mixed.hasPrefix("digraph liaison_map {"))
        #expect(edges[0].contains(##"dir="none""##))
        #expect(edges[2].contains(##"dir="both""##))
        #expect(nodeStatementLines(mixed)[1].contains(#"ties: 3"#))  // the self-loop counts twice
    }

    @Test func colouringByAttributeAndByGivenCategories() throws {
        let network = try SampleNetworks.community()
        let byCity = try NetworkMap(network: network, options: MapOptions(coloring: .attribute("city"))).dotText()
        let cityNodes = nodeStatementLines(byCity)
        #expect(cityNodes[0].contains(##"fillcolor="#0072B2""##))  // Lyon, the largest city, gets the first colour
        #expect(cityNodes[1].contains(##"fillcolor="#E69F00""##))  // Accra
        #expect(cityNodes[3].contains(##"fillcolor="#BBBBBB""##))  // no city
        #expect(byCity.contains("Lyon (2)") && byCity.contains("Accra (1)") && byCity.contains("(none) (2)"))
        #expect(byCity.contains("Shape: kind"))

        let communities = MapOptions(coloring: .categories(name: "community", values: ["1", "1", "2", "2", "2"]))
        let byCommunity = try NetworkMap(network: network, options: communities).dotText()
        let communityNodes = nodeStatementLines(byCommunity)
        #expect(communityNodes[4].contains(##"fillcolor="#0072B2""##))
        #expect(communityNodes[0].contains(##"fillcolor="#E69F00""##))
        #expect(byCommunity.contains("Colour: community"))
        #expect(communityNodes[0].contains(##"community: 1"##))
    }

    @Test func categoriesBeyondThePaletteShareTheOtherColour() throws {
        let network = try SampleNetworks.ring(count: 20)
        let values = (0..<20).map { "c\($0 % 10)" }
        let dot = try NetworkMap(network: network, options: MapOptions(coloring: .categories(name: "team", values: values))).dotText()
        #expect(dot.contains("other (6)"))
        #expect(nodeStatementLines(dot).filter { $0.contains(##"fillcolor="#BBBBBB""##) }.count == 6)
    }

    @Test func topNodesBySizeMetricGetLabels() throws {
        let network = try SampleNetworks.ring(count: 60)
        let metric = MapMetric(name: "betweenness", values: (0..<60).map { Double(($0 * 37) % 60) })
        let top5 = try NetworkMap(network: network, options: MapOptions(size: metric, labelTopN: 5)).dotText()
        let labelled = nodeStatementLines(top5).filter { $0.contains("xlabel=") }
        #expect(labelled.count == 5)
        let expected = (0..<60).sorted { metric.values[$0] > metric.values[$1] }.prefix(5).map { "Person \($0)" }
        for name in expected { #expect(labelled.contains { $0.contains(##"xlabel="\##(name)""##) }) }

        let defaults = try NetworkMap(network: network, options: MapOptions(size: metric)).dotText()
        #expect(nodeStatementLines(defaults).filter { $0.contains("xlabel=") }.count == 25)
        let small = try NetworkMap(network: try SampleNetworks.ring(count: 12)).dotText()
        #expect(nodeStatementLines(small).filter { $0.contains("xlabel=") }.count == 12)
    }

    @Test func clustersGroupNodesByAttribute() throws {
        let map = NetworkMap(network: try SampleNetworks.community(), options: MapOptions(clusterAttribute: "city"))
        let document = try map.document()
        #expect(document.clusters.count == 2)
        #expect(document.clusters.map { $0.nodes.map(\.id) } == [["n1"], ["n0", "n2"]])  // Accra, Lyon
        #expect(document.nodes.map(\.id) == ["n3", "n4"])
        #expect(map.engine == .neato)
        let dot = try map.dotText()
        #expect(dot.contains("subgraph cluster_c0 {\n    label=\"Accra\";"))
        #expect(dot.contains("subgraph cluster_c1 {\n    label=\"Lyon\";"))
        // The layout pass holds each group together by an invisible anchor instead of a subgraph.
        let layout = try map.layoutDocument()
        #expect(layout.clusters.isEmpty)
        #expect(layout.nodes.map(\.id) == ["g0", "n1", "g1", "n0", "n2", "n3", "n4"])
        #expect(layout.edges.filter { $0.from.hasPrefix("g") }.count == 3)
    }

    @Test func aSubsetDrawsOnlyItsNodesAndTheTiesAmongThem() throws {
        let map = NetworkMap(network: try SampleNetworks.community(), options: MapOptions(nodePositions: [3, 0, 2, 3]))
        let dot = try map.dotText()
        #expect(nodeStatementLines(dot).map { $0.prefix(4) } == ["  n0", "  n2", "  n3"])
        #expect(edgeStatementLines(dot).count == 2)
    }

    @Test func engineAndSeedDependOnSize() throws {
        let small = NetworkMap(network: try SampleNetworks.ring(count: 30), options: MapOptions(seed: 42))
        #expect(small.engine == .neato)
        let smallDot = try small.dotText()
        #expect(smallDot.contains(##"layout="neato""##) && smallDot.contains("start=42"))
        let large = NetworkMap(network: try SampleNetworks.ring(count: 400))
        #expect(large.engine == .sfdp)
        let largeDot = try large.dotText()
        #expect(largeDot.contains(##"layout="sfdp""##) && largeDot.contains(##"overlap="prism""##))
        let chosen = NetworkMap(network: try SampleNetworks.ring(count: 400), options: MapOptions(engine: .dot))
        #expect(try chosen.dotText().contains(##"layout="dot""##))
    }

    @Test func tooltipsCarryLabelKindAndMetrics() throws {
        let options = MapOptions(size: Self.betweenness, tooltipMetrics: [MapMetric(name: "pagerank", values: [0.1, 0.2, 0.3, 0.25, 0.15])])
        let dot = try NetworkMap(network: try SampleNetworks.community(), options: options).dotText()
        #expect(nodeStatementLines(dot)[3].contains(
            ##"tooltip="Garden Lab\nid: garden\nkind: initiative\nties: 3\nbetweenness: 0.75\npagerank: 0.25""##))
    }

    @Test func buildingTwiceGivesIdenticalText() throws {
        let options = MapOptions(title: "t", coloring: .attribute("team"), size: MapMetric(name: "m", values: (0..<90).map { Double($0 % 11) }), clusterAttribute: "team")
        let first = try NetworkMap(network: try SampleNetworks.ring(count: 90), options: options).dotText()
        let second = try NetworkMap(network: try SampleNetworks.ring(count: 90), options: options).dotText()
        #expect(first == second)
    }

    @Test func invalidOptionsThrowTypedErrors() throws {
        let network = try SampleNetworks.community()
        #expect(throws: NetworkMapError.wrongValueCount(name: "betweenness", expected: 5, actual: 2)) {
            try NetworkMap(network: network, options: MapOptions(size: MapMetric(name: "betweenness", values: [1, 2]))).dotText()
        }
        #expect(throws: NetworkMapError.wrongValueCount(name: "community", expected: 5, actual: 0)) {
            try NetworkMap(network: network, options: MapOptions(coloring: .categories(name: "community", values: []))).dotText()
        }
        #expect(throws: NetworkMapError.unknownNodePosition(9)) {
            try NetworkMap(network: network, options: MapOptions(nodePositions: [0, 9])).dotText()
        }
        #expect(throws: NetworkMapError.negativeLabelCount(-1)) {
            try NetworkMap(network: network, options: MapOptions(labelTopN: -1)).dotText()
        }
    }

    @Test func emptyNetworkGivesAnEmptyButValidMap() throws {
        let dot = try NetworkMap(network: Network()).dotText()
        #expect(dot.hasPrefix("graph liaison_map {"))
        #expect(nodeStatementLines(dot).isEmpty)
    }
}
