import NetworkModel

/// Which attributes survive `--anonymize`, and how: an attribute is dropped unless it is named to be
/// kept, since any column (a city, a team, a job title, a start date) can single a person out. A kept
/// attribute's values that hold letters become `group-1`, `group-2`, … numbered per attribute in the
/// order they first appear (nodes in file order, then ties), so a grouping by it (`--group city`) keeps
/// its structure but names no place or team; values without letters (ratings, counts, dates) are kept.
struct AttributeKeeping {
    /// The kept names, lower-cased (names match without case, as `--group` does).
    private let kept: Set<String>
    /// `group-N` by attribute name and original value.
    private var pseudonyms: [String: [String: String]] = [:]
    /// Attribute names dropped, in the order met.
    private(set) var dropped: [String] = []
    private var droppedSet: Set<String> = []

    init(keeping names: Set<String>) {
        kept = Set(names.map { $0.lowercased() })
    }

    /// Whether the attribute `name` is kept.
    func keeps(_ name: String) -> Bool { kept.contains(name.lowercased()) }

    /// The kept names among `names`, in their order; the others are recorded as dropped.
    mutating func keptNames(_ names: [String]) -> [String] {
        for name in names where !keeps(name) && droppedSet.insert(name).inserted { dropped.append(name) }
        return names.filter(keeps)
    }

    /// `attributes` without the dropped ones, kept text values replaced by their group pseudonym.
    mutating func apply(_ attributes: [String: String], namesInOrder: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for name in namesInOrder where keeps(name) {
            guard let value = attributes[name] else { continue }
            result[name] = value.contains(where: \.isLetter) ? pseudonym(of: value, in: name) : value
        }
        return result
    }

    private mutating func pseudonym(of value: String, in attribute: String) -> String {
        if let known = pseudonyms[attribute]?[value] { return known }
        let name = "group-\((pseudonyms[attribute]?.count ?? 0) + 1)"
        pseudonyms[attribute, default: [:]][value] = name
        return name
    }
}
