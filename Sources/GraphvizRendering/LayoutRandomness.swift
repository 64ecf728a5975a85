#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The C library's random number generators, put back before every layout to the state a new process starts with.
///
/// Graphviz's layout programs draw from the process-wide generators (`drand48` in the overlap removal,
/// `rand` in `sfdp`'s multilevel coarsening) and do not reseed all of them from the graph's `start`
/// attribute, so a second layout in the same process would start from where the first left off and
/// place nodes elsewhere. Reseeding both as a fresh process has them (POSIX: `drand48` as if seeded with
/// `srand48(0x1234ABCD)`, `rand` as if seeded with `srand(1)`) makes every layout in process draw the
/// same numbers as the `dot` program, and as a child process rendering the same text.
///
/// Not enough for `fdp`: Graphviz 2.42's `fdp` keeps other state between calls, so in one process it
/// repeats itself only on small graphs (`liaison` lays out every map in a new child process, where it does).
///
/// Called only under ``Graphviz``'s lock; other code in the process that uses `rand` or `drand48`
/// sees its sequence restart.
enum LayoutRandomness {
    /// Reseeds `drand48` and `rand` to their initial state.
    static func reset() {
        srand48(0x1234_ABCD)
        srand(1)
    }
}
