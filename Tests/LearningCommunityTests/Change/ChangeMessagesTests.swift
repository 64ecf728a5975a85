import LearningCommunity
import NetworkAnalysis
import NetworkModel
import Testing

/// `NetworkChange.compare(before:after:options:messages:)`: the call behind `liaison compare`, its failures typed.
@Suite struct ChangeMessagesTests {
    @Test func aGroupingNoSideHasIsAnUnresolvableGrouping() throws {
        let network = try HandCheckedChangeTests.twoWaves()
        var options = ChangeOptions()
        options.grouping = .attribute("nosuch")
        do {
            _ = try NetworkChange.compare(before: network, after: network, options: options, messages: { _ in })
            Issue.record("a grouping attribute no node has is refused")
        } catch {
            guard case .grouping(.unresolvable(let spec, _)) = error else {
                Issue.record("expected an unresolvable grouping, got \(error)")
                return
            }
            #expect(spec == .attribute("nosuch"))
            #expect(error.description.hasPrefix("--group nosuch: "))
        }
    }

    @Test func aSmallComparisonIsExactAndSaysNothing() throws {
        let network = try HandCheckedChangeTests.twoWaves()
        let before = try network.capturedBy(wave: "w1", reading: .cumulative)
        let after = try network.capturedBy(wave: "w2", reading: .cumulative)
        var options = ChangeOptions()
        options.grouping = .attribute("city")
        var messages: [AnalysisMessage] = []
        let change = try NetworkChange.compare(
            before: before, after: after, options: options, messages: { messages.append($0) })
        #expect(messages.isEmpty)
        #expect(change.centrality.betweennessIsExact)
        let untyped = try NetworkChange.compare(before: before, after: after, options: options)
        #expect(change.indicators.map(\.verdict) == untyped.indicators.map(\.verdict))
        #expect(change.groupingName == "city")
    }

    @Test func aNegativeTopIsAParameterProblem() throws {
        let network = try HandCheckedChangeTests.twoWaves()
        var options = ChangeOptions()
        options.top = -1
        #expect(throws: AnalysisFailure.other("top = -1: must be 0 or more")) {
            try NetworkChange.compare(before: network, after: network, options: options, messages: { _ in })
        }
    }
}
