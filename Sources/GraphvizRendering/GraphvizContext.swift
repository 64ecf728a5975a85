internal import CGraphviz

/// Owns one Graphviz context (`GVC_t`): the loaded plugins and their configuration.
///
/// Created with `gvContext()` and released with `gvFreeContext` in `deinit`.
/// Not thread-safe (Graphviz keeps globals); only used under ``Graphviz``'s lock.
final class GraphvizContext {
    let pointer: OpaquePointer

    /// - Throws: ``GraphvizError/contextUnavailable`` when Graphviz returns no context.
    init() throws(GraphvizError) {
        guard let pointer = gvContext() else { throw .contextUnavailable }
        self.pointer = pointer
    }

    deinit {
        _ = gvFreeContext(pointer)
    }
}

@available(*, unavailable)
extension GraphvizContext: Sendable {}
