/// A block of memory that the workers of one parallel kernel share.
///
/// Unsafe pointers are not `Sendable`, so a `@Sendable` worker closure cannot capture one;
/// this wrapper can. It is `@unchecked Sendable` under one invariant, which every user states
/// next to its use: **concurrent workers write disjoint indices** (or only read), and the
/// owner reads the results only after `DispatchQueue.concurrentPerform` has returned.
struct SharedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    /// Allocates `count` elements initialised to `value`; release with ``deallocate()``.
    static func allocate(count: Int, repeating value: Element) -> SharedBuffer {
        let base = UnsafeMutablePointer<Element>.allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: count)
        return SharedBuffer(base: base, count: count)
    }

    /// Copies the elements into an array.
    func array() -> [Element] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Frees the memory (the elements must be trivial types).
    func deallocate() {
        base.deallocate()
    }
}
