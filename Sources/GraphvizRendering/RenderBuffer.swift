internal import CGraphviz

/// Owns the bytes `gvRenderData` allocated; `deinit` frees them with `gvFreeRenderData`.
final class RenderBuffer {
    private let data: UnsafeMutablePointer<CChar>
    let length: Int

    /// Takes ownership of `data`; nil when Graphviz returned no buffer.
    init?(owning data: UnsafeMutablePointer<CChar>?, length: Int) {
        guard let data else { return nil }
        self.data = data
        self.length = max(0, length)
    }

    /// A copy of the rendered bytes.
    var bytes: [UInt8] {
        data.withMemoryRebound(to: UInt8.self, capacity: length) { start in
            Array(UnsafeBufferPointer(start: start, count: length))
        }
    }

    deinit {
        gvFreeRenderData(data)
    }
}

@available(*, unavailable)
extension RenderBuffer: Sendable {}
