import NetworkAnalysis
import NetworkModel

/// The declared type of an exported column, as GraphML (`int`, `double`, `string`) and GEXF
/// (`integer`, `double`, `string`) name it.
public enum ExportValueType: String, Sendable, Equatable {
    case integer
    case double
    case string
}

/// A named, typed column of the node or tie table an export carries.
public struct ExportColumn: Sendable, Equatable {
    /// The name in the output (unique within its table).
    public var name: String
    public var type: ExportValueType
    /// Whether the column is a computed metric rather than data read from the input.
    public var isMetric: Bool
}

/// A network with everything an export carries, resolved once for every format:
/// each node's label, kind, attributes and per-node metrics, and each tie's kind, direction,
/// weight, dates, wave and attributes, as typed columns with text values.
///
/// Values are kept as the text written to files (`nil` when the node or tie has none): attribute
/// values as the data wrote them, metrics in the shortest form that reads back to the same Double.
/// An attribute column is declared `integer` or `double` only when every value in it is already
/// in that canonical form (`42`, `0.5`), so declaring the type never changes a value (`007` stays text).
public struct ExportDocument: Sendable {
    public let network: Network
    /// Whether the analysis honoured direction: GraphML's `edgedefault`, GEXF's `defaultedgetype`,
    /// node-link's `directed`, DOT's `digraph`.
    public let directed: Bool
    /// `label`, `kind`, the node attributes in data order, then the metrics in `liaison metrics` order.
    public let nodeColumns: [ExportColumn]
    /// For each node (network order), one value per node column.
    public let nodeValues: [[String?]]
    /// `kind`, `direction`, `weight`, `start`, `end`, `wave`, then the tie attributes in data order.
    public let tieColumns: [ExportColumn]
    /// For each tie (network order), one value per tie column.
    public let tieValues: [[String?]]
    /// How the metrics were made (from ``MetricReport/metadata``).
    public let metadata: ResultMetadata

    /// Collects the columns of `network` and of the per-node `metrics` table (`id,label,kind,<metrics…>`,
    /// as ``MetricSuite`` makes it; rows are matched to nodes by id, and nodes the analysis left out
    /// have no metric values). A metric whose name an attribute already uses is written as `metric_<name>`.
    /// - Complexity: O(n·c + m·d).
    public init(network: Network, metrics: ResultTable? = nil, directed: Bool, metadata: ResultMetadata = []) {
        self.network = network
        self.directed = directed
        self.metadata = metadata
        var names = UniqueNames(reserved: ["id"])

        var nodeColumns = [
            ExportColumn(name: names.claim("label"), type: .string, isMetric: false),
            ExportColumn(name: names.claim("kind"), type: .string, isMetric: false),
        ]
        var nodeValues: [[String?]] = network.nodes.map { [$0.label, $0.kind.rawValue] }
        for name in network.nodeAttributeNames {
            let column = network.nodes.map { Self.nonEmpty($0.attributes[name]) }
            nodeColumns.append(ExportColumn(name: names.claim(name), type: Self.inferredType(column), isMetric: false))
            for position in nodeValues.indices { nodeValues[position].append(column[position]) }
        }
        if let metrics, metrics.columns.count > 3 {
            var rowOfNode = [Int?](repeating: nil, count: network.nodeCount)
            for (row, cells) in metrics.rows.enumerated() {
                if case let .text(id)? = cells.first, let position = network.index(of: id) { rowOfNode[Int(position)] = row }
            }
            for column in 3..<metrics.columns.count {
                let metricName = metrics.columns[column]
                let name = names.isTaken(metricName) ? names.claim("metric_" + metricName) : names.claim(metricName)
                var type = NodeMetric(column: metricName).map(Self.declaredType) ?? .double
                var values: [String?] = []
                values.reserveCapacity(network.nodeCount)
                for position in 0..<network.nodeCount {
                    guard let row = rowOfNode[position], column < metrics.rows[row].count else {
                        values.append(nil)
                        continue
                    }
                    let (text, cellType) = Self.text(of: metrics.rows[row][column])
                    if cellType == .string { type = .string }
                    values.append(text)
                }
                nodeColumns.append(ExportColumn(name: name, type: type, isMetric: true))
                for position in nodeValues.indices { nodeValues[position].append(values[position]) }
            }
        }
        self.nodeColumns = nodeColumns
        self.nodeValues = nodeValues

        var tieNames = UniqueNames(reserved: ["id", "source", "target", "key"])
        var tieColumns = [
            ExportColumn(name: tieNames.claim("kind"), type: .string, isMetric: false),
            ExportColumn(name: tieNames.claim("direction"), type: .string, isMetric: false),
            ExportColumn(name: tieNames.claim("weight"), type: .double, isMetric: false),
            ExportColumn(name: tieNames.claim("start"), type: .string, isMetric: false),
            ExportColumn(name: tieNames.claim("end"), type: .string, isMetric: false),
            ExportColumn(name: tieNames.claim("wave"), type: .string, isMetric: false),
        ]
        var tieValues: [[String?]] = network.ties.map { tie in
            [tie.kind.rawValue, tie.direction.rawValue, "\(tie.weight)", tie.start?.description, tie.end?.description,
             Self.nonEmpty(tie.wave)]
        }
        for name in network.tieAttributeNames {
            let column = network.ties.map { Self.nonEmpty($0.attributes[name]) }
            tieColumns.append(ExportColumn(name: tieNames.claim(name), type: Self.inferredType(column), isMetric: false))
            for index in tieValues.indices { tieValues[index].append(column[index]) }
        }
        self.tieColumns = tieColumns
        self.tieValues = tieValues
    }

    /// One edge of a graph file: the tie it comes from and its two ends in the file.
    public struct Arc: Sendable, Equatable {
        /// Position of the tie in the network (its values are ``tieValues``[tie]).
        public var tie: Int
        public var source: Int32
        public var target: Int32
        /// Whether this is the second arc of an undirected or mutual tie in a directed file.
        public var isReverse: Bool
    }

    /// The edges a graph file holds, so that every edge has the file's one direction and every reader
    /// (networkx, igraph, Gephi, Cytoscape) loads it: in an undirected file one undirected edge per tie; in a
    /// directed file (`--directed`) one arc per directed tie and two arcs, one each way, per undirected or
    /// mutual tie. The tie's own direction stays in the `direction` column.
    public var arcs: [Arc] {
        var arcs: [Arc] = []
        arcs.reserveCapacity(network.tieCount)
        for (index, tie) in network.ties.enumerated() {
            arcs.append(Arc(tie: index, source: tie.source, target: tie.target, isReverse: false))
            if directed && tie.direction != .directed && !tie.isSelfLoop {
                arcs.append(Arc(tie: index, source: tie.target, target: tie.source, isReverse: true))
            }
        }
        return arcs
    }

    /// The position of a node column by name, or nil.
    public func nodeColumnIndex(_ name: String) -> Int? { nodeColumns.firstIndex { $0.name == name } }

    /// The position of a tie column by name, or nil.
    public func tieColumnIndex(_ name: String) -> Int? { tieColumns.firstIndex { $0.name == name } }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    /// `integer` when every value is a canonical integer, `double` when every value is a canonical
    /// finite number, `string` otherwise (and for a column with no values).
    static func inferredType(_ values: [String?]) -> ExportValueType {
        var type = ExportValueType.integer
        var seen = false
        for case let value? in values {
            seen = true
            if type == .integer, let integer = Int(value), String(integer) == value { continue }
            if let number = Double(value), number.isFinite, "\(number)" == value || (Int(value).map { String($0) } == value) {
                type = .double
                continue
            }
            return .string
        }
        return seen ? type : .string
    }

    static func declaredType(_ metric: NodeMetric) -> ExportValueType {
        switch metric {
        case .degree, .inDegree, .outDegree, .core, .articulation: return .integer
        default: return .double
        }
    }

    /// A metric cell as text, with the type it fits (`nil` for missing and non-finite values).
    static func text(of cell: ResultTable.Cell) -> (String?, ExportValueType?) {
        switch cell {
        case let .integer(value): return (String(value), .integer)
        case let .real(value): return value.isFinite ? ("\(value)", .double) : (nil, nil)
        case let .flag(value): return (value ? "1" : "0", .integer)
        case let .text(value): return (nonEmpty(value), .string)
        case .missing: return (nil, nil)
        }
    }
}

/// Names made unique within one table: a taken name gets `_2`, `_3`, … appended.
struct UniqueNames {
    private var taken: Set<String>

    init(reserved: Set<String>) { taken = reserved }

    func isTaken(_ name: String) -> Bool { taken.contains(name) }

    mutating func claim(_ name: String) -> String {
        var candidate = name
        var suffix = 2
        while taken.contains(candidate) {
            candidate = "\(name)_\(suffix)"
            suffix += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
