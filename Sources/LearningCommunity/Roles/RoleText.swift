import NetworkModel

/// Plain-language pieces of role evidence.
enum RoleText {
    /// `0.4375` → `44%`.
    /// Not a number (a share of nothing, 0/0) reads `n/a`; values beyond ±10¹⁵ % are written as they are.
    static func percent(_ share: Double) -> String {
        let value = (share * 100).rounded()
        guard value.isFinite, abs(value) < 1e15 else { return share.isNaN ? "n/a" : "\(share * 100)%" }
        return "\(Int(value))%"
    }

    /// A number with at most three decimals and no trailing zeros: `23.5`, `2`, `0.333`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// Up to `limit` names, then "and N more".
    static func list(_ names: [String], limit: Int = 8) -> String {
        guard names.count > limit else { return names.joined(separator: ", ") }
        return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
    }

    /// How a tie kind reads in a sentence about its source.
    static func verb(_ kind: TieKind) -> String {
        switch kind {
        case .participatesIn: return "participates in"
        case .attended: return "attended"
        case .adopts: return "adopts"
        case .memberOf: return "is a member of"
        default: return String(kind.rawValue.map { $0 == "_" ? " " : $0 })
        }
    }
}
