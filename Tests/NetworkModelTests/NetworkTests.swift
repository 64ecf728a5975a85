import NetworkModel
import Testing

@Suite struct NetworkTests {
    @Test func nodesAreFoundByIdAndDuplicatesRefused() throws {
        var network = Network()
        let a = try network.addNode(Node(id: "a", kind: .person, attributes: ["city": "Leeds"]))
        let b = try network.addNode(Node(id: "b", label: "Bee", kind: .organization))
        #expect(network.index(of: "b") == b)
        #expect(network.node(id: "a")?.label == "a")
        #expect(network.nodeAttributeNames == ["city"])
        #expect(throws: Network.BuildError.duplicateNode(id: "a")) { try network.addNode(Node(id: "a")) }
        try network.addTie(Tie(source: a, target: b, kind: .memberOf))
        try network.addTie(Tie(source: a, target: b, kind: .memberOf))
        #expect(network.tieCount == 2, "parallel ties are kept")
        #expect(network.ties[0].direction == .directed)
        #expect(throws: Network.BuildError.invalidWeight(-1)) {
            try network.addTie(Tie(source: a, target: b, weight: -1))
        }
        #expect(throws: Network.BuildError.unknownNode(position: 7)) { try network.addTie(Tie(source: a, target: 7)) }
    }

    @Test func kindsNormaliseTheDataWord() {
        #expect(TieKind(rawValue: " Collaborates With ") == .collaboratesWith)
        #expect(TieKind(rawValue: "member-of") == .memberOf)
        #expect(NodeKind(rawValue: "Person") == .person)
        #expect(TieKind.shares.defaultDirection == .undirected)
        #expect(TieKind.funds.defaultDirection == .directed)
        #expect(TieKind(rawValue: "mentors").defaultDirection == .undirected)
    }

    @Test(arguments: [("Directed", TieDirection.directed), ("undirected", .undirected), ("MUTUAL", .mutual),
        ("->", .directed), ("<->", .mutual)])
    func directionWords(word: String, expected: TieDirection) {
        #expect(TieDirection(word: word) == expected)
    }

    @Test func unknownDirectionWordIsNil() {
        #expect(TieDirection(word: "sideways") == nil)
    }
}
