import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// How the nodes of a network are to be grouped: the one description behind `--group` in every command,
/// the report and the comparison of two networks. ``NodeGrouping/resolve(_:in:projected:weighted:)`` turns it
/// into a ``NodeGrouping`` of one network.
public enum GroupingSpec: Hashable, Sendable {
    /// By a node attribute (`city`, `sector`, …), found as ``NodeGrouping/attribute(_:in:multiValued:)``
    /// finds it; the attributes in `multiValued` list several groups separated by `|`.
    case attribute(String, multiValued: Set<String> = [])
    /// By the initiative each person or organization is most involved in: ``NodeGrouping/initiatives(in:)``.
    case initiative
    /// By Leiden communities (modularity with this resolution, seeded) of the analysed graph, named
    /// `community-1`, `community-2`, … (``NodeGrouping/communityName(_:)``).
    case community(seed: UInt64 = 1, resolution: Double = 1)

    /// The word of `--group` that names a grouping by initiative.
    public static let initiativeWord = "initiative"
    /// The word of `--group` that names a grouping by detected community.
    public static let communityWord = "community"
    /// The prefix that names an attribute whatever its name (`attribute:initiative`).
    public static let attributePrefix = "attribute:"

    /// Reads `--group` text: `initiative`, `community`, `attribute:NAME`, or any other word as an attribute
    /// name. Nil for text that names nothing (empty or blank).
    public init?(parsing text: String) {
        switch text {
        case Self.initiativeWord: self = .initiative
        case Self.communityWord: self = .community()
        default:
            let name = text.hasPrefix(Self.attributePrefix) ? String(text.dropFirst(Self.attributePrefix.count)) : text
            guard !name.allSatisfy({ $0 == " " }) else { return nil }
            self = .attribute(name)
        }
    }

    /// This grouping with `--multi`'s multi-valued attributes (attribute groupings only).
    public func withMultiValued(_ names: Set<String>) -> GroupingSpec {
        guard case .attribute(let name, let current) = self else { return self }
        return .attribute(name, multiValued: current.union(names))
    }

    /// This grouping with the seed and resolution of the community detection (community groupings only).
    public func withCommunity(seed: UInt64, resolution: Double) -> GroupingSpec {
        guard case .community = self else { return self }
        return .community(seed: seed, resolution: resolution)
    }

    /// The grouping an analysis that needs one uses when none is asked for (the report, the liaisons map):
    /// by initiative when the network has an initiative node, else nil. O(n).
    public static func initiativesIfPresent(in network: Network) -> GroupingSpec? {
        network.nodes.contains(where: { $0.kind == .initiative }) ? .initiative : nil
    }

    /// What the groups are called in messages: the attribute name, `initiative` or `community`.
    public var name: String {
        switch self {
        case .attribute(let name, _): return name
        case .initiative: return Self.initiativeWord
        case .community: return Self.communityWord
        }
    }
}

extension NodeGrouping {
    /// The grouping `spec` describes, for `network` whose analysed graph is `projected`.
    ///
    /// - Throws: ``GroupingError`` when an attribute grouping names an attribute no node has;
    ///   ``AlgorithmError`` from community detection.
    /// - Complexity: O(n + m) for attributes and initiatives; Leiden's for communities.
    public static func resolve(
        _ spec: GroupingSpec, in network: Network, projected: ProjectedGraph, weighted: Bool
    ) throws -> NodeGrouping {
        switch spec {
        case .attribute(let name, let multiValued):
            return try attribute(name, in: network, multiValued: multiValued)
        case .initiative:
            return initiatives(in: network)
        case .community(let seed, let resolution):
            let options = CommunityDetection.Options(
                method: .leiden, objective: .modularity, resolution: resolution, seed: seed, weighted: weighted)
            let partition = try CommunityDetection.detect(projected.graph, options)
            var grouping = try communities(
                partition.membership, count: partition.communityCount, for: projected,
                networkNodeCount: network.nodeCount)
            grouping.spec = spec
            return grouping
        }
    }

    /// Detected communities (`labels` aligned with `projected`'s graph nodes, `count` communities) as a
    /// grouping named `community` whose groups are ``communityName(_:)``; nodes outside the graph are ungrouped.
    public static func communities(
        _ labels: [Int32], count: Int, for projected: ProjectedGraph, networkNodeCount: Int
    ) throws(GroupingError) -> NodeGrouping {
        try explicit(
            name: GroupingSpec.communityWord, labels: labels, for: projected, networkNodeCount: networkNodeCount,
            groupNames: (0..<count).map(communityName))
    }

    /// The name of detected community `index` (from 0): `community-1`, `community-2`, …
    public static func communityName(_ index: Int) -> String { "community-\(index + 1)" }
}
