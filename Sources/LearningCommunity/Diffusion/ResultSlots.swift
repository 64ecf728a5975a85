/// One result slot per iteration of `DispatchQueue.concurrentPerform`.
///
/// `@unchecked Sendable` under one invariant: each iteration writes only its own index, once, and
/// ``collected()`` is called only after `concurrentPerform` has returned.
final class ResultSlots<Element: Sendable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<Element?>.allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: count)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func store(_ value: Element, at index: Int) {
        base[index] = value
    }

    /// The stored results in index order (slots never written are skipped).
    func collected() -> [Element] {
        UnsafeBufferPointer(start: base, count: count).compactMap { $0 }
    }
}
