import NetworkModel

/// What the data can and cannot support: for each analysis that needs a kind of node or tie, or dates,
/// whether the network has it, and when it does not, the fix.
///
/// An analysis that lacks its data does not fail: it finds nothing. `roles` on data without `funds` ties
/// finds no sponsor, and a reader would take that as a finding. ``assess(_:grouping:)`` names each such
/// gap once, so `validate`, `roles`, `crosspollination` and `report` can say it before their results.
///
/// - Complexity: O(n + m).
public struct DataSupport: Sendable, Equatable {
    /// The analyses whose data is checked.
    public enum Analysis: String, Sendable, CaseIterable, Comparable {
        case grantmakerRoles = "grantmaker roles"
        case organizerRole = "organizer role"
        case convenings = "convening evidence"
        case introductions = "introductions (catalyst role)"
        case learningLiaisons = "learning liaisons"
        case crossPollination = "cross-pollination between groups"
        case practiceDiffusion = "practice diffusion"
        case change = "change over time"

        public static func < (lhs: Analysis, rhs: Analysis) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// One analysis the data cannot support (or supports only in part), why, and what would make it testable.
    public struct Gap: Sendable, Equatable, CustomStringConvertible {
        public var analysis: Analysis
        /// Why: what the data lacks.
        public var reason: String
        /// What the user can do about it.
        public var fix: String
        /// True when the analysis runs on part of the data (some ties dated) rather than not at all.
        public var partial: Bool

        public var description: String {
            "\(analysis.rawValue): \(partial ? "tested on part of the data" : "not testable"), \(reason) (fix: \(fix))"
        }
    }

    /// The gaps found, in the order of ``Analysis``.
    public var gaps: [Gap]
    /// The analyses checked: all but cross-pollination when no grouping was given.
    public var assessed: [Analysis]

    /// The analyses checked that have no gap at all.
    public var supported: [Analysis] {
        assessed.filter { analysis in !gaps.contains { $0.analysis == analysis } }
    }

    /// The gaps that concern any of `analyses`.
    public func gaps(for analyses: Set<Analysis>) -> [Gap] { gaps.filter { analyses.contains($0.analysis) } }

    /// One line: what the data supports and what it does not.
    public var verdict: String {
        let missing = gaps.filter { !$0.partial }.map(\.analysis.rawValue)
        let partial = gaps.filter(\.partial).map(\.analysis.rawValue)
        if missing.isEmpty && partial.isEmpty { return "the data supports every analysis" }
        var parts: [String] = []
        let kept = supported.map(\.rawValue)
        if !kept.isEmpty { parts.append("supports " + kept.joined(separator: ", ")) }
        if !partial.isEmpty { parts.append("partly supports " + partial.joined(separator: ", ")) }
        if !missing.isEmpty { parts.append("cannot support " + missing.joined(separator: ", ")) }
        return "the data " + parts.joined(separator: "; ")
    }

    /// The analyses used by `liaison roles`.
    public static let roleAnalyses: Set<Analysis> = [
        .grantmakerRoles, .organizerRole, .convenings, .introductions, .learningLiaisons,
    ]
    /// The analyses used by `liaison crosspollination`.
    public static let crossPollinationAnalyses: Set<Analysis> = [.crossPollination, .practiceDiffusion]

    /// Checks the network (and the grouping, when one is given) against what each analysis needs.
    public static func assess(_ network: Network, grouping: NodeGrouping? = nil) -> DataSupport {
        var tieCounts: [TieKind: Int] = [:]
        var datedContacts = 0
        var undatedContacts = 0
        var anyDated = false
        var funders = Set<Int32>()
        // Ties come in runs of one kind (a file's rows are usually grouped), so count runs, not ties, in the table.
        var run: (kind: TieKind, count: Int)?
        for tie in network.ties {
            if let current = run, current.kind == tie.kind {
                run?.count += 1
            } else {
                if let finished = run { tieCounts[finished.kind, default: 0] += finished.count }
                run = (tie.kind, 1)
            }
            if !anyDated, tie.start != nil || tie.end != nil { anyDated = true }
            if tie.kind == .funds { funders.insert(tie.source) }
        }
        if let finished = run { tieCounts[finished.kind, default: 0] += finished.count }
        for (position, node) in network.nodes.enumerated() where node.isMarkedFunder { funders.insert(Int32(position)) }
        if !funders.isEmpty {
            for tie in network.ties
            where tie.kind != .funds && (funders.contains(tie.source) || funders.contains(tie.target)) {
                if tie.start == nil { undatedContacts += 1 } else { datedContacts += 1 }
            }
        }
        let hasWaves = network.ties.contains { $0.wave != nil }
        let nodeKinds = Set(network.nodes.map(\.kind))
        let mapWord = "name the word your data uses in a vocabulary file (--vocabulary), e.g. "

        var gaps: [Gap] = []
        if funders.isEmpty {
            gaps.append(
                Gap(
                    analysis: .grantmakerRoles,
                    reason: "no tie is a grant (kind funds) and no node is marked as a funder",
                    fix: mapWord + "Grant,funds, or give funders a node kind such as Foundation", partial: false))
        }
        if tieCounts[.convenes, default: 0] == 0 {
            gaps.append(
                Gap(
                    analysis: .organizerRole, reason: "no tie says who convened an event (kind convenes)",
                    fix: mapWord + "Hosted,convenes", partial: false))
        }
        if tieCounts[.attended, default: 0] == 0 {
            gaps.append(
                Gap(
                    analysis: .convenings, reason: "no tie says who attended an event (kind attended)",
                    fix: mapWord + "Went to,attended", partial: false))
        }
        if funders.isEmpty {
            gaps.append(
                Gap(
                    analysis: .introductions, reason: "there is no funder to have made them",
                    fix: "see grantmaker roles", partial: false))
        } else {
            if datedContacts == 0 {
                gaps.append(
                    Gap(
                        analysis: .introductions,
                        reason: "no tie of a funder has a start date, so whether two participants had met before "
                            + "the funder brought them together cannot be told",
                        fix: "add a start (or date) column to the ties", partial: false))
            } else if undatedContacts > 0 {
                gaps.append(
                    Gap(
                        analysis: .introductions,
                        reason: "\(undatedContacts) of the \(undatedContacts + datedContacts) ties of funders have no "
                            + "start date; only pairs reached through dated ties are tested",
                        fix: "add the missing start dates", partial: true))
            }
        }
        if !nodeKinds.contains(.person) {
            gaps.append(
                Gap(
                    analysis: .learningLiaisons, reason: "no node is a person",
                    fix: mapWord + "Individual,person, or give people the kind person", partial: false))
        } else if tieCounts[.participatesIn, default: 0] + tieCounts[.leads, default: 0] == 0 {
            gaps.append(
                Gap(
                    analysis: .learningLiaisons,
                    reason: "no tie says who takes part in an initiative (kind participates_in or leads), which a liaison needs",
                    fix: mapWord + "Participant,participates_in", partial: false))
        }
        if let grouping {
            let used = Set(grouping.membership.filter { $0 >= 0 })
            if used.count < 2 {
                gaps.append(
                    Gap(
                        analysis: .crossPollination,
                        reason: "the grouping \"\(grouping.name)\" puts every node it names in \(used.isEmpty ? "no" : "one") group",
                        fix: "group by an attribute with at least two values (--group)", partial: false))
            }
        }
        if !nodeKinds.contains(.practice) || tieCounts[.adopts, default: 0] == 0 {
            gaps.append(
                Gap(
                    analysis: .practiceDiffusion,
                    reason: nodeKinds.contains(.practice)
                        ? "no tie says who adopted a practice (kind adopts)" : "no node is a practice",
                    fix: nodeKinds.contains(.practice)
                        ? mapWord + "Uses,adopts" : mapWord + "Strategy,practice", partial: false))
        } else if !anyDated {
            gaps.append(
                Gap(
                    analysis: .practiceDiffusion, reason: "no tie has a date, so the order of adoption is unknown",
                    fix: "add a start (or date) column to the ties", partial: false))
        }
        if !anyDated && !hasWaves {
            gaps.append(
                Gap(
                    analysis: .change, reason: "no tie has a date or a survey wave",
                    fix: "add a start (or date) column, or a wave column", partial: false))
        }
        let assessed = Analysis.allCases.filter { grouping != nil || $0 != .crossPollination }
        return DataSupport(gaps: gaps.sorted { $0.analysis < $1.analysis }, assessed: assessed)
    }
}
