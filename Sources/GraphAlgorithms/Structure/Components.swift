import GraphCore

/// A partition of the nodes into connected components.
///
/// Components are numbered `0..<count` in the order of their smallest node, so the labelling is
/// canonical (independent of traversal order).
public struct ComponentPartition: Sendable, Equatable {
    /// The component of every node.
    public let labels: [Int]
    /// The number of nodes of every component, indexed by label.
    public let sizes: [Int]

    /// Number of components.
    public var count: Int { sizes.count }

    /// The size of the largest component (0 for a graph without nodes).
    public var largestSize: Int { sizes.max() ?? 0 }

    /// Share of the nodes in the largest component, `largestSize / n`; NaN for a graph without nodes.
    public var largestShare: Double {
        labels.isEmpty ? .nan : Double(largestSize) / Double(labels.count)
    }

    /// The size of the component of every node.
    public var sizePerNode: [Int] { labels.map { sizes[$0] } }

    /// Relabels an arbitrary labelling canonically (by smallest node) and counts the sizes.
    init(rawLabels: [Int]) {
        var canonical = [Int](repeating: -1, count: rawLabels.count)
        var labels = [Int](repeating: 0, count: rawLabels.count)
        var sizes: [Int] = []
        for v in rawLabels.indices {
            let raw = rawLabels[v]
            if canonical[raw] < 0 {
                canonical[raw] = sizes.count
                sizes.append(0)
            }
            labels[v] = canonical[raw]
            sizes[labels[v]] += 1
        }
        self.labels = labels
        self.sizes = sizes
    }
}

/// Weakly and strongly connected components, as networkx's `connected_components`,
/// `weakly_connected_components` and `strongly_connected_components`.
///
/// Conventions: weak components ignore arc directions (for an undirected graph they are the
/// connected components); strong components of an undirected graph are its connected components.
/// An isolate is a component of its own. Self-loops and weights play no role. Both traversals are
/// iterative (no recursion), so long chains cannot overflow the stack.
///
/// References: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
/// manipulation", Commun. ACM 16(6), 372–378 (1973), doi:10.1145/362248.362272; R. Tarjan,
/// "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 146–160 (1972),
/// doi:10.1137/0201010.
public enum Components {
    /// Weakly connected components by breadth-first search over the undirected view.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public static func weak(_ graph: Graph) -> ComponentPartition {
        let n = graph.nodeCount
        var label = [Int](repeating: -1, count: n)
        var queue = [Int](repeating: 0, count: n)
        var next = 0
        for start in 0..<n where label[start] < 0 {
            label[start] = next
            var head = 0, tail = 1
            queue[0] = start
            while head < tail {
                let v = queue[head]; head += 1
                for p in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                    let u = Int(graph.outTargets[p])
                    if label[u] < 0 { label[u] = next; queue[tail] = u; tail += 1 }
                }
                if graph.isDirected {
                    for p in graph.inOffsets[v]..<graph.inOffsets[v + 1] {
                        let u = Int(graph.inTargets[p])
                        if label[u] < 0 { label[u] = next; queue[tail] = u; tail += 1 }
                    }
                }
            }
            next += 1
        }
        return ComponentPartition(rawLabels: label)
    }

    /// Strongly connected components by Tarjan's algorithm with an explicit stack
    /// (the weak components for an undirected graph).
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public static func strong(_ graph: Graph) -> ComponentPartition {
        guard graph.isDirected else { return weak(graph) }
        let n = graph.nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int](repeating: -1, count: n)
        var tarjanStack: [Int] = []
        // Depth-first frames: the node and the position of the next out-arc to explore.
        var frames: [(node: Int, arc: Int)] = []
        var counter = 0
        var components = 0
        for root in 0..<n where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            tarjanStack.append(root); onStack[root] = true
            frames.append((root, graph.outOffsets[root]))
            while let top = frames.last {
                let v = top.node
                if top.arc < graph.outOffsets[v + 1] {
                    frames[frames.count - 1].arc += 1
                    let w = Int(graph.outTargets[top.arc])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        tarjanStack.append(w); onStack[w] = true
                        frames.append((w, graph.outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    while let w = tarjanStack.popLast() {
                        onStack[w] = false
                        component[w] = components
                        if w == v { break }
                    }
                    components += 1
                }
            }
        }
        return ComponentPartition(rawLabels: component)
    }
}
