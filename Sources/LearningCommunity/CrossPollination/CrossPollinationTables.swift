import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// The report as tables, one per section, for CSV, JSON and terminal output.
extension CrossPollinationReport {
    /// The sections in order, with the name each goes by (`--section`, JSON keys).
    /// The sections of a cross-pollination report, in the order ``tables(_:)`` gives them.
    public enum Section: String, CaseIterable, Sendable {
        case network, groups, mixing, overlap, practices, hops, pollinators
    }

    /// Every section as a named table, in the order of ``Section``.
    public func tables(_ network: Network) -> [(name: String, table: ResultTable)] {
        [
            ("network", networkTable()), ("groups", groupTable()), ("mixing", mixingTable()),
            ("overlap", overlapTable(network)), ("practices", practiceTable(network)),
            ("hops", hopTable(network)), ("pollinators", pollinatorTable(network)),
        ]
    }

    /// One row per network-level indicator.
    public func networkTable() -> ResultTable {
        var rows: [[ResultTable.Cell]] = [
            [.text("groups"), .integer(grouping.groupCount)],
            [.text("grouped_ties"), count(mixing.internalTies + mixing.externalTies)],
            [.text("internal_ties"), count(mixing.internalTies)],
            [.text("external_ties"), count(mixing.externalTies)],
            [.text("cross_group_share"), real(mixing.crossGroupShare)],
            [.text("ei_index"), real(mixing.networkEIIndex)],
            [.text("ei_permuted_mean"), real(eiTest.meanPermuted)],
            [.text("ei_p_greater_or_equal"), real(eiTest.pGreaterOrEqual)],
            [.text("ei_p_less_or_equal"), real(eiTest.pLessOrEqual)],
            [.text("ei_permutations"), .integer(eiTest.permutations)],
        ]
        if let maximum = mixing.maximumEIIndex { rows.append([.text("ei_maximum"), .real(maximum)]) }
        if let minimum = mixing.minimumEIIndex { rows.append([.text("ei_minimum"), .real(minimum)]) }
        return ResultTable(columns: ["indicator", "value"], rows: rows)
    }

    /// One row per group: members, ties inside, ties to other groups (either direction when directed) and the
    /// E-I index of those two counts.
    public func groupTable() -> ResultTable {
        let g = grouping.groupCount
        let rows = (0..<g).map { a -> [ResultTable.Cell] in
            return [
                .text(grouping.groupNames[a]), .integer(groupSizes[a]), count(mixing.counts[a][a]),
                count(mixing.groupExternalTies[a]),
                real(mixing.groupEIIndex[a]),
            ]
        }
        return ResultTable(columns: ["group", "members", "internal_ties", "external_ties", "ei_index"], rows: rows)
    }

    /// The mixing matrix as one row per pair of groups with ties: count and share of all grouped ties.
    public func mixingTable() -> ResultTable {
        let g = grouping.groupCount
        var rows: [[ResultTable.Cell]] = []
        for a in 0..<g {
            for b in 0..<g where mixing.counts[a][b] > 0 {
                rows.append([
                    .text(grouping.groupNames[a]), .text(grouping.groupNames[b]), count(mixing.counts[a][b]),
                    .real(mixing.shares[a][b]),
                ])
            }
        }
        return ResultTable(columns: ["group", "other_group", "ties", "share"], rows: rows)
    }

    /// One row per pair of initiatives sharing members or practices.
    public func overlapTable(_ network: Network) -> ResultTable {
        let rows = overlap.pairs.filter { $0.sharedMembers > 0 || $0.sharedPractices > 0 }.map { pair in
            [
                .text(network.nodes[Int(pair.first)].id), .text(network.nodes[Int(pair.second)].id),
                .integer(pair.sharedMembers), .integer(pair.sharedPractices), .real(pair.jaccard),
                .real(pair.newmanWeight),
            ] as [ResultTable.Cell]
        }
        return ResultTable(
            columns: ["initiative", "other_initiative", "shared_members", "shared_practices", "jaccard", "newman_weight"],
            rows: rows)
    }

    /// One row per practice: adopters, first adopter and date, groups and initiatives reached, hops.
    public func practiceTable(_ network: Network) -> ResultTable {
        let rows = diffusion.practices.map { practice -> [ResultTable.Cell] in
            let first = practice.firstAdoption
            return [
                .text(network.nodes[Int(practice.practice)].id), .text(network.nodes[Int(practice.practice)].label),
                .integer(practice.adoptions.count + practice.undatedAdopters.count),
                first.map { .text(network.nodes[Int($0.adopter)].id) } ?? .missing,
                first.map { .text($0.date.description) } ?? .missing,
                .integer(practice.groupsReached.count),
                .text(practice.groupsReached.map { groupName($0) }.joined(separator: "|")),
                .integer(practice.initiativesReached.count), .integer(practice.crossGroupHops.count),
            ]
        }
        return ResultTable(
            columns: [
                "practice", "label", "adopters", "first_adopter", "first_adopted", "groups_reached", "groups",
                "initiatives_reached", "cross_group_hops",
            ], rows: rows)
    }

    /// One row per cross-group hop, with the tie or event that carried it.
    public func hopTable(_ network: Network) -> ResultTable {
        var rows: [[ResultTable.Cell]] = []
        for practice in diffusion.practices {
            for hop in practice.crossGroupHops {
                var via: ResultTable.Cell = .missing
                if case let .coAttendance(event, _) = hop.carrier { via = .text(network.nodes[Int(event)].id) }
                rows.append([
                    .text(network.nodes[Int(hop.practice)].id), .text(network.nodes[Int(hop.from)].id),
                    .text(groupName(hop.fromGroup)), .text(hop.fromAdopted.description),
                    .text(network.nodes[Int(hop.to)].id), .text(groupName(hop.toGroup)), .text(hop.adopted.description),
                    .text(hop.carrier.kindName), hop.carrier.date.map { .text($0.description) } ?? .missing, via,
                ])
            }
        }
        return ResultTable(
            columns: [
                "practice", "from", "from_group", "from_adopted", "to", "to_group", "adopted", "carrier",
                "carrier_date", "event",
            ], rows: rows)
    }

    /// The pollinators, most hops first.
    public func pollinatorTable(_ network: Network) -> ResultTable {
        let rows = diffusion.pollinators.map { p -> [ResultTable.Cell] in
            [
                .text(network.nodes[Int(p.node)].id), .text(network.nodes[Int(p.node)].label),
                .text(network.nodes[Int(p.node)].kind.rawValue), .text(groupName(p.group)), .integer(p.hopCount),
                .integer(p.practices.count), .integer(p.groupsReached.count),
                .text(p.groupsReached.map { groupName($0) }.joined(separator: "|")),
            ]
        }
        return ResultTable(
            columns: ["id", "label", "kind", "group", "hops", "practices", "groups_reached", "groups"], rows: rows)
    }

    private func groupName(_ group: Int32) -> String {
        group >= 0 && Int(group) < grouping.groupNames.count ? grouping.groupNames[Int(group)] : ""
    }

    private func real(_ value: Double) -> ResultTable.Cell { value.isNaN ? .missing : .real(value) }

    /// A tie count: an integer unless weights made it fractional.
    private func count(_ value: Double) -> ResultTable.Cell {
        value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .real(value)
    }
}

extension CrossPollinationReport {
    /// What the report was computed on and its finding in a sentence: grouping, groups, direction, weights,
    /// the permutation test's size and seed.
    public func metadata(options: CrossPollinationOptions, finding: String) -> ResultMetadata {
        [
            ("group", .text(grouping.name)),
            ("groups", .integer(grouping.groupCount)),
            ("directed", .flag(options.projection.directed)),
            ("weighted", .flag(options.weighted)),
            ("permutations", .integer(options.permutations)),
            ("seed", .unsigned(options.seed)),
            ("finding", .text(finding)),
        ]
    }
}
