import GraphAlgorithms
import GraphCore
import NetworkModel

/// What `liaison inspect` reports: counts by kind, connectedness, density,
/// the time span, and the things an analyst should look at before trusting
/// any number (isolates, self-loops, duplicate ties).
public struct NetworkSummary: Sendable {
    public var nodeCount: Int
    public var tieCount: Int
    public var nodeKinds: [(kind: NodeKind, count: Int)]
    public var tieKinds: [(kind: TieKind, count: Int)]
    /// Ties whose direction is `directed`.
    public var directedTieCount: Int
    /// Connected components of the undirected view (weak components).
    public var componentCount: Int
    public var largestComponentSize: Int
    /// Density of the undirected simple graph (parallel ties merged): 2m / (n(n−1)), as networkx.
    public var density: Double
    /// Ids of nodes with no tie at all (self-loops aside).
    public var isolates: [String]
    public var selfLoopCount: Int
    /// Ties that repeat an earlier tie's endpoints and kind (same direction sense).
    public var duplicateTieCount: Int
    public var earliestDate: PartialDate?
    public var latestDate: PartialDate?
    /// Wave labels, in order of first appearance.
    public var waves: [String]

    /// Summarises a network. O(n + m log d).
    public init(_ network: Network) {
        nodeCount = network.nodeCount
        tieCount = network.tieCount
        nodeKinds = network.nodeKindCounts()
        tieKinds = network.tieKindCounts()
        directedTieCount = network.ties.reduce(0) { $0 + ($1.direction == .directed ? 1 : 0) }
        let graph = GraphProjection().project(network).graph
        let sizes = Components.weak(graph).sizes
        componentCount = sizes.count
        largestComponentSize = sizes.max() ?? 0
        density = Density.density(graph)
        var hasTie = [Bool](repeating: false, count: network.nodeCount)
        var loops = 0
        var seen = Set<DuplicateKey>()
        var duplicates = 0
        var earliest: PartialDate?
        var latest: PartialDate?
        var waveNames: [String] = []
        var knownWaves = Set<String>()
        for tie in network.ties {
            if tie.isSelfLoop { loops += 1 } else {
                hasTie[Int(tie.source)] = true
                hasTie[Int(tie.target)] = true
            }
            if !seen.insert(DuplicateKey(tie)).inserted { duplicates += 1 }
            for date in [tie.start, tie.end].compactMap({ $0 }) {
                if earliest.map({ date < $0 }) ?? true { earliest = date }
                if latest.map({ date > $0 }) ?? true { latest = date }
            }
            if let wave = tie.wave, knownWaves.insert(wave).inserted { waveNames.append(wave) }
        }
        isolates = network.nodes.indices.filter { !hasTie[$0] }.map { network.nodes[$0].id }
        selfLoopCount = loops
        duplicateTieCount = duplicates
        earliestDate = earliest
        latestDate = latest
        waves = waveNames
    }
}

/// Endpoints and kind of a tie; undirected ties compare without regard to order.
private struct DuplicateKey: Hashable {
    let first: Int32
    let second: Int32
    let kind: TieKind
    let wave: String?

    init(_ tie: Tie) {
        if tie.direction == .directed || tie.source <= tie.target {
            first = tie.source
            second = tie.target
        } else {
            first = tie.target
            second = tie.source
        }
        kind = tie.kind
        wave = tie.wave
    }
}
