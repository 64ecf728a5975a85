import Foundation
import LearningCommunity
import NetworkModel

/// A map per question (`liaison map --preset`): which nodes and ties to draw and what to label.
public enum MapPreset: String, CaseIterable, Sendable {
    /// The whole network: coloured and boxed by group (`--group`) or coloured by community, role holders labelled.
    case overview
    /// Funders, what they fund and what they convene, with funding and convening ties only.
    case funders
    /// People whose ties span groups (learning liaisons) and the groups they tie together.
    case liaisons
    /// One actor's neighbourhood in two steps (`--focus ID`).
    case ego
    /// The group-to-group network: one node per group, ties weighted by how many ties join them.
    case groups

    /// The tie kinds the funders map draws.
    public static let funderTieKinds: Set<TieKind> = [.funds, .convenes]

    /// Funders (sources of funding ties or holders of a grantmaker role) and the nodes they fund or convene,
    /// by network position, ascending. Assignments of positions outside `network` are ignored.
    /// - Complexity: O(*n* + *m*).
    public static func funderPositions(
        _ network: Network, roles: [RoleAssignment]
    ) -> (all: [Int32], funders: [Int32]) {
        var isFunder = [Bool](repeating: false, count: network.nodeCount)
        var isDrawn = [Bool](repeating: false, count: network.nodeCount)
        for assignment in roles where assignment.role.family == .grantmaker && isFunder.indices.contains(Int(assignment.node)) {
            isFunder[Int(assignment.node)] = true
        }
        for tie in network.ties where tie.kind == .funds { isFunder[Int(tie.source)] = true }
        for tie in network.ties where funderTieKinds.contains(tie.kind) && isFunder[Int(tie.source)] {
            isDrawn[Int(tie.source)] = true
            isDrawn[Int(tie.target)] = true
        }
        for position in isFunder.indices where isFunder[position] { isDrawn[position] = true }
        let all = isDrawn.indices.filter { isDrawn[$0] }.map { Int32($0) }
        let funders = isFunder.indices.filter { isFunder[$0] }.map { Int32($0) }
        return (all, funders)
    }

    /// The learning liaisons and every node they are tied to, by network position, ascending. Assignments
    /// of positions outside `network` are ignored.
    /// - Complexity: O(*n* + *m*).
    public static func liaisonPositions(
        _ network: Network, roles: [RoleAssignment]
    ) -> (all: [Int32], liaisons: [Int32]) {
        var isLiaison = [Bool](repeating: false, count: network.nodeCount)
        for assignment in roles where assignment.role == .learningLiaison && isLiaison.indices.contains(Int(assignment.node)) {
            isLiaison[Int(assignment.node)] = true
        }
        var isDrawn = isLiaison
        for tie in network.ties where isLiaison[Int(tie.source)] || isLiaison[Int(tie.target)] {
            isDrawn[Int(tie.source)] = true
            isDrawn[Int(tie.target)] = true
        }
        let all = isDrawn.indices.filter { isDrawn[$0] }.map { Int32($0) }
        let liaisons = isLiaison.indices.filter { isLiaison[$0] }.map { Int32($0) }
        return (all, liaisons)
    }

    /// A role named on the command line: its raw value, with `-` or a space for `_` (`learning-liaison`);
    /// nil for a name that is no role.
    public static func role(named name: String) -> Role? {
        let normalised = name.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        return Role(rawValue: normalised)
    }
}
