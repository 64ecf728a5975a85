import GraphAlgorithms
import NetworkModel

/// Key players after Borgatti, "Identifying sets of key players in a social network", Computational and
/// Mathematical Organization Theory 12, 2006, doi:10.1007/s10588-006-7084-x.
///
/// - **key_player_fragmentation** (KPP-NEG): member of the set of k nodes whose removal leaves the network
///   most fragmented, `F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1))` over the remaining components: "who holds this
///   network together".
/// - **key_player_reach** (KPP-POS): member of the set of k nodes that reaches the largest share of the
///   other nodes within two steps: "whom to seed a new practice with".
///
/// Each member's score is its marginal contribution: how much the set's score falls when that member
/// alone is put back (KPP-NEG) or left out (KPP-POS). A set whose removal leaves fragmentation where it was
/// lists nobody, and a member whose contribution is zero is not listed.
enum KeyPlayerRoles {
    /// Changes smaller than this are rounding, not a contribution.
    static let negligible = 1e-12

    static func assign(
        fragmentation: KeyPlayerSet, reach: KeyPlayerSet, positions: [Int32], network: Network
    ) -> [RoleAssignment] {
        func names(_ set: KeyPlayerSet) -> String {
            RoleText.list(set.members.map { network.nodes[Int(positions[$0])].label })
        }
        var roles: [RoleAssignment] = []
        // A set whose removal changes nothing ("from 0 to 0") names no key player; nor does a member that adds nothing.
        let fragments = fragmentation.score - fragmentation.emptySetScore > negligible
        for (index, member) in fragmentation.members.enumerated() where fragments {
            let contribution = fragmentation.marginalContributions[index]
            guard contribution > negligible else { continue }
            let label = network.nodes[Int(positions[member])].label
            roles.append(
                RoleAssignment(
                    node: positions[member], role: .keyPlayerFragmentation, score: contribution,
                    evidence: "one of the \(fragmentation.members.count) nodes (\(names(fragmentation))) whose "
                        + "removal fragments the network most: together they raise fragmentation from "
                        + "\(RoleText.number(fragmentation.emptySetScore)) to \(RoleText.number(fragmentation.score)); "
                        + "putting this node back lowers it by \(RoleText.number(contribution))",
                    plain: "\(label) is one of the \(fragmentation.members.count) members who hold the network together "
                        + "most: without them, \(RoleText.percent(fragmentation.score)) of pairs of members could no longer "
                        + "reach each other (\(RoleText.percent(fragmentation.emptySetScore)) today)."))
        }
        for (index, member) in reach.members.enumerated() {
            let contribution = reach.marginalContributions[index]
            guard contribution > negligible else { continue }
            let label = network.nodes[Int(positions[member])].label
            roles.append(
                RoleAssignment(
                    node: positions[member], role: .keyPlayerReach, score: contribution,
                    evidence: "one of the \(reach.members.count) nodes (\(names(reach))) that together reach "
                        + "\(RoleText.percent(reach.score)) of the rest of the network within two steps; without "
                        + "this node the set reaches \(RoleText.percent(max(0, reach.score - contribution))) of it",
                    plain: "\(label) is one of the \(reach.members.count) members who together reach "
                        + "\(RoleText.percent(reach.score)) of the network within two steps: a good place to start "
                        + "spreading a practice."))
        }
        return roles
    }
}
