import NetworkModel

/// A node of a projected ``ProjectedGraph/graph``: an index into its CSR rows (`0..<graph.nodeCount`).
///
/// Graph nodes and ``NetworkPosition``s are both small integers, and a projection that leaves nodes out makes
/// them differ; the two types keep them apart at the NetworkAnalysis boundary. GraphAlgorithms stays on raw
/// `Int32`/`Int` indices in its loops: ``rawValue`` and ``index`` are the way down.
public struct GraphNode: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The graph node at CSR index `index`. - Precondition: `index` fits `Int32` (a graph never has more nodes).
    public init(_ index: Int) { self.rawValue = Int32(truncatingIfNeeded: index) }

    /// The index into arrays aligned with the graph (kernel results, graph-ordered table rows).
    public var index: Int { Int(rawValue) }

    public static func < (lhs: GraphNode, rhs: GraphNode) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "graph node \(rawValue)" }
}

/// The position of a node in its ``Network`` (`network.nodes[position.index]`), the numbering ties,
/// groupings and network-ordered columns use.
public struct NetworkPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The index into the network's nodes and network-ordered arrays.
    public var index: Int { Int(rawValue) }

    public static func < (lhs: NetworkPosition, rhs: NetworkPosition) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { "network position \(rawValue)" }
}

extension Network {
    /// The node at `position`. - Precondition: `position` is one of this network's (as every position a
    /// ``ProjectedGraph`` of it holds).
    public subscript(position: NetworkPosition) -> Node { nodes[position.index] }
}
