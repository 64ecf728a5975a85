import NetworkIO
import NetworkModel
import Testing

@testable import SyntheticData

/// The bundled dataset's configuration, generated once for all tests.
let defaultCommunity = Result { () throws(CommunityConfiguration.InvalidParameter) in
    try CommunityGenerator.generate(CommunityConfiguration(seed: 2016))
}

/// The smallest community the generator accepts.
let smallestConfiguration = {
    var configuration = CommunityConfiguration(seed: 3)
    configuration.cities = 3
    configuration.funders = 4
    configuration.organizations = 14
    configuration.people = 50
    configuration.practices = 12
    configuration.convenings = 3
    configuration.initiatives = 4
    return configuration
}()

/// Communities the planted-structure tests check: the bundled one, another seed, the smallest, a larger one.
let plantedCases: [Result<CommunityGenerator.Output, CommunityConfiguration.InvalidParameter>] = [
    defaultCommunity,
    Result { () throws(CommunityConfiguration.InvalidParameter) in
        try CommunityGenerator.generate(CommunityConfiguration(seed: 7))
    },
    Result { () throws(CommunityConfiguration.InvalidParameter) in
        try CommunityGenerator.generate(smallestConfiguration)
    },
    Result { () throws(CommunityConfiguration.InvalidParameter) in
        var configuration = CommunityConfiguration(seed: 11)
        configuration.cities = 8
        configuration.organizations = 120
        configuration.people = 600
        configuration.convenings = 30
        return try CommunityGenerator.generate(configuration)
    },
]

@Suite("Community generator: determinism, sizes, dates")
struct CommunityGeneratorTests {
    @Test("the same seed gives identical files")
    func sameSeedSameText() throws {
        let first = try defaultCommunity.get()
        let second = try CommunityGenerator.generate(CommunityConfiguration(seed: 2016))
        #expect(NetworkWriter.nodesCSV(first.network) == NetworkWriter.nodesCSV(second.network))
        #expect(NetworkWriter.edgesCSV(first.network) == NetworkWriter.edgesCSV(second.network))
        #expect(try first.truth.jsonText() == second.truth.jsonText())
    }

    @Test("different seeds give different networks")
    func differentSeedsDiffer() throws {
        let first = try defaultCommunity.get()
        let other = try CommunityGenerator.generate(CommunityConfiguration(seed: 2017))
        #expect(NetworkWriter.edgesCSV(first.network) != NetworkWriter.edgesCSV(other.network))
        #expect(NetworkWriter.nodesCSV(first.network) != NetworkWriter.nodesCSV(other.network))
    }

    @Test("node counts and kinds are as configured")
    func nodeCounts() throws {
        let network = try defaultCommunity.get().network
        let counts = Dictionary(uniqueKeysWithValues: network.nodeKindCounts().map { ($0.kind, $0.count) })
        #expect(counts[.organization] == 60)
        #expect(counts[.person] == 250)
        #expect(counts[.initiative] == 12)
        #expect(counts[.practice] == 30)
        #expect(counts[.event] == 20)
        #expect(network.nodeCount == 372)
        let funders = network.nodes.filter { $0.kind == .organization && $0.attributes["sector"] == "philanthropy" }
        #expect(funders.count == 5)
        let cities = Set(network.nodes.compactMap { $0.attributes["city"] })
        #expect(cities.count == 6)
    }

    @Test("about 2,000 ties of every well-known kind")
    func tieCounts() throws {
        let network = try defaultCommunity.get().network
        #expect((1_700...2_400).contains(network.tieCount))
        let kinds = Set(network.ties.map(\.kind))
        #expect(kinds == Set(TieKind.wellKnown))
        #expect(network.ties.allSatisfy { !$0.isSelfLoop })
        #expect(network.ties.allSatisfy { $0.direction == $0.kind.defaultDirection })
    }

    @Test("every date lies in 2016–2019, ends follow starts, and waves follow start years")
    func datesAndWaves() throws {
        let network = try defaultCommunity.get().network
        let waveOfYear = [2016: "2016-17", 2017: "2016-17", 2018: "2018", 2019: "2019"]
        var lapsed = 0
        for tie in network.ties {
            let start = try #require(tie.start)
            #expect((2016...2019).contains(start.year))
            #expect(tie.wave == waveOfYear[start.year])
            if let end = tie.end {
                lapsed += 1
                #expect(start < end)
                #expect(end.year <= 2019)
            }
        }
        #expect(lapsed > 20)
        #expect(Set(network.ties.compactMap(\.wave)) == ["2016-17", "2018", "2019"])
        for node in network.nodes {
            for key in ["joined", "started", "date"] {
                guard let text = node.attributes[key] else { continue }
                let date = try PartialDate(iso: text)
                #expect((2016...2019).contains(date.year))
            }
        }
    }

    @Test("attendance is dated on the day of the convening")
    func attendanceOnEventDates() throws {
        let network = try defaultCommunity.get().network
        for tie in network.ties where tie.kind == .attended {
            let event = network.nodes[Int(tie.target)]
            #expect(event.kind == .event)
            #expect(tie.start?.description == event.attributes["date"])
        }
    }

    @Test("other sizes and years are honoured")
    func otherSizes() throws {
        var configuration = CommunityConfiguration(seed: 99)
        configuration.cities = 4
        configuration.organizations = 40
        configuration.people = 160
        configuration.firstYear = 2020
        configuration.lastYear = 2021
        let output = try CommunityGenerator.generate(configuration)
        #expect(output.network.nodes.filter { $0.kind == .person }.count == 160)
        #expect(output.network.nodes.filter { $0.kind == .organization }.count == 40)
        #expect(Set(output.network.ties.compactMap(\.wave)) == ["2020", "2021"])
        #expect(output.truth.funders.map(\.role) == [.catalyst, .sponsor, .organizer, .peer, .sponsor])
    }

    @Test("invalid sizes throw errors that name the flag")
    func validation() {
        var configuration = CommunityConfiguration(seed: 1)
        configuration.funders = 3
        #expect(throws: CommunityConfiguration.InvalidParameter.self) { try configuration.validate() }
        do {
            try configuration.validate()
        } catch {
            #expect(error.flag == "--funders")
        }
        configuration = CommunityConfiguration(seed: 1)
        configuration.lastYear = 2010
        do {
            _ = try CommunityGenerator.generate(configuration)
            Issue.record("expected an error")
        } catch {
            #expect(error.flag == "--last-year")
        }
        configuration = CommunityConfiguration(seed: 1)
        configuration.people = 20
        #expect(throws: CommunityConfiguration.InvalidParameter.self) { try configuration.validate() }
    }
}
