import LearningCommunity
import NetworkAnalysis
import OutputEscaping

/// The data the page's script needs, as JSON inside `<script type="application/json">`: for each
/// node its id, label, kind, group, main metrics, roles and the positions of its neighbours; the tie kinds;
/// and every tie as its two ends and kind, for the map's filters.
/// `JSONEscaping` escapes `<`, `>` and `&`, so no data text can close the script element.
enum NodeCards {
    static func json(_ analysis: ReportAnalysis) -> String {
        let network = analysis.network
        let metricNames = KeyActorsSection.shownMetrics.filter { analysis.metrics.table.columnIndex($0) != nil }
        let columns = metricNames.map { analysis.column($0) ?? [] }
        let roles = analysis.rolesByNode()
        var neighbours = [[Int32]](repeating: [], count: network.nodeCount)
        for tie in network.ties where !tie.isSelfLoop {
            neighbours[Int(tie.source)].append(tie.target)
            neighbours[Int(tie.target)].append(tie.source)
        }
        let grouping = analysis.options.grouping
        var out = "{\"metrics\":[" + metricNames.map(JSONEscaping.quoted).joined(separator: ",") + "],\"nodes\":["
        for (position, node) in network.nodes.enumerated() {
            if position > 0 { out += ",\n" }
            out += "{\"id\":" + JSONEscaping.quoted(node.id)
            out += ",\"label\":" + JSONEscaping.quoted(node.label)
            out += ",\"kind\":" + JSONEscaping.quoted(node.kind.rawValue)
            out += ",\"g\":" + JSONEscaping.quoted(grouping?.groupName(ofNodeAt: Int32(position)) ?? "")
            out += ",\"m\":[" + columns.map { JSONEscaping.number($0.indices.contains(position) ? $0[position] : .nan) }
                .joined(separator: ",") + "]"
            out += ",\"r\":[" + roles[position].map { JSONEscaping.quoted($0.rawValue) }.joined(separator: ",") + "]"
            let unique = Array(Set(neighbours[position])).sorted()
            out += ",\"nb\":[" + unique.map { String($0) }.joined(separator: ",") + "]}"
        }
        // Every tie as [source, target, kind index]; the map's edges carry `tie:INDEX` ids.
        let kinds = analysis.summary.tieKinds.map(\.kind)
        var kindIndex: [String: Int] = [:]
        for (index, kind) in kinds.enumerated() { kindIndex[kind.rawValue] = index }
        out += "],\n\"tieKinds\":[" + kinds.map { JSONEscaping.quoted($0.rawValue) }.joined(separator: ",") + "],\"ties\":["
        for (index, tie) in network.ties.enumerated() {
            if index > 0 { out += "," }
            out += "[\(tie.source),\(tie.target),\(kindIndex[tie.kind.rawValue] ?? -1)]"
        }
        return out + "]}"
    }
}
