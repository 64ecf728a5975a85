import LearningCommunity
import NetworkModel
import Testing

@Suite struct LearningLiaisonsTests {
    /// Participation coefficient over all ties, undirected, computed here independently:
    /// P = 1 − Σ_s (k_s / k)² over the groups s of a node's grouped neighbours.
    static func participation(_ network: Network, _ groups: [Int32]) -> [Double] {
        var counts = [[Int32: Double]](repeating: [:], count: network.nodeCount)
        for tie in network.ties where !tie.isSelfLoop {
            let (s, t) = (Int(tie.source), Int(tie.target))
            if groups[t] >= 0 { counts[s][groups[t], default: 0] += 1 }
            if groups[s] >= 0 { counts[t][groups[s], default: 0] += 1 }
        }
        return counts.map { row in
            let k = row.values.reduce(0, +)
            return k == 0 ? .nan : 1 - row.values.reduce(0) { $0 + ($1 / k) * ($1 / k) }
        }
    }

    /// The generator planted five liaisons: members of organizations in two cities, in 3+ initiatives,
    /// at convenings in 3+ cities. Precision and recall are both 1 with the default thresholds.
    @Test func recoversThePlantedLiaisons() throws {
        let data = try IntegrationInitiative.load()
        let city = data.groups(by: "city")
        let scores = LiaisonScores(participation: Self.participation(data.network, city.labels))
        let roles = LearningLiaisons.assign(data.network, groups: city.labels, groupNames: city.names, scores: scores)
        let recovery = Recovery(
            found: Set(roles.map { data.id($0.node) }), planted: Set(data.truth.liaisons.map(\.id)))
        #expect(recovery.precision == 1)
        #expect(recovery.recall == 1)
        let zeb = try #require(roles.first { data.id($0.node) == "person-035" })
        #expect(zeb.evidence.hasPrefix("member of "))
        #expect(zeb.evidence.contains("spanning 2 groups; takes part in 3 initiatives"))
        #expect(zeb.evidence.contains("attended convenings in 6 groups"))
    }

    @Test func participationThresholdApplies() throws {
        let data = try IntegrationInitiative.load()
        let city = data.groups(by: "city")
        let scores = LiaisonScores(participation: Self.participation(data.network, city.labels))
        var thresholds = LiaisonThresholds()
        thresholds.minimumParticipation = 0.99
        #expect(
            LearningLiaisons.assign(
                data.network, groups: city.labels, groupNames: city.names, scores: scores, thresholds: thresholds
            ).isEmpty)
    }
}
