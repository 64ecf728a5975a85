import NetworkModel

/// Writes a network as the two CSV tables Liaison reads back unchanged:
/// `nodes.csv` (`id,label,kind,<attributes…>`) and `edges.csv`
/// (`source,target,kind,direction,weight,start,end,wave,<attributes…>`).
public enum NetworkWriter {
    /// The nodes table as CSV text.
    public static func nodesCSV(_ network: Network) -> String {
        var writer = CSVWriter()
        let attributes = network.nodeAttributeNames
        writer.writeRow(["id", "label", "kind"] + attributes)
        for node in network.nodes {
            writer.writeRow([node.id, node.label, node.kind.rawValue] + attributes.map { node.attributes[$0] ?? "" })
        }
        return writer.text
    }

    /// The ties table as CSV text.
    public static func edgesCSV(_ network: Network) -> String {
        var writer = CSVWriter()
        let attributes = network.tieAttributeNames
        writer.writeRow(["source", "target", "kind", "direction", "weight", "start", "end", "wave"] + attributes)
        for tie in network.ties {
            let fields = [
                network.nodes[Int(tie.source)].id, network.nodes[Int(tie.target)].id, tie.kind.rawValue,
                tie.direction.rawValue, formatWeight(tie.weight), tie.start?.description ?? "",
                tie.end?.description ?? "", tie.wave ?? "",
            ]
            writer.writeRow(fields + attributes.map { tie.attributes[$0] ?? "" })
        }
        return writer.text
    }

    /// Writes `nodes.csv` and `edges.csv` into `folder`, each atomically.
    public static func write(_ network: Network, toFolder folder: String) throws(AtomicFileWriter.WriteError) {
        try AtomicFileWriter.write(nodesCSV(network), to: folder + "/nodes.csv")
        try AtomicFileWriter.write(edgesCSV(network), to: folder + "/edges.csv")
    }

    /// A weight in the shortest form that reads back to the same Double (`1`, `0.5`, `2.25`).
    public static func formatWeight(_ weight: Double) -> String {
        if weight == weight.rounded(), abs(weight) < 1e15 { return String(Int64(weight)) }
        return "\(weight)"
    }
}
