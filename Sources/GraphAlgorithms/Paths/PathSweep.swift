import GraphCore

/// What one single-source shortest-path search yields for closeness, harmonic and distances.
struct SourceTotals: Sendable {
    /// Nodes reached, the source included.
    var reached = 1
    /// Sum of the lengths to (or from) the reached nodes.
    var distanceSum = 0.0
    /// Sum of the inverse lengths to the reached nodes other than the source.
    var harmonicSum = 0.0
    /// Largest length to a reached node (0 if none).
    var eccentricity = 0.0
}

/// All-sources shortest-path sweep: one search per source node, in parallel, returning
/// ``SourceTotals`` per source. Unit lengths use ``WideMultiSourceBFS`` (256 sources per unit of
/// work); weighted lengths one Dijkstra per source, summing in settling order (as networkx).
///
/// Every unit writes only its own sources' entries, so results do not depend on `threads`.
/// Lengths are reported as computed (multiplied by `PathLengths.scale`); callers rescale.
enum PathSweep {
    /// Totals for every source in `sources` (node ids), searching along incoming arcs when
    /// `incoming` (the distance *from* other nodes *to* the source), restricted to the nodes
    /// flagged in `members` if given.
    /// - Complexity: O(n m / 256 · depth + n²/256) for unit lengths; O(n (m + n) log n) weighted.
    static func totals(
        _ graph: Graph, lengths: PathLengths?, incoming: Bool, sources: [Int32], members: [Bool]?,
        threads: Int, progress: (@Sendable (Double) -> Void)?
    ) -> [SourceTotals] {
        let n = graph.nodeCount
        let results = SharedBuffer<SourceTotals>.allocate(count: sources.count, repeating: SourceTotals())
        defer { results.deallocate() }
        let memberFlags = members ?? []
        memberFlags.withUnsafeBufferPointer { memberBuffer in
            let memberView = members == nil ? nil : memberBuffer
            let flags = SendableFlags(view: memberView)
            if lengths == nil {
                let width = WideMultiSourceBFS.width
                let batchCount = (sources.count + width - 1) / width
                // The pull-arcs of a search along incoming arcs are the out-arcs, and vice versa.
                ArcView.with(graph, incoming: !incoming, lengths: nil) { arcs in
                    // Invariant for `results`: batch b writes only entries 256b ..< 256b + 256.
                    ParallelWork.run(
                        units: batchCount, threads: threads, progress: progress,
                        makeScratch: { (WideMultiSourceBFS(nodeCount: n), [SourceTotals]()) },
                        body: { scratch, batch in
                            let range = (batch * width) ..< min(sources.count, batch * width + width)
                            scratch.1 = [SourceTotals](repeating: SourceTotals(), count: range.count)
                            scratch.0.search(
                                from: sources[range], pullArcs: arcs, members: flags.view, totals: &scratch.1)
                            for (offset, total) in scratch.1.enumerated() { results.base[range.lowerBound + offset] = total }
                        })
                }
            } else {
                let blockCount = min(sources.count, 256)
                ArcView.with(graph, incoming: incoming, lengths: lengths) { arcs in
                    // Invariant for `results`: block b writes only the entries of its own sources.
                    ParallelWork.run(
                        units: blockCount, threads: threads, progress: progress,
                        makeScratch: {
                            SingleSourcePaths(
                                nodeCount: n, arcCount: graph.arcCount,
                                maximumIntegerLength: lengths?.maximumIntegerLength)
                        },
                        body: { paths, block in
                            let lower = block * sources.count / blockCount
                            let upper = (block + 1) * sources.count / blockCount
                            for index in lower ..< upper {
                                paths.dijkstra(from: Int(sources[index]), arcs: arcs, members: flags.view)
                                results.base[index] = settledTotals(paths)
                                paths.reset()
                            }
                        })
                }
            }
        }
        return results.array()
    }

    /// Totals of a finished Dijkstra, summed in settling order.
    private static func settledTotals(_ paths: SingleSourcePaths) -> SourceTotals {
        var totals = SourceTotals()
        totals.reached = paths.settledCount
        for i in 1 ..< max(paths.settledCount, 1) {
            let d = paths.distance[Int(paths.order[i])]
            totals.distanceSum += d
            totals.harmonicSum += 1 / d
            totals.eccentricity = d
        }
        return totals
    }
}

/// Membership flags shared read-only by the workers of one sweep (`@unchecked Sendable`:
/// never written while the sweep runs).
private struct SendableFlags: @unchecked Sendable {
    let view: UnsafeBufferPointer<Bool>?
}
