import GraphCore
import NetworkModel

/// Which part of a ``Network`` becomes a ``Graph``, and how: the node and tie
/// kinds kept, whether direction is honoured, whether weights are used, and
/// how parallel ties combine.
public struct GraphProjection: Sendable {
    /// Node kinds kept; nil keeps every kind.
    public var nodeKinds: Set<NodeKind>?
    /// Tie kinds kept; nil keeps every kind.
    public var tieKinds: Set<TieKind>?
    /// Honour tie direction: a directed tie is one arc, an undirected or mutual
    /// tie two arcs. When false, every tie is an undirected edge.
    public var directed: Bool
    /// Use tie weights; when false every tie has weight 1 (parallel ties still combine).
    /// With weights, ties of weight 0 are left out.
    public var weighted: Bool
    /// How parallel ties combine; summed by default.
    public var parallelTies: ParallelEdgePolicy

    public init(
        nodeKinds: Set<NodeKind>? = nil, tieKinds: Set<TieKind>? = nil, directed: Bool = false,
        weighted: Bool = false, parallelTies: ParallelEdgePolicy = .sum
    ) {
        self.nodeKinds = nodeKinds
        self.tieKinds = tieKinds
        self.directed = directed
        self.weighted = weighted
        self.parallelTies = parallelTies
    }

    /// Builds the graph. Nodes keep their network order; ties between a kept and
    /// a dropped node are dropped. O(n + m log d).
    public func project(_ network: Network) -> ProjectedGraph {
        var graphIndex = [Int32](repeating: -1, count: network.nodeCount)
        var positions: [Int32] = []
        positions.reserveCapacity(network.nodeCount)
        for (position, node) in network.nodes.enumerated() where nodeKinds?.contains(node.kind) ?? true {
            graphIndex[position] = Int32(positions.count)
            positions.append(Int32(position))
        }
        // Node count fits Int32 because the network's does, so the builder cannot refuse it.
        guard var builder = try? GraphBuilder(nodeCount: positions.count, directed: directed) else {
            preconditionFailure("a network never holds more nodes than Int32 can index")
        }
        builder.reserveCapacity(network.tieCount)
        for tie in network.ties {
            if let tieKinds, !tieKinds.contains(tie.kind) { continue }
            let u = graphIndex[Int(tie.source)], v = graphIndex[Int(tie.target)]
            guard u >= 0, v >= 0 else { continue }
            // With weights, a tie of weight 0 carries nothing (and would make a path of length 0 or ∞).
            if weighted && tie.weight == 0 { continue }
            let w = weighted ? tie.weight : 1
            // Network weights are finite and in range by construction, so adding cannot fail.
            try? builder.addEdge(Int(u), Int(v), weight: w)
            if directed && tie.direction != .directed && u != v {
                try? builder.addEdge(Int(v), Int(u), weight: w)
            }
        }
        let graph = builder.build(parallelEdges: parallelTies, weighted: weighted)
        return ProjectedGraph(graph: graph, networkPositions: positions.map(NetworkPosition.init(rawValue:)))
    }
}

/// A graph projected from a network, with the way back from graph nodes to network nodes.
public struct ProjectedGraph: Sendable {
    public let graph: Graph
    /// For each graph node (by ``GraphNode/index``), the position of its node in the network (ascending:
    /// graph nodes keep network order).
    public let networkPositions: [NetworkPosition]

    /// Every graph node, in order.
    public var graphNodes: [GraphNode] { (0..<graph.nodeCount).map(GraphNode.init) }

    /// The network position of graph node `node`. The one way from graph nodes to network positions.
    /// - Precondition: `node` is a node of ``graph``. - Complexity: O(1).
    public func networkPosition(of node: GraphNode) -> NetworkPosition { networkPositions[node.index] }

    /// The graph node of the network node at `position`, or nil when the projection left it out.
    /// The one way from network positions to graph nodes. - Complexity: O(log n).
    public func graphNode(ofNetworkPosition position: NetworkPosition) -> GraphNode? {
        var low = 0, high = networkPositions.count
        while low < high {
            let middle = (low + high) / 2
            if networkPositions[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < networkPositions.count && networkPositions[low] == position ? GraphNode(low) : nil
    }

    /// `values` (one per graph node) spread over the network's `networkNodeCount` positions, `absent` for
    /// network nodes the projection left out. The one way from graph-aligned values to network order.
    /// - Complexity: O(n).
    public func byNetworkPosition<Value>(_ values: [Value], networkNodeCount: Int, absent: Value) -> [Value] {
        var result = [Value](repeating: absent, count: networkNodeCount)
        for (graphNode, position) in networkPositions.enumerated()
        where graphNode < values.count && position.index < networkNodeCount {
            result[position.index] = values[graphNode]
        }
        return result
    }
}
