import NetworkModel
import Testing

@Suite struct SelectionTests {
    func sample() throws -> Network {
        var network = Network()
        let a = try network.addNode(Node(id: "a"))
        let b = try network.addNode(Node(id: "b"))
        let c = try network.addNode(Node(id: "c"))
        try network.addNode(Node(id: "loner"))
        try network.addTie(Tie(source: a, target: b, start: try PartialDate(iso: "2016-05"), wave: "w1"))
        try network.addTie(Tie(source: b, target: c, start: try PartialDate(iso: "2018"),
            end: try PartialDate(iso: "2019-06"), wave: "w2"))
        try network.addTie(Tie(source: a, target: c, wave: "w2"))
        return network
    }

    @Test func waveKeepsItsTiesAndTheirNodes() throws {
        let w1 = try sample().selecting(TieSelection(wave: "w1"))
        #expect(w1.nodes.map(\.id) == ["a", "b", "loner"], "c takes part only in w2; the loner has no tie at all")
        #expect(w1.tieCount == 1)
        #expect(w1.ties[0].source == 0 && w1.ties[0].target == 1)
    }

    @Test(arguments: [("2017", 2), ("2016-04", 1), ("2018-01", 3), ("2019", 3), ("2019-07", 2), ("2016", 2)])
    func asOfComparesAtTheCoarserPrecision(date: String, expected: Int) throws {
        let network = try sample().selecting(TieSelection(asOf: try PartialDate(iso: date)))
        #expect(network.tieCount == expected, "as of \(date)")
    }

    @Test func everythingIsTheSameNetwork() throws {
        let network = try sample()
        #expect(network.selecting(TieSelection()).tieCount == 3)
        #expect(TieSelection().isEverything)
    }
}

@Suite struct DateRangeSelectionTests {
    @Test(arguments: [
        ("2019-07" as String?, nil as String?, 2), (nil, "2017", 2), ("2016", "2016-12", 2), ("2019-07", "2020", 2),
        (nil, "2016-04", 1),
    ])
    func rangeKeepsTiesActiveSomewhereInIt(since: String?, until: String?, expected: Int) throws {
        let network = try SelectionTests().sample()
        let selection = TieSelection(
            since: try since.map { try PartialDate(iso: $0) }, until: try until.map { try PartialDate(iso: $0) })
        #expect(network.selecting(selection).tieCount == expected, "since \(String(describing: since)) until \(String(describing: until))")
    }
}
