/// Splits the nodes `0..<count` into contiguous ranges and runs a body on each range, on up to
/// `threads` workers through ``ParallelWork`` when the work is large enough.
///
/// Every kernel of this folder that uses it writes only the entries of its own
/// range (or its own scratch), so the result does not depend on the number of
/// workers or on scheduling; reductions are done by the caller in node order.
enum NodeRangeParallelism {
    /// Calls `body(range)` for contiguous ranges covering `0..<count`; on up to `threads` workers
    /// when `work` (an estimate of the operations, e.g. arcs) reaches `threshold`.
    static func forEachRange(
        count: Int, work: Int, threads: Int, threshold: Int = 50_000, _ body: @Sendable (Range<Int>) -> Void
    ) {
        guard count > 0 else { return }
        let workers = max(1, threads)
        guard workers > 1, work >= threshold, count >= 2 * workers else {
            body(0..<count)
            return
        }
        // More ranges than workers smooths out skewed degree distributions.
        let ranges = min(count, workers * 8)
        ParallelWork.run(units: ranges, threads: workers, progress: nil, makeScratch: {}) { _, index in
            let lower = count * index / ranges
            let upper = count * (index + 1) / ranges
            body(lower..<upper)
        }
    }
}
