/// The shortest-path DAG of the last breadth-first search, as successor lists in discovery order:
/// the successors of the `i`-th discovered node are `targets[starts[i] ..< starts[i + 1]]`.
///
/// Recording the DAG while searching costs one sequential write per DAG arc; in return Brandes'
/// back-propagation reads only DAG arcs (in a small-world graph well under half of all arcs) and
/// tests no distances, which is most of its cost. Successors keep adjacency order, so sums over them
/// are bit-identical to sums over all arcs filtered by distance. Bader & Madduri keep successor lists
/// for the same reason ("Parallel algorithms for evaluating centrality indices in real-world networks",
/// ICPP 2006, https://doi.org/10.1109/ICPP.2006.57).
final class SuccessorLists {
    let targets: UnsafeMutablePointer<Int32>
    let starts: UnsafeMutablePointer<Int>

    init(nodeCount: Int, arcCount: Int) {
        targets = .allocate(capacity: max(arcCount, 1))
        starts = .allocate(capacity: nodeCount + 1)
        starts.initialize(repeating: 0, count: nodeCount + 1)
    }

    deinit {
        targets.deallocate()
        starts.deallocate()
    }
}

extension SingleSourcePaths {
    /// Breadth-first search from `source` counting shortest paths, as ``breadthFirst(from:arcs:stopAt:)``,
    /// that also records the shortest-path DAG into `dag`. O(n + m).
    func breadthFirst(from source: Int, arcs: ArcView, recordingInto dag: SuccessorLists) {
        let offsets = arcs.offsets, targets = arcs.targets
        let cells = self.cells, order = self.order
        let successors = dag.targets, starts = dag.starts
        lastSearchWasBreadthFirst = true
        cells[source] = HopCell(hops: 0, value: 1)
        order[0] = Int32(truncatingIfNeeded: source)
        var head = 0, tail = 1, recorded = 0
        while head < tail {
            let v = Int(order[head])
            starts[head] = recorded
            head &+= 1
            let nextHop = cells[v].hops &+ 1
            let sigmaV = cells[v].value
            for arc in offsets[v] ..< offsets[v &+ 1] {
                let target = targets[arc]
                let w = Int(target)
                let hw = cells[w].hops
                if hw < 0 {
                    cells[w] = HopCell(hops: nextHop, value: sigmaV)
                    order[tail] = target
                    tail &+= 1
                    successors[recorded] = target
                    recorded &+= 1
                } else if hw == nextHop {
                    cells[w].value += sigmaV
                    successors[recorded] = target
                    recorded &+= 1
                }
            }
        }
        starts[head] = recorded
        settledCount = head
        touchedCount = tail
    }
}
