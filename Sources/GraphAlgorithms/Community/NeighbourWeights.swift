/// Tie weights from one node to the communities around it, reset in O(communities touched).
/// A class over raw storage, allocated once per run and reused by every node and level.
final class NeighbourWeights {
    let weight: UnsafeMutablePointer<Double>
    private let isTouched: UnsafeMutablePointer<Bool>
    let touched: UnsafeMutablePointer<Int32>
    private(set) var touchedCount = 0

    init(capacity: Int) {
        weight = .allocate(capacity: max(capacity, 1))
        weight.initialize(repeating: 0, count: capacity)
        isTouched = .allocate(capacity: max(capacity, 1))
        isTouched.initialize(repeating: false, count: capacity)
        touched = .allocate(capacity: max(capacity, 1))
    }

    deinit {
        weight.deallocate()
        isTouched.deallocate()
        touched.deallocate()
    }

    @inline(__always)
    func add(_ w: Double, to label: Int32) {
        let c = Int(label)
        if !isTouched[c] {
            isTouched[c] = true
            touched[touchedCount] = label
            touchedCount += 1
        }
        weight[c] += w
    }

    @inline(__always)
    func reset() {
        for i in 0..<touchedCount {
            let c = Int(touched[i])
            weight[c] = 0
            isTouched[c] = false
        }
        touchedCount = 0
    }
}
