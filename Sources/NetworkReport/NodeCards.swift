import LearningCommunity
import NetworkAnalysis
import OutputEscaping

/// The data the page's script needs, as JSON inside `<script type="application/json">`: for each
/// node its id, label, kind, group, main metrics, roles and the indices (in this list) of its neighbours; the
/// tie kinds; and each tie among the listed nodes as its two ends, its kind and its index in the network
/// (the map's edges carry `tie:INDEX` ids), for the map's filters. On a bounded report (``ReportScale``)
/// only the drawn and named nodes are listed, in network order.
/// `JSONEscaping` escapes `<`, `>` and `&`, so no data text can close the script element.
enum NodeCards {
    /// - Complexity: O(*n* + *m*) plus sorting each listed node's neighbours.
    static func json(_ analysis: ReportAnalysis) -> String {
        let network = analysis.network
        let listed = analysis.scale.pageNodes ?? (0..<Int32(network.nodeCount)).map { $0 }
        var index = [Int32](repeating: -1, count: network.nodeCount)
        for (k, position) in listed.enumerated() { index[Int(position)] = Int32(k) }
        let metricNames = KeyActorsSection.shownMetrics.filter { analysis.metrics.table.columnIndex($0) != nil }
        let columns = metricNames.map { analysis.column($0) ?? [] }
        let roles = analysis.rolesByNode()
        var neighbours = [[Int32]](repeating: [], count: listed.count)
        for tie in network.ties where !tie.isSelfLoop {
            let (a, b) = (index[Int(tie.source)], index[Int(tie.target)])
            guard a >= 0, b >= 0 else { continue }
            neighbours[Int(a)].append(b)
            neighbours[Int(b)].append(a)
        }
        let grouping = analysis.options.grouping
        var out = "{\"metrics\":[" + metricNames.map(JSONEscaping.quoted).joined(separator: ",") + "],"
        out += "\"nodeCount\":\(network.nodeCount),\"nodes\":["
        for (k, position32) in listed.enumerated() {
            let position = Int(position32)
            let node = network.nodes[position]
            if k > 0 { out += ",\n" }
            out += "{\"id\":" + JSONEscaping.quoted(node.id)
            out += ",\"label\":" + JSONEscaping.quoted(node.label)
            out += ",\"kind\":" + JSONEscaping.quoted(node.kind.rawValue)
            out += ",\"g\":" + JSONEscaping.quoted(grouping?.groupName(ofNodeAt: position32) ?? "")
            out += ",\"m\":[" + columns.map { JSONEscaping.number($0.indices.contains(position) ? $0[position] : .nan) }
                .joined(separator: ",") + "]"
            out += ",\"r\":[" + roles[position].map { JSONEscaping.quoted($0.rawValue) }.joined(separator: ",") + "]"
            let unique = Array(Set(neighbours[k])).sorted()
            out += ",\"nb\":[" + unique.map { String($0) }.joined(separator: ",") + "]}"
        }
        // Each tie among the listed nodes as [source, target, kind index, tie index].
        let kinds = analysis.summary.tieKinds.map(\.kind)
        var kindIndex: [String: Int] = [:]
        for (k, kind) in kinds.enumerated() { kindIndex[kind.rawValue] = k }
        out += "],\n\"tieKinds\":[" + kinds.map { JSONEscaping.quoted($0.rawValue) }.joined(separator: ",") + "],\"ties\":["
        var first = true
        for (tieIndex, tie) in network.ties.enumerated() {
            let (a, b) = (index[Int(tie.source)], index[Int(tie.target)])
            guard a >= 0, b >= 0 else { continue }
            if !first { out += "," }
            first = false
            out += "[\(a),\(b),\(kindIndex[tie.kind.rawValue] ?? -1),\(tieIndex)]"
        }
        return out + "]}"
    }
}
