/// Tie weights that each fit a `Double` but whose sum does not (two ties of `1e308`): merged parallel
/// ties, strengths and path lengths would become infinite and show as blanks. The loader refuses such
/// data, naming the tie at which the running total overflowed.
enum WeightTotalCheck {
    /// Reports an error when the weights of `ties` add up to more than `Double.greatestFiniteMagnitude`.
    /// - Complexity: O(m).
    static func check(_ assembly: inout NetworkAssembly) {
        var total = 0.0
        for (index, tie) in assembly.network.ties.enumerated() {
            total += tie.weight
            guard total.isInfinite else { continue }
            assembly.diagnostics.error(
                nil,
                "the tie weights add up to more than 1.8e308 (from tie \(index + 1) on), so merged ties and strengths would be infinite",
                fix: "rescale the weights, e.g. divide them all by a power of ten")
            return
        }
    }
}
