import NetworkMaps
import NetworkModel
import Testing

/// The label pass: reading a laid-out DOT back, placing labels clear of nodes and of each other, the
/// group network and the default tie emphasis.
@Suite struct LabelPlacementTests {
    @Test func laidOutDOTIsReadWithoutBeingFooledByText() {
        let text = #"""
            digraph liaison_map {
            	graph [bb="0,0,300,200"];
            	subgraph cluster_c0 {
            		graph [bb="10,20,110,120", label="pos=\"5,5\"", lp="60,110"];
            		n0	[height=0.5, pos="50,60", tooltip="fake pos=\"999,999\" ] ; n9 [pos=\"1,1\"\
            ", width=1];
            	}
            	n1	[height=0.25, pos="200,100", width=0.25, xlabel=<<B>x</B>>];
            	n0 -> n1	[pos="e,190,95 60,65 100,80"];
            }
            """#
        let layout = MapLayout(laidOutDOT: text)
        #expect(layout.nodes.count == 2)
        #expect(layout.nodes["n0"] == MapLayout.Box(x: 50, y: 60, halfWidth: 36, halfHeight: 18))
        #expect(layout.nodes["n1"] == MapLayout.Box(x: 200, y: 100, halfWidth: 9, halfHeight: 9))
        #expect(layout.clusters["cluster_c0"]?.box == MapLayout.Box(x: 60, y: 70, halfWidth: 50, halfHeight: 50))
    }

    @Test func labelsInACrowdCoverNoNodeAndNoOtherLabel() {
        // A 10 × 10 grid of nodes 40 points apart, every one labelled.
        var nodes: [MapLayout.Box] = []
        for row in 0..<10 { for column in 0..<10 {
            nodes.append(MapLayout.Box(x: Double(column) * 40, y: Double(row) * 40, halfWidth: 6, halfHeight: 6))
        } }
        let requests = nodes.enumerated().map { LabelPlacement.Request(node: $1, text: "Node \($0)", fontSize: 10) }
        let placed = LabelPlacement.place(requests, obstacles: nodes)
        let boxes = zip(requests, placed).compactMap { request, spot in
            spot.map { LabelPlacement.textBox(request.text, fontSize: 10, x: $0.x, y: $0.y) }
        }
        #expect(boxes.count == requests.count, "labels that are not optional are always placed")
        for (i, box) in boxes.enumerated() {
            #expect(!nodes.contains { Self.overlap(box, $0) }, "label \(i) covers a node")
            #expect(!boxes.enumerated().contains { $0.offset != i && Self.overlap(box, $0.element) }, "label \(i) covers a label")
        }
    }

    @Test func longLabelsWrapAtTheMiddleSpace() {
        #expect(LabelPlacement.wrapped("Short") == "Short")
        #expect(LabelPlacement.wrapped("Welcome Newcomers National Initiative") == "Welcome Newcomers\nNational Initiative")
        #expect(LabelPlacement.wrapped("Averyveryverylonglabelwithoutspaces") == "Averyveryverylonglabelwithoutspaces")
    }

    @Test func pinnedMapsKeepEveryNodeWhereTheLayoutPutIt() throws {
        let network = try SampleNetworks.community()
        var options = MapOptions(clusterAttribute: "city")
        options.forcedLabels = [0]
        let map = NetworkMap(network: network, options: options)
        var layout = MapLayout(laidOutDOT: "graph g {}")
        for position in 0..<network.nodeCount {
            layout.nodes["n\(position)"] = MapLayout.Box(x: Double(position) * 100, y: 0, halfWidth: 10, halfHeight: 10)
        }
        let dot = try map.pinnedDOTText(layout: layout)
        #expect(dot.contains(#"n1 ["#) && dot.contains(#"pos="1.3889,0!""#))
        #expect(dot.contains(#"id="label:"#))
        #expect(!dot.contains("xlabel="))
        #expect(!dot.contains("subgraph"))
        #expect(dot.contains(#"layout="neato""#))
    }

    @Test func groupNetworkCountsTiesBetweenGroups() throws {
        var network = Network()
        for id in ["a", "b", "c", "d"] { try network.addNode(Node(id: id)) }
        try network.addTie(Tie(source: 0, target: 1))
        try network.addTie(Tie(source: 0, target: 2))
        try network.addTie(Tie(source: 1, target: 2))
        try network.addTie(Tie(source: 2, target: 3))
        let groups = try GroupNetwork(network, groups: ["x", "x", "y", ""])
        #expect(groups.network.nodes.map(\.id) == ["x", "y"])
        #expect(groups.memberCounts == [2, 1])
        #expect(groups.network.ties.count == 1)
        #expect(groups.network.ties.first?.weight == 2)
        #expect(groups.network.nodes.first?.attributes["ties_inside"] == "1")
        #expect(groups.groupOfNode == [0, 0, 1, -1])
        #expect(throws: NetworkMapError.self) { try GroupNetwork(network, groups: ["x"]) }
    }

    @Test func affiliationsAreFaintUnlessThereIsNothingElse() {
        #expect(TieEmphasis.faintKinds(present: [.collaboratesWith, .memberOf, .attended]) == [.memberOf, .attended])
        #expect(TieEmphasis.faintKinds(present: [.attended]) == [])
    }

    @Test func theLegendIsBelowTheDrawing() throws {
        let dot = try NetworkMap(network: try SampleNetworks.community()).dotText()
        #expect(dot.contains(#"labelloc="b""#))
    }

    static func overlap(_ a: MapLayout.Box, _ b: MapLayout.Box) -> Bool {
        abs(a.x - b.x) < a.halfWidth + b.halfWidth - 0.01 && abs(a.y - b.y) < a.halfHeight + b.halfHeight - 0.01
    }
}
