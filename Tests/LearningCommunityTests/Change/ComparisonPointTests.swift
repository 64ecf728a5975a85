import LearningCommunity
import NetworkModel
import Testing

/// `ComparisonPoint`: how `liaison compare` reads `--from` and `--to`, and the network each names.
@Suite struct ComparisonPointTests {
    /// Two waves, the second labelled like a year (`2018`), so a value can be both a wave and a date.
    static func wavesNamedLikeDates() throws -> Network {
        var hand = HandNetwork()
        for id in ["a", "b", "c", "d"] { try hand.node(id, .person) }
        try hand.tie("a", "b", .collaboratesWith, start: "2016-03", wave: "2016-17")
        try hand.tie("b", "c", .collaboratesWith, start: "2018-05", wave: "2018")
        try hand.tie("c", "d", .collaboratesWith, start: "2019-02", wave: "2019")
        return hand.network
    }

    static let waves = ["2016-17", "2018", "2019"]
    static func none(_: String) -> Bool { false }

    @Test func aValueThatIsBothAWaveAndADateIsTheWave() throws {
        #expect(try ComparisonPoint.read("2018", waves: Self.waves, pathExists: Self.none) == .wave("2018"))
        #expect(try ComparisonPoint.read("2017", waves: Self.waves, pathExists: Self.none)
            == .date(try PartialDate(iso: "2017")))
    }

    @Test func prefixesChooseTheReading() throws {
        #expect(try ComparisonPoint.read("date:2018", waves: Self.waves, pathExists: Self.none)
            == .date(try PartialDate(iso: "2018")))
        #expect(try ComparisonPoint.read("wave:2018", waves: Self.waves, pathExists: Self.none) == .wave("2018"))
        // wave: is not checked against the waves when read; resolving says so.
        #expect(try ComparisonPoint.read("wave:w9", waves: Self.waves, pathExists: Self.none) == .wave("w9"))
        #expect(try ComparisonPoint.read("path:2018", waves: Self.waves, pathExists: Self.none) == .dataset(path: "2018"))
    }

    @Test func anExistingPathWinsOverAWave() throws {
        #expect(try ComparisonPoint.read("2018", waves: Self.waves, pathExists: { $0 == "2018" }) == .dataset(path: "2018"))
        #expect(try ComparisonPoint.read("wave:2018", waves: Self.waves, pathExists: { $0 == "2018" }) == .wave("2018"))
    }

    @Test func aValueThatIsNoPointListsTheWaves() {
        #expect(throws: ComparisonPointError.notAPoint("2019-13", waves: Self.waves)) {
            try ComparisonPoint.read("2019-13", waves: Self.waves, pathExists: Self.none)
        }
        #expect(throws: ComparisonPointError.notAPoint("date:2018-xx", waves: [])) {
            try ComparisonPoint.read("date:2018-xx", waves: [], pathExists: Self.none)
        }
        #expect(ComparisonPointError.notAPoint("x", waves: []).description
            == "x is not an existing path, a wave or a date; the ties have no wave column "
                + "(fix: name a wave, a date such as 2017-06, or a dataset folder)")
        #expect(ComparisonPointError.notAPoint("x", waves: ["a", "b"]).description.contains("the waves are: a, b "))
    }

    @Test func resolvingCutsWavesAndDatesAndLoadsDatasets() throws {
        let network = try Self.wavesNamedLikeDates()
        /// Resolves a value that names no dataset: nothing may be loaded.
        func resolve(_ value: String, _ reading: WaveReading) throws -> (point: ComparisonPoint, network: Network, reading: String) {
            try ComparisonPoint.resolve(
                value, in: network, reading: reading, pathExists: Self.none,
                loadingDataset: { _ in
                    Issue.record("no dataset should be loaded")
                    return Network()
                })
        }
        let wave = try resolve("2018", .snapshot)
        #expect(wave.point == .wave("2018"))
        #expect(wave.network.tieCount == 1)
        #expect(wave.reading == "wave 2018 (snapshot)")
        let cumulative = try resolve("2018", .cumulative)
        #expect(cumulative.network.tieCount == 2)
        #expect(cumulative.reading == "wave 2018 (cumulative)")
        let date = try resolve("date:2018", .cumulative)
        // As of a year holds the ties started in it (2018-05 is in 2018); as of 2017 only the 2016 tie.
        #expect(date.point == .date(try PartialDate(iso: "2018")))
        #expect(date.network.tieCount == 2)
        #expect(date.reading == "as of 2018")
        let earlier = try resolve("2017", .cumulative)
        #expect(earlier.network.tieCount == 1)
        #expect(earlier.reading == "as of 2017")
        var other = Network()
        try other.addNode(Node(id: "z", kind: .person))
        let dataset = try ComparisonPoint.resolve(
            "other/", in: network, reading: .cumulative, pathExists: { $0 == "other/" },
            loadingDataset: { path in
                #expect(path == "other/")
                return other
            })
        #expect(dataset.point == .dataset(path: "other/"))
        #expect(dataset.network.nodes.map(\.id) == ["z"])
        #expect(dataset.reading == "dataset other/")
    }

    @Test func anUnknownWaveIsTypedWithTheValueGiven() throws {
        let network = try Self.wavesNamedLikeDates()
        #expect(throws: ComparisonPointError.unknownWave("wave:w9", .unknownWave("w9", available: Self.waves))) {
            try ComparisonPoint.resolve(
                "wave:w9", in: network, reading: .cumulative, pathExists: Self.none, loadingDataset: { _ in Network() })
        }
        let error = ComparisonPointError.unknownWave("wave:w9", .unknownWave("w9", available: Self.waves))
        #expect(error.description == "wave:w9: no tie belongs to wave \"w9\"; the waves are: 2016-17, 2018, 2019")
    }
}
