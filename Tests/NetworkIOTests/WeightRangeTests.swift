import Foundation
import NetworkIO
import Testing

/// Weights beyond what a `Double` holds are refused, not turned silently into zeros or infinities.
@Suite struct WeightRangeTests {
    @Test func weightsTooSmallOrTooLargeAreRefusedWhereTheyStand() {
        let problems = Fixtures.problems("weight-underflow.csv")
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("weight-underflow.csv:2:") && $0.contains("\"1e-400\" is too small for a computer number (it would be read as 0)") })
        #expect(problems.contains { $0.hasPrefix("weight-underflow.csv:3:") && $0.contains("\"2.5e-310\" is too small") })
        #expect(problems.contains { $0.hasPrefix("weight-underflow.csv:4:") && $0.contains("\"1e400\" is too large for a computer number") })
    }

    @Test func weightsWhoseSumOverflowsAreRefused() {
        let problems = Fixtures.problems("weight-overflow.csv")
        #expect(problems.first
            == "error: the tie weights add up to more than 1.8e308 (from tie 2 on), so merged ties and strengths would be infinite (fix: rescale the weights, e.g. divide them all by a power of ten)")
        #expect(problems.filter { $0.contains("error:") }.count == 1)
    }
}
