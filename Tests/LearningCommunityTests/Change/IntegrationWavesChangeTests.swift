import Foundation
import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

/// The integration-initiative data from wave 2016-17 to wave 2019 (cumulative), against networkx
/// (Fixtures/change/integration-waves.json, written by Fixtures/change/integration_waves.py) and against
/// what the generator planted (truth.json).
@Suite struct IntegrationWavesChangeTests {
    struct Expected: Decodable {
        let waves: [String]
        let before: [String: Double]
        let after: [String: Double]
        let nodesAdded: [String]
        let nodesLost: [String]
        let tiesAdded: Int
        let tiesLost: Int
        let tiesKept: Int
        let newArticulationPoints: [String]
        let centralities: [String: [String: [Double]]]
        let asOf: AsOf
    }

    struct AsOf: Decodable {
        let before: [String: Double]
        let after: [String: Double]
        let nodesAdded: Int
        let nodesLost: Int
        let tiesAdded: Int
        let tiesLost: Int
    }

    struct Truth: Decodable {
        struct Spread: Decodable {
            let practice: String
            let citiesReached: [String]
        }
        struct Local: Decodable {
            let practice: String
            let city: String
        }
        let practiceDiffusion: [Spread]
        let localPractices: [Local]
    }

    static func compare() throws -> (NetworkChange, Network, Network) {
        let network = try DatasetSupport.load("integration-initiative")
        let before = try network.capturedBy(wave: "2016-17"), after = try network.capturedBy(wave: "2019")
        var options = ChangeOptions()
        options.grouping = .attribute("city")
        options.top = 5
        return (try NetworkChange.compare(before: before, after: after, options: options), before, after)
    }

    static func expected() throws -> Expected {
        try DatasetSupport.decode(Expected.self, at: "Tests/LearningCommunityTests/Fixtures/change/integration-waves.json")
    }

    @Test func theNetworkGrows() throws {
        let (change, _, _) = try Self.compare()
        let expected = try Self.expected()
        #expect(try DatasetSupport.load("integration-initiative").orderedWaves() == expected.waves)
        #expect(change.membership.tiesAdded.count > change.membership.tiesLost.count)
        #expect(!change.membership.nodesAdded.isEmpty)
        #expect(change.membership.nodesAdded == expected.nodesAdded)
        #expect(change.membership.nodesLost == expected.nodesLost)
        #expect(change.membership.tiesAdded.count == expected.tiesAdded)
        #expect(change.membership.tiesLost.count == expected.tiesLost)
        #expect(change.membership.tiesKept == expected.tiesKept)
    }

    @Test func indicatorsMatchNetworkx() throws {
        let (change, _, _) = try Self.compare()
        let expected = try Self.expected()
        for (name, value) in expected.before {
            let item = try #require(change.indicators.first { $0.name == name }, "\(name)")
            #expect(abs(item.before - value) < 1e-9, "\(name) before: \(item.before) vs \(value)")
            let after = try #require(expected.after[name])
            #expect(abs(item.after - after) < 1e-9, "\(name) after: \(item.after) vs \(after)")
        }
        #expect(change.indicators.allSatisfy { !$0.verdict.isEmpty })
    }

    @Test func datesMatchNetworkx() throws {
        let network = try DatasetSupport.load("integration-initiative")
        let before = network.selecting(TieSelection(asOf: try PartialDate(iso: "2017-06")))
        let after = network.selecting(TieSelection(asOf: try PartialDate(iso: "2019-06")))
        var options = ChangeOptions()
        options.grouping = .attribute("city")
        let change = try NetworkChange.compare(before: before, after: after, options: options)
        let expected = try Self.expected().asOf
        for (name, value) in expected.before {
            let item = try #require(change.indicators.first { $0.name == name }, "\(name)")
            #expect(abs(item.before - value) < 1e-9, "\(name) before: \(item.before) vs \(value)")
            let after = try #require(expected.after[name])
            #expect(abs(item.after - after) < 1e-9, "\(name) after: \(item.after) vs \(after)")
        }
        #expect(change.membership.nodesAdded.count == expected.nodesAdded)
        #expect(change.membership.nodesLost.count == expected.nodesLost)
        #expect(change.membership.tiesAdded.count == expected.tiesAdded)
        #expect(change.membership.tiesLost.count == expected.tiesLost)
    }

    @Test func risersFallersAndBridgesMatchNetworkx() throws {
        let (change, _, _) = try Self.compare()
        let expected = try Self.expected()
        for shift in change.centrality.risers + change.centrality.fallers {
            let pair = try #require(expected.centralities[shift.centrality.rawValue]?[shift.id], "\(shift.id)")
            #expect(abs(shift.before - pair[0]) < 1e-9, "\(shift.centrality) \(shift.id) before")
            #expect(abs(shift.after - pair[1]) < 1e-9, "\(shift.centrality) \(shift.id) after")
        }
        for centrality in ChangeCentrality.allCases {
            let changes = (expected.centralities[centrality.rawValue] ?? [:]).values.map { $0[1] - $0[0] }
            let risers = change.centrality.risers.filter { $0.centrality == centrality }
            let fallers = change.centrality.fallers.filter { $0.centrality == centrality }
            #expect(risers.count == 5 && fallers.count == 5)
            #expect(abs((risers.first?.change ?? 0) - (changes.max() ?? 0)) < 1e-9, "\(centrality) top riser")
            #expect(abs((fallers.first?.change ?? 0) - (changes.min() ?? 0)) < 1e-9, "\(centrality) top faller")
        }
        #expect(change.newBridges.map(\.id).sorted() == expected.newArticulationPoints)
    }

    @Test func plantedPracticesReachNewCities() throws {
        let (change, _, _) = try Self.compare()
        let truth = try DatasetSupport.decode(Truth.self, at: "datasets/integration-initiative/truth.json")
        let byId = Dictionary(uniqueKeysWithValues: change.practices.map { ($0.practice, $0) })
        var spreadToNewCities = 0
        for planted in truth.practiceDiffusion {
            guard let spread = byId[planted.practice] else { continue }
            #expect(spread.groupsAfter == planted.citiesReached.sorted(), "\(planted.practice)")
            if !spread.newGroups.isEmpty { spreadToNewCities += 1 }
        }
        // Five of the six planted practices reach a city after 2017 (practice-15 had all four by then).
        #expect(spreadToNewCities == 5)
        for local in truth.localPractices {
            guard let spread = byId[local.practice] else { continue }
            #expect(spread.groupsAfter == [local.city], "\(local.practice)")
        }
    }

    @Test func deterministic() throws {
        let (first, before, after) = try Self.compare()
        let (second, _, _) = try Self.compare()
        let a = first.tables(before: before, after: after), b = second.tables(before: before, after: after)
        #expect(a.map(\.name) == NetworkChange.sectionNames)
        #expect(a.map(\.table) == b.map(\.table))
    }
}
