/// Swap objective for ``FragmentationMeasure/components``: maximise `−Σ_k s_k²` over the
/// components of `G − S` (with `n − k` fixed, that maximises `F`).
///
/// All exchanges that take member `u` out are scored by one depth-first search of
/// `H = G − (S ∖ {u})`: with Hopcroft–Tarjan low points, removing a node `v` of a component `C`
/// of `H` splits off every DFS child subtree `c` with `low(c) ≥ disc(v)` as its own component and
/// leaves the rest (`|C| − 1 − Σ` of those subtrees) together, so `Σ s²` after the exchange is
/// known for every candidate `v` at once. One pass costs `k` searches, O(k (n + m)), instead of
/// `k (n − k)` component counts.
struct ComponentSwapObjective: SwapObjective {
    let rows: SimpleUndirectedRows
    private var discovery: [Int]
    private var low: [Int]
    private var parent: [Int]
    private var subtreeSize: [Int]
    private var splitSquares: [Int]
    private var splitNodes: [Int]
    private var component: [Int]
    private var componentSizes: [Int] = []
    private var stack: [(node: Int, arc: Int)] = []

    init(rows: SimpleUndirectedRows) {
        self.rows = rows
        let n = rows.nodeCount
        discovery = [Int](repeating: -1, count: n)
        low = [Int](repeating: 0, count: n)
        parent = [Int](repeating: -1, count: n)
        subtreeSize = [Int](repeating: 0, count: n)
        splitSquares = [Int](repeating: 0, count: n)
        splitNodes = [Int](repeating: 0, count: n)
        component = [Int](repeating: 0, count: n)
        stack.reserveCapacity(n)
    }

    func objective(members: [Int], isMember: [Bool]) -> Double {
        -Double(FragmentationKernel.componentSquareSum(rows, removed: isMember).squares)
    }

    mutating func bestSwap(members: [Int], isMember: [Bool]) -> KeyPlayerSwap? {
        var removed = isMember
        var best: KeyPlayerSwap?
        for (position, outgoing) in members.enumerated() {
            removed[outgoing] = false
            let total = searchComponents(removed: removed)
            for v in 0..<rows.nodeCount where !isMember[v] {
                let size = componentSizes[component[v]]
                let rest = size - 1 - splitNodes[v]
                let squares = total - size * size + splitSquares[v] + rest * rest
                let swap = KeyPlayerSwap(position: position, incoming: v, objective: -Double(squares))
                if swap.isBetter(than: best) { best = swap }
            }
            removed[outgoing] = true
        }
        return best
    }

    /// Iterative depth-first search of the graph without `removed`, filling discovery times, low
    /// points, subtree sizes, the split-off pieces of every node and the components; returns `Σ s²`.
    private mutating func searchComponents(removed: [Bool]) -> Int {
        let n = rows.nodeCount
        for v in 0..<n { discovery[v] = -1 }
        componentSizes.removeAll(keepingCapacity: true)
        var time = 0, total = 0
        for root in 0..<n where !removed[root] && discovery[root] < 0 {
            let label = componentSizes.count
            enter(root, parent: -1, label: label, time: &time)
            while let top = stack.last {
                let v = top.node
                if top.arc < rows.offsets[v + 1] {
                    stack[stack.count - 1].arc += 1
                    let w = Int(rows.neighbors[top.arc])
                    if removed[w] { continue }
                    if discovery[w] < 0 {
                        enter(w, parent: v, label: label, time: &time)
                    } else if w != parent[v] {
                        low[v] = min(low[v], discovery[w])
                    }
                    continue
                }
                stack.removeLast()
                let p = parent[v]
                guard p >= 0 else { continue }
                low[p] = min(low[p], low[v])
                subtreeSize[p] += subtreeSize[v]
                if low[v] >= discovery[p] {
                    splitSquares[p] += subtreeSize[v] * subtreeSize[v]
                    splitNodes[p] += subtreeSize[v]
                }
            }
            componentSizes.append(subtreeSize[root])
            total += subtreeSize[root] * subtreeSize[root]
        }
        return total
    }

    private mutating func enter(_ v: Int, parent p: Int, label: Int, time: inout Int) {
        discovery[v] = time; low[v] = time; time += 1
        parent[v] = p
        subtreeSize[v] = 1
        splitSquares[v] = 0
        splitNodes[v] = 0
        component[v] = label
        stack.append((v, rows.offsets[v]))
    }
}
