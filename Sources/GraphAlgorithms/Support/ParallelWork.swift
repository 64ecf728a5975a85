import Dispatch
import Foundation
import Synchronization

/// Thread counts for the parallel kernels.
public enum Parallelism {
    /// The thread count used when the caller does not choose one: the active processors
    /// (`ProcessInfo.processInfo.activeProcessorCount`).
    public static var defaultThreadCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Runs independent units of work on several threads with dynamic scheduling.
///
/// Units `0..<unitCount` are handed out one at a time through an atomic counter, so uneven
/// units (a hub source, a long BFS) do not leave a core idle. Each worker creates its scratch
/// once and reuses it for every unit it takes. Results must be written per unit (never
/// accumulated across units in worker state) so that they do not depend on which worker ran
/// which unit: that is what makes every kernel's output identical for any thread count.
enum ParallelWork {

    /// Throws unless `threads` is at least 1.
    static func validate(threads: Int) throws(AlgorithmError) {
        guard threads >= 1 else {
            throw .invalidParameter(name: "threads", value: "\(threads)", reason: "at least one thread is needed")
        }
    }

    /// Calls `body(&scratch, unit)` for every unit on up to `threads` workers and reports the
    /// fraction of finished units to `progress` (from worker threads, after each unit, one call at
    /// a time, in increasing order, ending with 1).
    static func run<Scratch>(
        units unitCount: Int,
        threads: Int,
        progress: (@Sendable (Double) -> Void)?,
        makeScratch: @Sendable () -> Scratch,
        body: @Sendable (inout Scratch, Int) -> Void
    ) {
        guard unitCount > 0 else { return }
        let workers = max(1, min(threads, unitCount))
        let next = Atomic<Int>(0)
        let finished = Atomic<Int>(0)
        let reports = OrderedReports()
        @Sendable func work(_: Int) {
            var scratch = makeScratch()
            while true {
                let unit = next.add(1, ordering: .relaxed).oldValue
                if unit >= unitCount { break }
                body(&scratch, unit)
                if let progress {
                    let done = finished.add(1, ordering: .relaxed).newValue
                    // Reported under the lock, so that the fractions arrive in increasing order.
                    reports.lock.lock()
                    if done > reports.last {
                        reports.last = done
                        progress(Double(done) / Double(unitCount))
                    }
                    reports.lock.unlock()
                }
            }
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
    }
}

/// The last progress count reported, behind a pthread-based lock (`NSLock`): ThreadSanitizer
/// understands it, whereas it cannot see the futex inside `Synchronization.Mutex` on Linux and
/// would report the lock's own state as a race.
private final class OrderedReports: @unchecked Sendable {
    let lock = NSLock()
    /// Guarded by `lock`.
    var last = 0
}
