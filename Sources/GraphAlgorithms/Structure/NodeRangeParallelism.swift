import Dispatch
import Foundation

/// Splits the nodes `0..<count` into one contiguous range per worker and runs
/// a body on each range, concurrently when the work is large enough.
///
/// Every kernel of this folder that uses it writes only the entries of its own
/// range (or its own scratch), so the result does not depend on the number of
/// workers or on scheduling; reductions are done by the caller in node order.
enum NodeRangeParallelism {
    /// A pointer that may cross into `concurrentPerform`'s `@Sendable` closure.
    ///
    /// Invariant: concurrent workers write disjoint indices only.
    struct SharedOutput<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
    }

    /// Number of workers to use: the active processor count, at least 1.
    static var workerCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `body(range)` for contiguous ranges covering `0..<count`; in parallel
    /// when `work` (an estimate of the operations, e.g. arcs) reaches `threshold`.
    static func forEachRange(
        count: Int, work: Int, threshold: Int = 50_000, _ body: @Sendable (Range<Int>) -> Void
    ) {
        let workers = workerCount
        guard count > 0 else { return }
        guard workers > 1, work >= threshold, count >= 2 * workers else {
            body(0..<count)
            return
        }
        // More ranges than workers smooths out skewed degree distributions.
        let ranges = min(count, workers * 8)
        DispatchQueue.concurrentPerform(iterations: ranges) { index in
            let lower = count * index / ranges
            let upper = count * (index + 1) / ranges
            body(lower..<upper)
        }
    }
}
