import GraphAlgorithms
import LearningCommunity
import NetworkMaps

/// Why a map could not be planned. Each case says whose problem it is (``kind``), so a caller can tell a
/// request the data cannot answer from data that cannot be analysed.
public enum MapPlanError: Error, Sendable, CustomStringConvertible {
    /// Whose problem a failure is.
    public enum Kind: Sendable, Equatable {
        /// The request names something the data do not have (a node id, an attribute) or asks too much.
        case usage
        /// The data cannot be analysed or drawn as asked.
        case data
        /// A fault of Liaison itself.
        case `internal`
    }

    /// The metrics behind the map failed.
    case metrics(AlgorithmError)
    /// The grouping asked for, or chosen by default, could not be made.
    case grouping(GroupingFailure)
    /// `focus` is not a node of the analysed graph.
    case unknownFocus(String)
    /// Community detection behind the colours failed.
    case communityDetection(AlgorithmError)
    /// The roles behind the labels and presets failed.
    case roles(AlgorithmError)
    /// The liaisons map found no learning liaison; the grouping's name, if any.
    case noLearningLiaison(grouping: String?)
    /// The `maxNodes` cut could not be made.
    case nodeLimit(MapNodeLimit.Failure)
    /// A label id is not a node id.
    case unknownLabelID(String)
    /// The label field is not a node attribute; the names that are.
    case unknownLabelField(String, available: [String])
    /// The style file could not be read.
    case style(file: String, MapStyleError)
    /// The group-to-group network could not be built.
    case groupNetwork(NetworkMapError)
    /// The drill-down's largest members could not be chosen.
    case drillDown(MapNodeLimit.Failure)
    /// The layout engine asked for cannot lay out this many nodes in reasonable time.
    case engineLimit(MapEngine, limit: Int, nodeCount: Int)

    /// Whose problem this is: the request's (``Kind/usage``), the data's or Liaison's.
    public var kind: Kind {
        switch self {
        case .unknownFocus, .unknownLabelID, .unknownLabelField, .engineLimit: return .usage
        case .grouping(.unresolvable): return .usage
        case .metrics, .grouping, .communityDetection, .roles, .noLearningLiaison, .style, .groupNetwork: return .data
        case .nodeLimit, .drillDown: return .internal
        }
    }

    /// The problem and its fix, naming the command-line options (without a leading `error:`).
    public var description: String {
        switch self {
        case .metrics(let error): return error.description
        case .grouping(let failure): return failure.description
        case .unknownFocus(let id):
            return "--focus \(id) is not a node id of the analysed network (fix: use an id from the nodes file)"
        case .communityDetection(let error): return "community detection: \(error.description)"
        case .roles(let error): return "roles: \(error.description)"
        case .noLearningLiaison(let grouping):
            return "--preset liaisons: no learning liaison in these data (grouped by \(grouping ?? "nothing"))"
        case .nodeLimit(let failure): return "--max-nodes: \(failure.description)"
        case .unknownLabelID(let id): return "--label \(id) is not a node id (fix: use an id from the nodes file)"
        case .unknownLabelField(let field, let available):
            return "--label-field \(field) is not a node attribute (attributes: " + available.joined(separator: ", ") + ")"
        case .style(let file, let error): return "\(file): \(error.description)"
        case .groupNetwork(let error): return error.description
        case .drillDown(let failure): return failure.description
        case .engineLimit(let engine, let limit, let nodeCount):
            return "--engine \(engine.rawValue) lays out at most \(limit) nodes and this map draws \(nodeCount): "
                + "it would run for many minutes (fix: use --engine sfdp, which is built for large maps, "
                + "or draw fewer nodes with --max-nodes \(limit))"
        }
    }
}
