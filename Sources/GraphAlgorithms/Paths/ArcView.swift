import GraphCore

/// Read-only views of one direction of a graph's CSR arrays, for the hot loops of the path
/// kernels. Valid only inside ``with(_:incoming:lengths:_:)``.
///
/// Buffer subscripts are bounds-checked in debug builds only, so the kernels pay nothing in
/// release. `@unchecked Sendable`: workers only read through these buffers, and the arrays they
/// view outlive every worker because the parallel section runs inside the closure.
struct ArcView: @unchecked Sendable {
    let nodeCount: Int
    /// Row offsets, `nodeCount + 1` entries.
    let offsets: UnsafeBufferPointer<Int>
    /// Arc endpoints.
    let targets: UnsafeBufferPointer<Int32>
    /// Arc lengths parallel to `targets` (empty for unit lengths).
    let lengths: UnsafeBufferPointer<Double>

    /// Calls `body` with the out-arcs of `graph` (or its in-arcs when `incoming`), with the
    /// matching lengths from `lengths` when given.
    static func with<Result>(
        _ graph: Graph, incoming: Bool, lengths: PathLengths?, _ body: (ArcView) throws -> Result
    ) rethrows -> Result {
        let offsets = incoming ? graph.inOffsets : graph.outOffsets
        let targets = incoming ? graph.inTargets : graph.outTargets
        let arcLengths = lengths.map { incoming ? $0.inLengths : $0.outLengths } ?? []
        return try offsets.withUnsafeBufferPointer { offsetBuffer in
            try targets.withUnsafeBufferPointer { targetBuffer in
                try arcLengths.withUnsafeBufferPointer { lengthBuffer in
                    try body(ArcView(
                        nodeCount: graph.nodeCount, offsets: offsetBuffer, targets: targetBuffer,
                        lengths: lengthBuffer))
                }
            }
        }
    }
}
