import LearningCommunity
import NetworkModel
import Testing

/// `Network.capturedBy(waves:reading:)`: the waves `liaison map-waves` draws, in the order asked.
@Suite struct CapturedWavesTests {
    @Test func wavesAreCutInTheOrderAsked() throws {
        let network = try HandCheckedChangeTests.twoWaves()
        let cumulative = try network.capturedBy(waves: ["w2", "w1"])
        #expect(cumulative.map(\.label) == ["w2", "w1"])
        #expect(cumulative.map(\.network.tieCount) == [5, 3])
        let snapshot = try network.capturedBy(waves: ["w2"], reading: .snapshot)
        #expect(snapshot.map(\.network.tieCount) == [3])
        #expect(snapshot.first?.network.nodes.map(\.id) == ["a", "c", "e"])
    }

    @Test func theFirstUnknownWaveIsTheError() throws {
        let network = try HandCheckedChangeTests.twoWaves()
        let expected = WaveCaptureError(label: "w8", reason: .unknownWave("w8", available: ["w1", "w2"]))
        #expect(throws: expected) { try network.capturedBy(waves: ["w1", "w8", "w9"]) }
        #expect(expected.description == "w8: no tie belongs to wave \"w8\"; the waves are: w1, w2")
    }
}
