import OutputEscaping

/// One whole-network indicator before and after, with a verdict in plain language.
public struct IndicatorChange: Hashable, Sendable {
    /// The indicator's key (`density`, `ei_index`, …).
    public let name: String
    public let before: Double
    public let after: Double
    /// One sentence: what happened and what it means for the community.
    public let verdict: String

    /// `after − before`; NaN when either side is undefined.
    public var change: Double { after - before }

    /// `(after − before) / |before|`; nil when `before` is 0 or either side is undefined.
    public var relativeChange: Double? {
        guard before.isFinite, after.isFinite, before != 0 else { return nil }
        return (after - before) / abs(before)
    }
}

/// How an indicator's change is judged and said.
///
/// **Thresholds for "unchanged"**: counts (nodes, ties, components, communities) are unchanged only when
/// equal; indicators that are positive by nature (density, shares, centralisation, transitivity,
/// clustering) are unchanged when they moved by less than ``relativeTolerance`` (5 %) of the before
/// value, or both are 0; indices that can be 0 or negative (modularity, E-I index) are unchanged when
/// they moved by less than ``absoluteTolerance`` (0.02 on their −1…1 scale); the share of cross-group ties,
/// which moves by half as much as the E-I index (`E-I = 2·share − 1`), when it moved by less than 0.01, so
/// the two always agree.
struct IndicatorRule: Sendable {
    enum Scale: Sendable {
        case count
        case positive
        case index
        /// A share tied to an index as `index = 2·share − 1`.
        case halfIndex
    }

    let name: String
    let title: String
    let scale: Scale
    let whenHigher: String
    let whenLower: String

    static let relativeTolerance = 0.05
    static let absoluteTolerance = 0.02

    /// The change of `before` to `after` under this rule, with its verdict.
    func judge(before: Double, after: Double) -> IndicatorChange {
        IndicatorChange(name: name, before: before, after: after, verdict: verdict(before, after))
    }

    private func verdict(_ before: Double, _ after: Double) -> String {
        let from = ChangeNumberText.text(before), to = ChangeNumberText.text(after)
        guard before.isFinite, after.isFinite else {
            return "\(title) is not defined on \(before.isFinite ? "the later" : "the earlier") side (\(from) → \(to))."
        }
        let direction = after > before ? 1 : -1
        let unchanged: Bool
        switch scale {
        case .count: unchanged = before == after
        case .positive:
            unchanged = before == after || (before != 0 && abs(after - before) < Self.relativeTolerance * abs(before))
        case .index: unchanged = abs(after - before) < Self.absoluteTolerance
        case .halfIndex: unchanged = abs(after - before) < Self.absoluteTolerance / 2
        }
        if unchanged {
            return before == after
                ? "\(title) is unchanged at \(to)."
                : "\(title) is about unchanged (\(from) to \(to))."
        }
        var relative = ""
        if before != 0, scale != .index {
            relative = " (" + ChangeNumberText.signedPercent((after - before) / abs(before)) + ")"
        } else if scale == .index {
            relative = " (" + (direction > 0 ? "+" : "") + ChangeNumberText.text(after - before) + ")"
        }
        let verb = direction > 0 ? "rose" : "fell"
        return "\(title) \(verb) from \(from) to \(to)\(relative): \(direction > 0 ? whenHigher : whenLower)."
    }

    /// The rules in report order; the grouped ones come last.
    static let nodes = IndicatorRule(
        name: "nodes", title: "The number of nodes", scale: .count, whenHigher: "the network took in new members",
        whenLower: "members left the network")
    static let ties = IndicatorRule(
        name: "ties", title: "The number of ties", scale: .count, whenHigher: "more relationships are active",
        whenLower: "fewer relationships are active")
    static let density = IndicatorRule(
        name: "density", title: "Density", scale: .positive, whenHigher: "members are more connected",
        whenLower: "members are less connected (a growing network often thins out)")
    static let components = IndicatorRule(
        name: "components", title: "The number of components", scale: .count,
        whenHigher: "the network is more fragmented", whenLower: "the network is more joined up")
    static let largestComponentShare = IndicatorRule(
        name: "largest_component_share", title: "The share in the largest component", scale: .positive,
        whenHigher: "more members can reach each other", whenLower: "more members sit apart from the main body")
    static let degreeCentralization = IndicatorRule(
        name: "degree_centralization", title: "Degree centralisation", scale: .positive,
        whenHigher: "ties concentrate more on a few hubs", whenLower: "ties are spread more evenly")
    static let transitivity = IndicatorRule(
        name: "transitivity", title: "Transitivity", scale: .positive,
        whenHigher: "partners of partners work together more often",
        whenLower: "fewer partners of partners work together")
    static let averageClustering = IndicatorRule(
        name: "average_clustering", title: "Average clustering", scale: .positive,
        whenHigher: "members' circles are more tightly knit", whenLower: "members' circles are looser")
    static let modularity = IndicatorRule(
        name: "modularity", title: "Modularity", scale: .index,
        whenHigher: "communities are more separate from each other",
        whenLower: "communities are more intertwined")
    static let communities = IndicatorRule(
        name: "communities", title: "The number of communities", scale: .count,
        whenHigher: "the network splits into more clusters", whenLower: "the network gathers into fewer clusters")
    static let eiIndex = IndicatorRule(
        name: "ei_index", title: "The E-I index", scale: .index,
        whenHigher: "ties reach across groups more, relative to ties within them",
        whenLower: "groups turned more inward")
    static let crossGroupShare = IndicatorRule(
        name: "cross_group_share", title: "The share of cross-group ties", scale: .halfIndex,
        whenHigher: "more of the relationships cross group lines",
        whenLower: "fewer of the relationships cross group lines")
}

/// Numbers as verdicts print them: integers as integers, others to three significant decimals.
enum ChangeNumberText {
    static func text(_ value: Double) -> String {
        guard value.isFinite else { return "undefined" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let magnitude = abs(value)
        let decimals = magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : magnitude >= 0.01 ? 3 : 5
        return DecimalText.fixed(value, decimals: decimals)
    }

    /// `+35%`, `−4.2%`: whole percents from 10 % up, one decimal below.
    static func signedPercent(_ ratio: Double) -> String {
        let percent = ratio * 100
        let body = abs(percent) >= 10 ? String(Int(abs(percent).rounded())) : DecimalText.fixed(abs(percent), decimals: 1)
        return (percent >= 0 ? "+" : "-") + body + "%"
    }
}
