import NetworkModel

/// What de-identification did to a network.
public struct AnonymizationResult: Sendable {
    /// The network with pseudonyms in place of the replaced nodes' ids and labels.
    public var network: Network
    /// How many nodes got a pseudonym.
    public var replacedNodeCount: Int
    /// How many attribute values (of nodes and ties) were a replaced name and now hold its pseudonym.
    public var replacedValueCount: Int
    /// How many attribute values (or labels of kept nodes) mentioned a replaced name and were withheld.
    public var withheldValueCount: Int
    /// The attributes (of nodes and ties) dropped because they were not named to be kept.
    public var droppedAttributes: [String] = []
    /// The kinds of the nodes that got a pseudonym, sorted.
    public var replacedKinds: [NodeKind] = []
}

/// Replaces the ids and labels of people (and, with ``AnonymizationScope/all``, organizations) by stable
/// keyed pseudonyms, so every output made from the result (report, map, tables, exports) carries no
/// original name.
///
/// Definition: a node of a replaced kind with id *x* gets the pseudonym *h* = the first six hex digits
/// (upper case) of HMAC-SHA256(key, UTF-8 of *x*): id `person-h`, label `Person h` (the kind's name,
/// capitalised). Should two pseudonyms collide (or collide with a kept id), the later node in the
/// network's order takes more digits until it is unique, so the pseudonyms of a network are stable
/// under the same key and data.
///
/// Attributes: a node or tie attribute value equal to a replaced id or label (compared without case
/// and surrounding spaces) becomes that node's pseudonym label. A value that mentions a replaced name
/// of four characters or more inside longer text (free text such as notes: "met Ana Ruiz in May") is
/// withheld: replaced by `[withheld]`, as no rule can tell which words of free text identify someone.
/// Values without letters (numbers, dates) are kept. The label of a kept node (an event, initiative,
/// practice) that mentions a replaced name as the data writes it ("Lunch with Ana Ruiz") has the name
/// swapped for the pseudonym; a mention in other letter case withholds the label. Ids of kept nodes, kinds,
/// tie structure, weights, dates and waves are kept; the positions of nodes and ties do not change.
///
/// Reference: HMAC, Krawczyk, Bellare & Canetti (1997), RFC 2104, doi:10.17487/RFC2104; keyed
/// pseudonymisation as in ENISA (2019) "Pseudonymisation techniques and best practices", §5.2.
public enum NetworkAnonymizer {
    /// The text that stands for a withheld free-text value.
    public static let withheldText = "[withheld]"
    /// Replaced names shorter than this are matched only as whole values, not inside free text.
    public static let minimumMentionLength = 4

    /// The network with the scope's nodes renamed by their pseudonyms.
    /// - Complexity: O(*n* + *t* + *L*) for *n* nodes, *t* ties and *L* characters in the labels and the
    ///   distinct attribute values (each scanned once, word by word, against an index of the replaced
    ///   names' first words; see `MentionIndex`), plus O(*r* log *r*) to index *r* replaced names.
    ///
    /// With `keptAttributes` (the command line's `--keep-attribute` names), every other node and tie
    /// attribute is dropped and the kept ones' text values become `group-1`, `group-2`, … (see
    /// `AttributeKeeping`); nil keeps every attribute, scrubbed as described above.
    public static func anonymize(
        _ network: Network, scope: AnonymizationScope, key: PseudonymKey, keepingAttributes keptAttributes: Set<String>? = nil
    ) throws(DeidentificationError) -> AnonymizationResult {
        let replaced = network.nodes.indices.filter { scope.replaces(network.nodes[$0].kind) }
        let names = assignPseudonyms(network, replaced: replaced, key: key)
        var values = ValueScrubber(network: network, replaced: replaced, names: names)
        var keeping = keptAttributes.map { AttributeKeeping(keeping: $0) }
        let nodeNames = keeping?.keptNames(network.nodeAttributeNames) ?? network.nodeAttributeNames
        let tieNames = keeping?.keptNames(network.tieAttributeNames) ?? network.tieAttributeNames

        var result = Network()
        result.declareAttributes(nodes: nodeNames, ties: tieNames)
        for (position, original) in network.nodes.enumerated() {
            var node = original
            if let name = names[position] {
                node.id = name.id
                node.label = name.label
            } else if let label = values.scrubLabel(node.label) {
                node.label = label
            }
            node.attributes = values.scrub(node.attributes)
            if keeping != nil { node.attributes = keeping?.apply(node.attributes, namesInOrder: nodeNames) ?? [:] }
            do { try result.addNode(node) } catch { throw .rebuild("\(error)") }
        }
        result.reserveTies(network.tieCount)
        for original in network.ties {
            var tie = original
            if !tie.attributes.isEmpty { tie.attributes = values.scrub(tie.attributes) }
            if keeping != nil, !tie.attributes.isEmpty {
                tie.attributes = keeping?.apply(tie.attributes, namesInOrder: tieNames) ?? [:]
            }
            do { try result.addTie(tie) } catch { throw .rebuild("\(error)") }
        }
        return AnonymizationResult(
            network: result, replacedNodeCount: replaced.count, replacedValueCount: values.replacedCount,
            withheldValueCount: values.withheldCount, droppedAttributes: keeping?.dropped ?? [],
            replacedKinds: Set(replaced.map { network.nodes[$0].kind }).sorted { $0.rawValue < $1.rawValue })
    }

    /// The pseudonym of the id `id` of a node of kind `kind` under `key`, with `digits` hex digits (6 to 64).
    public static func pseudonym(
        forID id: String, kind: NodeKind, key: PseudonymKey, digits: Int = 6
    ) -> (id: String, label: String) {
        let code = hex(key.authenticationCode(for: id), uppercase: true)
        let tag = String(code.prefix(max(6, min(64, digits))))
        let word = kind.rawValue.isEmpty ? "node" : kind.rawValue
        return (word + "-" + tag, word.prefix(1).uppercased() + word.dropFirst() + " " + tag)
    }

    /// Pseudonyms by node position (nil for kept nodes), unique among themselves and the kept ids.
    private static func assignPseudonyms(
        _ network: Network, replaced: [Int], key: PseudonymKey
    ) -> [(id: String, label: String)?] {
        var names = [(id: String, label: String)?](repeating: nil, count: network.nodeCount)
        let replacedSet = Set(replaced)
        var taken = Set(network.nodes.indices.filter { !replacedSet.contains($0) }.map { network.nodes[$0].id })
        for position in replaced {
            let node = network.nodes[position]
            var digits = 6
            var name = pseudonym(forID: node.id, kind: node.kind, key: key, digits: digits)
            while taken.contains(name.id) && digits < 64 {
                digits += 2
                name = pseudonym(forID: node.id, kind: node.kind, key: key, digits: digits)
            }
            taken.insert(name.id)
            names[position] = name
        }
        return names
    }
}
