import LearningCommunity
import Testing

/// The shape of a network with nothing to measure, or with undefined indicators, is a sentence, never a trap.
@Suite struct NetworkShapeEdgeCaseTests {
    /// Issue 14, item 7: `--node-kinds` that matches nothing left 0 nodes, a largest-component share of
    /// 0/0, and NaN converted to Int while writing "…% of the nodes".
    @Test func emptyGraphHasAShapeSentence() {
        let empty = ShapeIndicators(
            nodes: 0, components: 0, largestComponentShare: .nan, degreeCentralization: .nan, hubs: 0,
            corePeripheryFit: .nan, coreShare: .nan)
        let (shape, reason) = NetworkShape.classify(empty)
        #expect(shape == .looselyKnit)
        #expect(reason == "the analysed graph has no nodes")
    }

    @Test func undefinedAndHugeIndicatorsAreWrittenNotConverted() {
        for value in [Double.nan, .infinity, -.infinity, 1e300, -1e300] {
            let indicators = ShapeIndicators(
                nodes: 3, components: 1, largestComponentShare: value, degreeCentralization: value, hubs: 0,
                corePeripheryFit: value, coreShare: value)
            let (_, reason) = NetworkShape.classify(indicators)
            #expect(!reason.isEmpty)
        }
    }
}
