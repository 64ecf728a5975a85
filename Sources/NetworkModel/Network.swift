/// A typed network of a learning community: nodes with kinds and attributes,
/// and the ties between them, in the order the data gave them.
///
/// Node ids are unique; ``index(of:)`` finds a node's position in O(1).
public struct Network: Sendable {
    public private(set) var nodes: [Node] = []
    public private(set) var ties: [Tie] = []
    /// Names of the node attributes, in the order they were first seen.
    public private(set) var nodeAttributeNames: [String] = []
    /// Names of the tie attributes, in the order they were first seen.
    public private(set) var tieAttributeNames: [String] = []
    private var positions: [String: Int32] = [:]
    // Sets beside the ordered name lists, so declaring k attributes costs O(k), not O(k²).
    private var knownNodeAttributes: Set<String> = []
    private var knownTieAttributes: Set<String> = []

    public init() {}

    /// Errors from building a network by hand.
    public enum BuildError: Error, Equatable, Sendable {
        case duplicateNode(id: String)
        case unknownNode(position: Int32)
        case invalidWeight(Double)
        case tooManyNodes
    }

    /// Number of nodes.
    public var nodeCount: Int { nodes.count }
    /// Number of ties, parallel ties counted separately.
    public var tieCount: Int { ties.count }

    /// The position of the node with this id, or nil. O(1).
    public func index(of id: String) -> Int32? { positions[id] }

    /// The node with this id, or nil. O(1).
    public func node(id: String) -> Node? {
        positions[id].map { nodes[Int($0)] }
    }

    /// Adds a node and returns its position. O(1) amortised.
    @discardableResult
    public mutating func addNode(_ node: Node) throws(BuildError) -> Int32 {
        guard positions[node.id] == nil else { throw .duplicateNode(id: node.id) }
        guard nodes.count < Int(Int32.max) else { throw .tooManyNodes }
        let position = Int32(nodes.count)
        positions[node.id] = position
        nodes.append(node)
        noteNodeAttributes(node.attributes)
        return position
    }

    /// Adds a tie between existing nodes. O(1) amortised.
    public mutating func addTie(_ tie: Tie) throws(BuildError) {
        guard tie.source >= 0, Int(tie.source) < nodes.count else { throw .unknownNode(position: tie.source) }
        guard tie.target >= 0, Int(tie.target) < nodes.count else { throw .unknownNode(position: tie.target) }
        guard tie.weight.isFinite, tie.weight >= 0 else { throw .invalidWeight(tie.weight) }
        ties.append(tie)
        if !tie.attributes.isEmpty {
            for name in tie.attributes.keys.sorted() where knownTieAttributes.insert(name).inserted {
                tieAttributeNames.append(name)
            }
        }
    }

    /// Declares attribute columns in a given order (importers call this with the file's header order).
    public mutating func declareAttributes(nodes nodeNames: [String] = [], ties tieNames: [String] = []) {
        for name in nodeNames where knownNodeAttributes.insert(name).inserted { nodeAttributeNames.append(name) }
        for name in tieNames where knownTieAttributes.insert(name).inserted { tieAttributeNames.append(name) }
    }

    /// The node attribute a user means by `name`: the attribute of exactly that name, else the one attribute
    /// whose name matches ignoring case (`city` finds `City`); nil when none, or several, match.
    public func nodeAttributeName(matching name: String) -> String? {
        if knownNodeAttributes.contains(name) { return name }
        let folded = name.lowercased()
        let matches = nodeAttributeNames.filter { $0.lowercased() == folded }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The tie attribute a user means by `name`: exactly that name, else the one that matches ignoring case.
    public func tieAttributeName(matching name: String) -> String? {
        if knownTieAttributes.contains(name) { return name }
        let folded = name.lowercased()
        let matches = tieAttributeNames.filter { $0.lowercased() == folded }
        return matches.count == 1 ? matches[0] : nil
    }

    /// Reserves room for ties.
    public mutating func reserveTies(_ count: Int) { ties.reserveCapacity(count) }

    /// Replaces a node's label, kind or attributes (not its id).
    public mutating func updateNode(at position: Int32, _ change: (inout Node) -> Void) {
        let id = nodes[Int(position)].id
        change(&nodes[Int(position)])
        nodes[Int(position)].id = id
        noteNodeAttributes(nodes[Int(position)].attributes)
    }

    private mutating func noteNodeAttributes(_ attributes: [String: String]) {
        guard !attributes.isEmpty else { return }
        for name in attributes.keys.sorted() where knownNodeAttributes.insert(name).inserted {
            nodeAttributeNames.append(name)
        }
    }

    /// The node kinds present, with their counts, most common first (ties by name).
    public func nodeKindCounts() -> [(kind: NodeKind, count: Int)] {
        var counts: [NodeKind: Int] = [:]
        for node in nodes { counts[node.kind, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    /// The tie kinds present, with their counts, most common first (ties by name).
    public func tieKindCounts() -> [(kind: TieKind, count: Int)] {
        var counts: [TieKind: Int] = [:]
        for tie in ties { counts[tie.kind, default: 0] += 1 }
        return counts.map { ($0.key, $0.value) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }
}
