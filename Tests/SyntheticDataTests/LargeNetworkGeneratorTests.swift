import NetworkIO
import NetworkModel
import Testing

@testable import SyntheticData

@Suite("Large network generator")
struct LargeNetworkGeneratorTests {
    @Test("makes exactly the requested million ties")
    func millionTies() throws {
        let output = try LargeNetworkGenerator.generate(LargeNetworkConfiguration(seed: 1))
        #expect(output.network.tieCount == 1_000_000)
        #expect(output.truth.tieCount == 1_000_000)
        #expect(output.network.nodes.filter { $0.kind == .person }.count == 125_000)
        #expect(Set(output.network.ties.map(\.kind)).isSuperset(of: [.memberOf, .collaboratesWith, .attended]))
        #expect(output.network.ties.allSatisfy { !$0.isSelfLoop })
    }

    @Test("is deterministic and dated within its years")
    func deterministic() throws {
        let configuration = LargeNetworkConfiguration(seed: 5, ties: 20_000, cities: 5)
        let first = try LargeNetworkGenerator.generate(configuration)
        let second = try LargeNetworkGenerator.generate(configuration)
        #expect(NetworkWriter.edgesCSV(first.network) == NetworkWriter.edgesCSV(second.network))
        for tie in first.network.ties {
            #expect((2016...2019).contains(tie.start?.year ?? 0))
        }
        let other = try LargeNetworkGenerator.generate(LargeNetworkConfiguration(seed: 6, ties: 20_000, cities: 5))
        #expect(NetworkWriter.edgesCSV(first.network) != NetworkWriter.edgesCSV(other.network))
    }

    @Test("rejects sizes out of range, naming the flag")
    func validation() {
        do {
            _ = try LargeNetworkGenerator.generate(LargeNetworkConfiguration(seed: 1, ties: 10))
            Issue.record("expected an error")
        } catch {
            #expect(error.flag == "--ties")
        }
    }
}
