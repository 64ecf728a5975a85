import NetworkAnalysis
import NetworkModel

/// The comparison as tables, one per section, for CSV, JSON and terminal output.
extension NetworkChange {
    /// The section names, in order (`--section`, JSON keys).
    public static let sectionNames = Section.allCases.map(\.rawValue)

    /// The sections of a comparison, in order.
    public enum Section: String, CaseIterable, Sendable {
        case indicators, nodes, ties, risers, fallers, bridges
        case groupLinks = "group_links"
        case practices
    }

    /// The sections in order. Labels and kinds come from the later network, or the earlier one for
    /// nodes that left.
    public func tables(before: Network, after: Network) -> [(name: String, table: ResultTable)] {
        func node(_ id: String) -> Node? { after.node(id: id) ?? before.node(id: id) }
        func label(_ id: String) -> ResultTable.Cell { .text(node(id)?.label ?? id) }
        return [
            ("indicators", indicatorTable()),
            ("nodes", ResultTable(
                columns: ["change", "id", "label", "kind"],
                rows: membership.nodesAdded.map { [.text("added"), .text($0), label($0), .text(node($0)?.kind.rawValue ?? "")] }
                    + membership.nodesLost.map { [.text("lost"), .text($0), label($0), .text(node($0)?.kind.rawValue ?? "")] })),
            ("ties", ResultTable(
                columns: ["change", "source", "target", "kind", "directed"],
                rows: membership.tiesAdded.map { tieRow("added", $0) } + membership.tiesLost.map { tieRow("lost", $0) })),
            ("risers", shiftTable(centrality.risers, label: label)),
            ("fallers", shiftTable(centrality.fallers, label: label)),
            ("bridges", ResultTable(
                columns: ["id", "label", "cut_off", "new_node"],
                rows: newBridges.map { [.text($0.id), label($0.id), .integer($0.cutOff), .flag($0.isNewNode)] })),
            ("group_links", ResultTable(
                columns: ["group_a", "group_b", "source", "target", "kind"],
                rows: newGroupLinks.flatMap { link in
                    link.ties.map { [.text(link.groups.0), .text(link.groups.1), .text($0.source), .text($0.target),
                                     .text($0.kind.rawValue)] }
                })),
            ("practices", ResultTable(
                columns: ["practice", "label", "adopters_before", "adopters_after", "new_adopters", "groups_before",
                          "groups_after", "new_groups"],
                rows: practices.map { spread in
                    [.text(spread.practice), label(spread.practice), .integer(spread.adoptersBefore),
                     .integer(spread.adoptersAfter), .text(spread.newAdopters.joined(separator: ";")),
                     .integer(spread.groupsBefore.count), .integer(spread.groupsAfter.count),
                     .text(spread.newGroups.joined(separator: ";"))]
                })),
        ]
    }

    /// One row per indicator: before, after, change, relative change, verdict.
    public func indicatorTable() -> ResultTable {
        return ResultTable(
            columns: ["indicator", "before", "after", "change", "relative_change", "verdict"],
            rows: indicators.map { item in
                let counts = ["nodes", "ties", "components", "communities"].contains(item.name)
                func cell(_ value: Double) -> ResultTable.Cell {
                    guard value.isFinite else { return .missing }
                    return counts ? .integer(Int(value)) : .real(value)
                }
                return [.text(item.name), cell(item.before), cell(item.after), cell(item.change),
                        item.relativeChange.map { .real($0) } ?? .missing, .text(item.verdict)]
            })
    }

    private func tieRow(_ change: String, _ key: TieKey) -> [ResultTable.Cell] {
        [.text(change), .text(key.source), .text(key.target), .text(key.kind.rawValue), .flag(key.directed)]
    }

    private func shiftTable(_ shifts: [CentralityShift], label: (String) -> ResultTable.Cell) -> ResultTable {
        ResultTable(
            columns: ["centrality", "id", "label", "before", "after", "change"],
            rows: shifts.map {
                [.text($0.centrality.rawValue), .text($0.id), label($0.id), .real($0.before), .real($0.after),
                 .real($0.change)]
            })
    }
}
