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

    /// Summarises a network. O(n + m) expected.
    ///
    /// Works on the network's ties in place: components come from a union-find over the nodes (4 bytes
    /// each), and distinct node pairs (for the density) and repeated ties from hash tables of tie
    /// positions (6 bytes per tie, one table at a time), so a summary needs far less memory than
    /// the ties themselves.
    public init(_ network: Network) {
        nodeCount = network.nodeCount
        tieCount = network.tieCount
        nodeKinds = network.nodeKindCounts()
        tieKinds = network.tieKindCounts()
        directedTieCount = network.ties.reduce(0) { $0 + ($1.direction == .directed ? 1 : 0) }
        let ties = network.ties
        let components = Self.componentSizes(nodeCount: network.nodeCount, ties: ties)
        componentCount = components.count
        largestComponentSize = components.largest
        // The undirected simple graph's edges: distinct unordered node pairs, self-pairs included.
        let pairs = TieClasses.count(ties) { Self.unorderedEnds($0) } same: { _, _ in true }
        density = Density.density(nodeCount: network.nodeCount, edgeCount: pairs, directed: false)
        var hasTie = [Bool](repeating: false, count: network.nodeCount)
        var loops = 0
        var earliest: PartialDate?
        var latest: PartialDate?
        var waveNames: [String] = []
        var knownWaves = Set<String>()
        func note(_ date: PartialDate?) {
            guard let date else { return }
            if earliest.map({ date < $0 }) ?? true { earliest = date }
            if latest.map({ date > $0 }) ?? true { latest = date }
        }
        for tie in ties {
            if tie.isSelfLoop { loops += 1 } else {
                hasTie[Int(tie.source)] = true
                hasTie[Int(tie.target)] = true
            }
            note(tie.start)
            note(tie.end)
            if let wave = tie.wave, knownWaves.insert(wave).inserted { waveNames.append(wave) }
        }
        isolates = network.nodes.indices.filter { !hasTie[$0] }.map { network.nodes[$0].id }
        selfLoopCount = loops
        // Repeated ties: the same endpoints (in order only for directed ties), kind and wave.
        let distinct = TieClasses.count(ties) { Self.duplicateEnds($0) } same: { first, second in
            Self.duplicateEnds(first) == Self.duplicateEnds(second) && first.kind == second.kind
                && first.wave == second.wave
        }
        duplicateTieCount = ties.count - distinct
        earliestDate = earliest
        latestDate = latest
        waves = waveNames
    }

    /// The tie's endpoints, the smaller first.
    private static func unorderedEnds(_ tie: Tie) -> (UInt32, UInt32) {
        let source = UInt32(bitPattern: tie.source), target = UInt32(bitPattern: tie.target)
        return source <= target ? (source, target) : (target, source)
    }

    /// The endpoints that make a tie a repeat: in order for a directed tie, the smaller first otherwise.
    private static func duplicateEnds(_ tie: Tie) -> (UInt32, UInt32) {
        tie.direction == .directed ? (UInt32(bitPattern: tie.source), UInt32(bitPattern: tie.target)) : unorderedEnds(tie)
    }

    /// The number of weak components (isolated nodes included) and the size of the largest, by union-find
    /// with union by size and path halving. O((n + m) α(n)) time, 4 bytes per node.
    private static func componentSizes(nodeCount: Int, ties: [Tie]) -> (count: Int, largest: Int) {
        // A root holds minus its component's size; any other node holds its parent.
        var parent = [Int32](repeating: -1, count: nodeCount)
        func root(_ node: Int32) -> Int32 {
            var node = node
            while parent[Int(node)] >= 0 {
                let up = parent[Int(node)]
                if parent[Int(up)] >= 0 { parent[Int(node)] = parent[Int(up)] }
                node = up
            }
            return node
        }
        var count = nodeCount
        for tie in ties where !tie.isSelfLoop {
            var first = root(tie.source), second = root(tie.target)
            guard first != second else { continue }
            if parent[Int(first)] > parent[Int(second)] { swap(&first, &second) }
            parent[Int(first)] += parent[Int(second)]
            parent[Int(second)] = first
            count -= 1
        }
        let largest = parent.reduce(0) { $1 < 0 ? max($0, Int(-$1)) : $0 }
        return (count, largest)
    }
}

/// Counts the classes of ties under an equivalence, with an open-addressing hash table of tie positions
/// (4 bytes per slot, at most two thirds full, any slot count mapped by multiply-shift): a class's first
/// tie is stored, and later ties are compared with it.
private enum TieClasses {
    /// The number of classes among `ties`, where equivalent ties have equal `ends` and satisfy `same`.
    /// O(m) expected.
    static func count(
        _ ties: [Tie], ends: (Tie) -> (UInt32, UInt32), same: (Tie, Tie) -> Bool
    ) -> Int {
        if ties.count < Int(UInt32.max) {
            return count(ties, empty: UInt32.max, ends: ends, same: same)
        }
        return count(ties, empty: UInt64.max, ends: ends, same: same)
    }

    private static func count<Slot: FixedWidthInteger & UnsignedInteger>(
        _ ties: [Tie], empty: Slot, ends: (Tie) -> (UInt32, UInt32), same: (Tie, Tie) -> Bool
    ) -> Int {
        let slotCount = max(16, ties.count * 3 / 2 + 1)
        var slots = [Slot](repeating: empty, count: slotCount)
        var classes = 0
        ties.withUnsafeBufferPointer { ties in
            slots.withUnsafeMutableBufferPointer { slots in
                for position in ties.indices {
                    let tie = ties[position]
                    let (first, second) = ends(tie)
                    var slot = home(first, second, slotCount: slotCount)
                    while true {
                        let stored = slots[slot]
                        if stored == empty {
                            slots[slot] = Slot(truncatingIfNeeded: position)
                            classes += 1
                            break
                        }
                        let earlier = ties[Int(stored)]
                        if ends(earlier) == (first, second), same(earlier, tie) { break }
                        slot += 1
                        if slot == slotCount { slot = 0 }
                    }
                }
            }
        }
        return classes
    }

    /// The home slot of a pair of endpoints: the high bits of a mixed 64-bit hash scaled to the slot count.
    private static func home(_ first: UInt32, _ second: UInt32, slotCount: Int) -> Int {
        var value = UInt64(first) << 32 | UInt64(second)
        value = (value ^ (value >> 33)) &* 0xff51_afd7_ed55_8ccd
        value = (value ^ (value >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return Int(truncatingIfNeeded: ((value >> 32) &* UInt64(slotCount)) >> 32)
    }
}
