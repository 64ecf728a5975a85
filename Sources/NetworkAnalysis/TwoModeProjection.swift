import NetworkModel

/// The one-mode projection of two-mode data: nodes of one kind, tied when they share a
/// neighbour of another kind (two women who attended the same event; two initiatives that share
/// a participant).
///
/// **Definition** (networkx `bipartite.weighted_projected_graph`, `ratio=False`): for kept nodes
/// u ≠ v, an undirected tie of weight |N(u) ∩ N(v)|, where N(x) is x's set of neighbours of
/// other kinds (parallel ties and direction ignored). Nodes of the kept kind stay, ties among them
/// are dropped; ties of the projection have kind `shares_<other kinds>`. Reference: M. E. J. Newman,
/// "Scientific collaboration networks. II", Phys. Rev. E 64, 016132 (2001),
/// https://doi.org/10.1103/PhysRevE.64.016132; Borgatti & Halgin, "Analyzing affiliation networks" (2011).
///
/// - Complexity: O(Σ_w d(w)²) over the nodes w of the other kinds.
public enum TwoModeProjection {
    public static func project(_ network: Network, keeping kind: NodeKind) -> Network {
        var result = Network()
        result.declareAttributes(nodes: network.nodeAttributeNames)
        var newPosition = [Int32](repeating: -1, count: network.nodeCount)
        for (position, node) in network.nodes.enumerated() where node.kind == kind {
            newPosition[position] = (try? result.addNode(node)) ?? -1
        }
        // For every node of another kind, its distinct kept neighbours.
        var members = [[Int32]](repeating: [], count: network.nodeCount)
        var otherKinds = Set<NodeKind>()
        for tie in network.ties {
            let s = Int(tie.source), t = Int(tie.target)
            if newPosition[s] >= 0 && newPosition[t] < 0 {
                members[t].append(newPosition[s])
                otherKinds.insert(network.nodes[t].kind)
            } else if newPosition[t] >= 0 && newPosition[s] < 0 {
                members[s].append(newPosition[t])
                otherKinds.insert(network.nodes[s].kind)
            }
        }
        var shared: [PairKey: Int] = [:]
        var firstSeen: [PairKey] = []
        for list in members where list.count > 1 {
            let distinct = Array(Set(list)).sorted()
            for i in 0..<distinct.count {
                for j in (i + 1)..<distinct.count {
                    let key = PairKey(first: distinct[i], second: distinct[j])
                    if shared[key] == nil { firstSeen.append(key) }
                    shared[key, default: 0] += 1
                }
            }
        }
        let tieKind = TieKind(rawValue: "shares_" + otherKinds.map(\.rawValue).sorted().joined(separator: "_"))
        // Every projected tie has the same kind and direction: they share one copy of them.
        var templates = TieTemplates()
        for key in firstSeen.sorted(by: { ($0.first, $0.second) < ($1.first, $1.second) }) {
            try? result.addTie(templates.tie(
                source: key.first, target: key.second, kind: tieKind, direction: .undirected,
                weight: Double(shared[key] ?? 0)))
        }
        return result
    }

    private struct PairKey: Hashable {
        let first: Int32
        let second: Int32
    }
}
