/// The communities a detection run found.
public struct CommunityPartition: Sendable, Equatable {
    /// The community of every node, numbered `0...` in order of each community's smallest node.
    public let membership: [Int32]
    /// The number of nodes in every community, indexed by community.
    public let sizes: [Int]
    /// networkx's modularity of the partition on the graph as given (directed form for a directed
    /// graph; ``Modularity/compute(_:membership:resolution:weighted:)``), at the run's resolution when
    /// the objective is modularity and at resolution 1 for CPM; NaN for a graph without ties.
    public let modularity: Double
    /// The optimised objective on the undirected view the run worked on: modularity at the run's
    /// resolution, or the CPM quality `Σ_c [e_c − γ n_c(n_c − 1)/2]`.
    public let quality: Double
    /// Louvain: the number of levels at which nodes moved. Leiden: the number of aggregation levels of
    /// the last iteration.
    public let levels: Int
    /// Leiden: the number of iterations run (the last changed nothing when iterating until stable).
    /// Louvain: 1.
    public let iterations: Int

    /// Number of communities.
    public var communityCount: Int { sizes.count }

    /// The size of every node's community.
    public var sizePerNode: [Int] { membership.map { sizes[Int($0)] } }

    public init(membership: [Int32], sizes: [Int], modularity: Double, quality: Double, levels: Int, iterations: Int) {
        self.membership = membership
        self.sizes = sizes
        self.modularity = modularity
        self.quality = quality
        self.levels = levels
        self.iterations = iterations
    }
}
