/// Node widths from a metric, and which nodes get a visible label.
struct NodeSizing {
    /// Width in inches by network position (only drawn positions are meaningful).
    let widths: [Double]
    /// The metric's smallest and largest finite value among drawn nodes; nil without a metric or values.
    let range: (low: Double, high: Double)?

    /// Area grows linearly with the value: width = min + (max − min)·√((v − low)/(high − low)).
    /// Missing and non-finite values get the smallest width; with no metric, or all values
    /// equal, every node gets the width 30 % of the way from the smallest to the largest.
    ///
    /// - Complexity: O(*n*).
    init(metric: MapMetric?, selection: MapSelection, minWidth: Double, maxWidth: Double) {
        let uniform = minWidth + (maxWidth - minWidth) * 0.3
        var widths = [Double](repeating: uniform, count: selection.isIncluded.count)
        guard let metric else {
            self.widths = widths
            self.range = nil
            return
        }
        var low = Double.infinity
        var high = -Double.infinity
        for position in selection.positions {
            let value = metric.values[Int(position)]
            guard value.isFinite else { continue }
            low = min(low, value)
            high = max(high, value)
        }
        guard low <= high else {
            self.widths = widths
            self.range = nil
            return
        }
        let span = high - low
        for position in selection.positions {
            let value = metric.values[Int(position)]
            if !value.isFinite {
                widths[Int(position)] = minWidth
            } else if span > 0 {
                widths[Int(position)] = minWidth + (maxWidth - minWidth) * ((value - low) / span).squareRoot()
            }
        }
        self.widths = widths
        self.range = (low, high)
    }

    /// The `count` drawn positions ranked first by metric value (missing last), then
    /// degree, then position, as a membership array by network position.
    ///
    /// - Complexity: O(*n* log *n*).
    static func labelled(
        count: Int, metric: MapMetric?, selection: MapSelection
    ) -> [Bool] {
        var isLabelled = [Bool](repeating: false, count: selection.isIncluded.count)
        if count >= selection.positions.count {
            for position in selection.positions { isLabelled[Int(position)] = true }
            return isLabelled
        }
        func score(_ position: Int32) -> Double {
            guard let value = metric?.values[Int(position)], value.isFinite else { return -.infinity }
            return value
        }
        let ranked = selection.positions.sorted { a, b in
            let (scoreA, scoreB) = (score(a), score(b))
            if scoreA != scoreB { return scoreA > scoreB }
            let (degreeA, degreeB) = (selection.degrees[Int(a)], selection.degrees[Int(b)])
            if degreeA != degreeB { return degreeA > degreeB }
            return a < b
        }
        for position in ranked.prefix(count) { isLabelled[Int(position)] = true }
        return isLabelled
    }
}
