/// Tie weights from one node to the communities around it, reset in O(1).
///
/// Each label's slot holds its weight next to the stamp of the node it was last touched for, so a
/// touch costs one cache line and a reset just advances the stamp. A class over raw storage, allocated
/// once per run and reused by every node and level.
final class NeighbourWeights {
    private struct Slot {
        var weight: Double
        var stamp: UInt32
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let capacity: Int
    private var stamp: UInt32 = 1
    /// The labels touched since the last reset, in order of first touch.
    let touched: UnsafeMutablePointer<Int32>
    private(set) var touchedCount = 0

    init(capacity: Int) {
        self.capacity = capacity
        slots = .allocate(capacity: max(capacity, 1))
        slots.initialize(repeating: Slot(weight: 0, stamp: 0), count: capacity)
        touched = .allocate(capacity: max(capacity, 1))
    }

    deinit {
        slots.deallocate()
        touched.deallocate()
    }

    @inline(__always)
    func add(_ w: Double, to label: Int32) {
        let c = Int(label)
        if slots[c].stamp != stamp {
            slots[c] = Slot(weight: w, stamp: stamp)
            touched[touchedCount] = label
            touchedCount += 1
        } else {
            slots[c].weight += w
        }
    }

    /// The weight accumulated for `label`, which must have been touched since the last reset.
    @inline(__always)
    func weight(_ label: Int32) -> Double {
        slots[Int(label)].weight
    }

    @inline(__always)
    func reset() {
        touchedCount = 0
        stamp &+= 1
        if stamp == 0 {
            // Every 2³² resets: clear the stamps so that no old slot looks current.
            for c in 0..<capacity { slots[c].stamp = 0 }
            stamp = 1
        }
    }
}
