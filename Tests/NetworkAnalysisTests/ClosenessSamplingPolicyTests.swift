import Foundation
import GraphAlgorithms
import NetworkAnalysis
import Testing

/// The metric suite's policy: closeness and harmonic are exact up to the node limit, estimated with
/// the guarantee in a note and the metadata above it, and exact again when the request insists.
@Suite struct ClosenessSamplingPolicyTests {
    static func column(_ report: MetricReport, _ name: String) throws -> [Double] {
        let index = try #require(report.table.columnIndex(name))
        return try report.table.rows.map { try #require($0[index].number) }
    }

    static func integer(_ value: MetadataValue?) -> Int? {
        if case .integer(let number) = value { return number }
        return nil
    }

    static func real(_ value: MetadataValue?) -> Double? {
        if case .real(let number) = value { return number }
        return nil
    }

    @Test func sampledAboveTheLimitExactWhenAsked() throws {
        let network = try DatasetMetricsTests.load("integration-initiative")
        var request = MetricRequest()
        request.metrics = [.closeness, .harmonic]
        let exact = try MetricSuite.run(network: network, request: request)
        #expect(!exact.notes.contains { $0.contains("estimated") })
        #expect(exact.metadata["closeness_samples"] == nil)

        request.closenessSamplingNodeLimit = 10
        request.closenessEpsilon = 0.3
        let sampled = try MetricSuite.run(network: network, request: request)
        let note = try #require(sampled.notes.first { $0.contains("closeness and harmonic are estimated") })
        #expect(note.contains("--exact"))
        // The bounds are written as short decimals, never below the computed bound.
        let bound = try #require(Self.real(sampled.metadata["harmonic_error"]))
        let stated = try #require(note.firstMatch(of: /every harmonic value is within ([0-9.]+) of/)?.1)
        #expect(stated.count <= 6, "\(note)")
        #expect(try #require(Double(stated)) >= bound * (1 - 1e-12))
        #expect(note.contains("with probability at least 0.9,"), "\(note)")
        let samples = try #require(Self.integer(sampled.metadata["closeness_samples"]))
        #expect(samples > 0 && samples < sampled.projected.graph.nodeCount)
        let exactHarmonic = try Self.column(exact, "harmonic")
        let sampledHarmonic = try Self.column(sampled, "harmonic")
        #expect(exactHarmonic != sampledHarmonic)
        for (a, b) in zip(exactHarmonic, sampledHarmonic) { #expect(abs(a - b) <= bound) }

        request.closeness = .exact
        let insisted = try MetricSuite.run(network: network, request: request)
        #expect(try Self.column(insisted, "closeness") == (try Self.column(exact, "closeness")))
        #expect(try Self.column(insisted, "harmonic") == exactHarmonic)
        #expect(!insisted.notes.contains { $0.contains("estimated") })
    }
}
