import LearningCommunity
import NetworkModel

/// The change between survey waves as `liaison compare` measures it: each wave read cumulatively (its
/// ties and every earlier wave's, less those that had ended), consecutive waves compared, and the first
/// wave compared with the last for the verdicts.
public struct WaveChanges: Sendable {
    /// The waves in time order (`Network.orderedWaves()`).
    public let waves: [String]
    /// `steps[i]` compares wave `i` with wave `i + 1`.
    public let steps: [NetworkChange]
    /// Every indicator from the first wave to the last with its verdict (as `liaison compare --from FIRST --to
    /// LAST` gives them), from the measures the steps took already: each side's measures depend on that side
    /// alone, so no wave is measured again.
    public let overall: [IndicatorChange]

    /// Nil when the network names fewer than two waves.
    static func compute(_ network: Network, options: ReportOptions) throws -> WaveChanges? {
        let waves = network.orderedWaves()
        guard waves.count >= 2 else { return nil }
        var change = ChangeOptions()
        change.projection = options.projection
        change.seed = options.seed
        change.threads = options.threads
        change.top = 5
        // The report shows no centrality risers or fallers: skip their betweenness runs (two per comparison).
        change.measuresCentrality = false
        // Each wave is grouped as the report's grouping was made (an attribute, initiatives or communities).
        change.grouping = options.grouping?.spec
        let captured = try waves.map { try network.capturedBy(wave: $0) }
        var steps: [NetworkChange] = []
        for index in 0..<(captured.count - 1) {
            steps.append(try NetworkChange.compare(before: captured[index], after: captured[index + 1], options: change))
        }
        guard let first = steps.first, let last = steps.last else { return nil }
        let overall = NetworkChange.indicatorChanges(before: first.before, after: last.after)
        return WaveChanges(waves: waves, steps: steps, overall: overall)
    }

    /// The value of indicator `row` at each wave, in wave order.
    func values(ofIndicator row: Int) -> [Double] {
        guard let first = steps.first, row < first.indicators.count else { return [] }
        return [first.indicators[row].before] + steps.map { $0.indicators[row].after }
    }
}
