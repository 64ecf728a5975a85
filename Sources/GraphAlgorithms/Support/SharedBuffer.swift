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

    /// Wraps memory the caller owns (and keeps alive until the parallel section has returned).
    init(base: UnsafeMutablePointer<Element>, count: Int) {
        self.base = base
        self.count = count
    }

    /// The element at `index`; the index is checked in debug builds.
    subscript(index: Int) -> Element {
        get {
            assert(index >= 0 && index < count, "SharedBuffer index \(index) outside 0..<\(count)")
            return base[index]
        }
        nonmutating set {
            assert(index >= 0 && index < count, "SharedBuffer index \(index) outside 0..<\(count)")
            base[index] = newValue
        }
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

/// Read-only memory that the workers of one parallel kernel share (CSR rows, the previous
/// iterate). `@unchecked Sendable` under one invariant: **nobody writes the memory while the
/// workers run**, and the owner keeps it alive until the parallel section has returned.
struct SharedView<Element>: @unchecked Sendable {
    let base: UnsafePointer<Element>
    let count: Int

    /// The element at `index`; the index is checked in debug builds.
    subscript(index: Int) -> Element {
        assert(index >= 0 && index < count, "SharedView index \(index) outside 0..<\(count)")
        return base[index]
    }
}
