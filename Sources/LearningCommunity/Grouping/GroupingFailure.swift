import GraphAlgorithms
import NetworkAnalysis
import NetworkModel

/// Why a ``GroupingSpec`` could not become a ``NodeGrouping``.
public enum GroupingFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The spec cannot describe this network (an attribute no node has): a problem with the request.
    case unresolvable(GroupingSpec, GroupingError)
    /// Community detection behind a community grouping failed: a problem with the data.
    case communityDetection(AlgorithmError)

    /// `--group NAME: …` or `community detection: …`.
    public var description: String {
        switch self {
        case let .unresolvable(spec, error): return "--group \(spec.name): \(error.description)"
        case let .communityDetection(error): return "community detection: \(error.description)"
        }
    }
}

extension NodeGrouping {
    /// ``resolve(_:in:projected:weighted:)`` with its failures typed and what the reader should know about
    /// the result (``resolutionMessages``) handed to `messages`: the one way every command, the report and
    /// the analyses below turn a spec into groups.
    /// - Complexity: as ``resolve(_:in:projected:weighted:)``.
    public static func resolve(
        _ spec: GroupingSpec, in network: Network, projected: ProjectedGraph, weighted: Bool,
        messages: (AnalysisMessage) -> Void
    ) throws(GroupingFailure) -> NodeGrouping {
        let grouping: NodeGrouping
        do {
            grouping = try resolve(spec, in: network, projected: projected, weighted: weighted)
        } catch let error as GroupingError {
            throw .unresolvable(spec, error)
        } catch let error as AlgorithmError {
            throw .communityDetection(error)
        } catch {
            // Unreachable: resolve throws only the two errors above.
            throw .communityDetection(.invalidParameter(name: "grouping", value: spec.name, reason: "\(error)"))
        }
        grouping.resolutionMessages.forEach(messages)
        return grouping
    }
}

/// Why an analysis of LearningCommunity (roles, cross-pollination) could not be made.
public enum AnalysisFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The grouping the request names could not be made.
    case grouping(GroupingFailure)
    /// A graph algorithm failed on the data.
    case algorithm(AlgorithmError)
    /// A tie attribute asked for as tie quality could not be averaged.
    case tieQuality(attribute: String, reason: String)
    /// Another failure of the analysis, described.
    case other(String)

    public var description: String {
        switch self {
        case let .grouping(failure): return failure.description
        case let .algorithm(error): return error.description
        case let .tieQuality(attribute, reason): return "--tie-quality \(attribute): \(reason)"
        case let .other(reason): return reason
        }
    }
}
