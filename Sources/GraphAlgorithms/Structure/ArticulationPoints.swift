import GraphCore

/// Cut vertices and bridges of the undirected view, with how much each cut vertex disconnects.
public struct CutStructure: Sendable, Equatable {
    /// Whether each node is an articulation point (its removal splits its component).
    public let isArticulationPoint: [Bool]
    /// For each node `v` of component `C`: `(|C| − 1) − |largest component of C − v|`, the number of
    /// nodes that removing `v` cuts off from the biggest remaining piece; 0 for non-articulation points.
    public let cutOff: [Int]
    /// The bridges as `(u, v)` pairs with `u < v`, sorted.
    public let bridges: [(Int, Int)]

    public static func == (lhs: CutStructure, rhs: CutStructure) -> Bool {
        lhs.isArticulationPoint == rhs.isArticulationPoint && lhs.cutOff == rhs.cutOff
            && lhs.bridges.elementsEqual(rhs.bridges) { $0 == $1 }
    }
}

/// Articulation points, bridges and cut-off sizes, from one iterative depth-first search
/// (Hopcroft–Tarjan low points).
///
/// Definitions: an articulation point is a node whose removal increases the number of connected
/// components; a bridge is an edge whose removal does. The search computes discovery times `disc`
/// and low points `low`; a child `c` of `v` with `low[c] ≥ disc[v]` is a subtree cut off by `v`
/// (for the root: every child), and the edge `v–c` is a bridge when `low[c] > disc[v]`. The
/// cut-off of `v` is `(|C| − 1) − (largest piece of C − v)`, where the pieces are those subtrees and
/// the rest of the component.
///
/// Conventions (networkx `articulation_points`, `bridges`): computed on the **undirected view**
/// (a directed graph's arcs lose their direction, a reciprocated pair is one edge); self-loops are
/// ignored and never bridges; parallel ties have already been merged by ``GraphBuilder`` into one
/// edge, which can therefore be a bridge (networkx agrees on the simple graph; on a multigraph it
/// would not call a doubled edge a bridge). Weights play no role. Iterative, so long chains
/// cannot overflow the stack.
///
/// - Complexity: O(n + m) time and O(n) extra memory (plus O(m) for a directed graph's view).
///
/// Reference: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
/// manipulation", Commun. ACM 16(6), 372–378 (1973), doi:10.1145/362248.362272.
public enum ArticulationPoints {
    public static func compute(_ graph: Graph) -> CutStructure {
        let view = UndirectedView(graph)
        let n = view.nodeCount
        var disc = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var subtreeSize = [Int](repeating: 1, count: n)
        // Per node: nodes in subtrees cut off by it so far, and the largest such subtree.
        var cutSubtreeTotal = [Int](repeating: 0, count: n)
        var largestCutSubtree = [Int](repeating: 0, count: n)
        var childCount = [Int](repeating: 0, count: n)
        var isArticulation = [Bool](repeating: false, count: n)
        var cutOff = [Int](repeating: 0, count: n)
        var bridges: [(Int, Int)] = []
        var frames: [(node: Int, parent: Int, arc: Int)] = []
        var componentNodes: [Int] = []
        var time = 0

        for root in 0..<n where disc[root] < 0 {
            componentNodes.removeAll(keepingCapacity: true)
            disc[root] = time; low[root] = time; time += 1
            componentNodes.append(root)
            frames.append((root, -1, view.offsets[root]))
            while let top = frames.last {
                let v = top.node
                if top.arc < view.offsets[v + 1] {
                    frames[frames.count - 1].arc += 1
                    let w = Int(view.neighbors[top.arc])
                    if w == v || w == top.parent { continue }
                    if disc[w] < 0 {
                        disc[w] = time; low[w] = time; time += 1
                        componentNodes.append(w)
                        frames.append((w, v, view.offsets[w]))
                    } else {
                        low[v] = min(low[v], disc[w])
                    }
                    continue
                }
                frames.removeLast()
                guard let parentFrame = frames.last else { continue }
                let parent = parentFrame.node
                low[parent] = min(low[parent], low[v])
                subtreeSize[parent] += subtreeSize[v]
                childCount[parent] += 1
                if low[v] >= disc[parent] {
                    cutSubtreeTotal[parent] += subtreeSize[v]
                    largestCutSubtree[parent] = max(largestCutSubtree[parent], subtreeSize[v])
                }
                if low[v] > disc[parent] {
                    bridges.append((min(parent, v), max(parent, v)))
                }
            }
            let size = componentNodes.count
            for v in componentNodes {
                // The root's children are all cut off, so its remaining piece is empty.
                let rest = v == root ? 0 : size - 1 - cutSubtreeTotal[v]
                let splits = v == root ? childCount[root] > 1 : cutSubtreeTotal[v] > 0
                isArticulation[v] = splits
                cutOff[v] = splits ? (size - 1) - max(rest, largestCutSubtree[v]) : 0
            }
        }
        bridges.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return CutStructure(isArticulationPoint: isArticulation, cutOff: cutOff, bridges: bridges)
    }
}
