import GraphAlgorithms
import NetworkModel

extension NetworkChange {
    /// `liaison compare` as one library call: ``compare(before:after:options:)`` with its failures typed and
    /// what the reader should know handed to `messages`.
    ///
    /// - Parameter messages: receives a note when betweenness risers and fallers were estimated by sampling.
    /// - Throws: ``AnalysisFailure``: ``AnalysisFailure/grouping(_:)`` when the grouping attribute exists on
    ///   neither side, ``AnalysisFailure/algorithm(_:)`` when a measure fails, ``AnalysisFailure/other(_:)``
    ///   for a parameter out of range.
    /// - Complexity: ``compare(before:after:options:)``'s.
    public static func compare(
        before: Network, after: Network, options: ChangeOptions, messages: (AnalysisMessage) -> Void
    ) throws(AnalysisFailure) -> NetworkChange {
        let change: NetworkChange
        do {
            change = try compare(before: before, after: after, options: options)
        } catch let error as GroupingError {
            guard let spec = options.grouping else { throw .other(error.description) }
            throw .grouping(.unresolvable(spec, error))
        } catch let error as AlgorithmError {
            throw .algorithm(error)
        } catch {
            throw .other("\(error)")
        }
        if !change.centrality.betweennessIsExact {
            messages(
                AnalysisMessage(
                    .note,
                    "betweenness risers and fallers are estimated by sampling on a large side (seed 1), as liaison metrics does"
                ))
        }
        return change
    }
}
