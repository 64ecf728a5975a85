// A measurement, not part of Liaison: Brandes' exact betweenness (unit lengths, undirected, unnormalised
// ordered-pair sums) for the first S sources of an edge-list CSV, two ways in one process:
//   baseline  the library's kernel as of 2026-12-06 (BFS recording successor lists, pull over successors);
//   batched   8 consecutive sources per pass, level-synchronous: each node's 8 hop counts are the bytes of one
//             UInt64 compared SWAR-style, σ and the coefficients are 8 doubles per node (one cache line), so a
//             node's adjacency is scanned once per distinct level among the 8 sources instead of 8 times.
// Both sum σ over the same predecessors (integers, exact) and the coefficients of each node's successors in
// adjacency order, and add each source's dependencies in source order, so the results are bit-identical; the
// program checks that and prints the times. docs/PERFORMANCE.md, "Batched sources".
//   swiftc -Ounchecked scripts/bench/batched_brandes.swift -o /tmp/batched_brandes
//   /tmp/batched_brandes /tmp/pl20k.csv 2000
import Foundation

// Load graph
let text = try! String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
var ids: [String: Int32] = [:]
var edges: [(Int32, Int32)] = []
for line in text.split(separator: "\n").dropFirst() {
    let p = line.split(separator: ",")
    func id(_ s: Substring) -> Int32 { if let x = ids[String(s)] { return x }; let x = Int32(ids.count); ids[String(s)] = x; return x }
    edges.append((id(p[0]), id(p[1])))
}
let n = ids.count
var deg = [Int](repeating: 0, count: n + 1)
for (a, b) in edges { deg[Int(a)] += 1; deg[Int(b)] += 1 }
var offsets = [Int](repeating: 0, count: n + 1)
for v in 0..<n { offsets[v + 1] = offsets[v] + deg[v] }
var fill = offsets
var targets = [Int32](repeating: 0, count: offsets[n])
for (a, b) in edges { targets[fill[Int(a)]] = b; fill[Int(a)] += 1; targets[fill[Int(b)]] = a; fill[Int(b)] += 1 }
for v in 0..<n { targets[offsets[v]..<offsets[v+1]].sort() }
print("n", n, "arcs", targets.count)
let sourceCount = Int(CommandLine.arguments[2]) ?? 400
let which = CommandLine.arguments.count > 3 ? CommandLine.arguments[3] : "both"

struct HopCell { var hops: Int32; var value: Double }

func baseline() -> [Double] {
    let cells = UnsafeMutablePointer<HopCell>.allocate(capacity: n); cells.initialize(repeating: HopCell(hops: -1, value: 0), count: n)
    let order = UnsafeMutablePointer<Int32>.allocate(capacity: n)
    let succ = UnsafeMutablePointer<Int32>.allocate(capacity: targets.count)
    let starts = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
    var row = [Double](repeating: 0, count: n)
    offsets.withUnsafeBufferPointer { offsets in targets.withUnsafeBufferPointer { targets in row.withUnsafeMutableBufferPointer { row in
    for source in 0..<sourceCount {
        cells[source] = HopCell(hops: 0, value: 1); order[0] = Int32(source)
        var head = 0, tail = 1, recorded = 0
        while head < tail {
            let v = Int(order[head]); starts[head] = recorded; head &+= 1
            let nextHop = cells[v].hops &+ 1; let sigmaV = cells[v].value
            for arc in offsets[v] ..< offsets[v &+ 1] {
                let t = targets[arc]; let w = Int(t); let hw = cells[w].hops
                if hw < 0 { cells[w] = HopCell(hops: nextHop, value: sigmaV); order[tail] = t; tail &+= 1; succ[recorded] = t; recorded &+= 1 }
                else if hw == nextHop { cells[w].value += sigmaV; succ[recorded] = t; recorded &+= 1 }
            }
        }
        starts[head] = recorded
        var i = head - 1
        while i >= 0 {
            let v = Int(order[i]); var sum = 0.0
            for k in starts[i] ..< starts[i &+ 1] { sum += cells[Int(succ[k])].value }
            let sigmaV = cells[v].value; let dependency = sigmaV * sum
            cells[v].value = (1 + dependency) / sigmaV
            if v != source { row[v] += dependency }
            i -= 1
        }
        for i in 0..<tail { cells[Int(order[i])].hops = -1 }
    }
    }}}
    return row
}

nonisolated(unsafe) var scans = 0

@inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 {
    // high bit of each byte set exactly where the byte of x is zero
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~(((x & low) &+ low) | x) & 0x8080_8080_8080_8080
}
@inline(__always) func broadcast(_ b: UInt8) -> UInt64 { UInt64(b) &* 0x0101_0101_0101_0101 }

func batchedSWAR() -> [Double] {
    let level = UnsafeMutablePointer<UInt64>.allocate(capacity: n); level.initialize(repeating: ~0, count: n)
    let sigma = UnsafeMutablePointer<Double>.allocate(capacity: n * 8); sigma.initialize(repeating: 0, count: n * 8)
    let delta = UnsafeMutablePointer<Double>.allocate(capacity: n * 8); delta.initialize(repeating: 0, count: n * 8)
    let listedAt = UnsafeMutablePointer<Int16>.allocate(capacity: n); listedAt.initialize(repeating: -1, count: n)
    var lists: [[Int32]] = []
    var row = [Double](repeating: 0, count: n)
    offsets.withUnsafeBufferPointer { offsets in targets.withUnsafeBufferPointer { targets in row.withUnsafeMutableBufferPointer { row in
    var first = 0
    while first < sourceCount {
        let count = min(8, sourceCount - first)
        lists = [[]]
        for k in 0..<count {
            let s = first + k
            level[s] &= ~(UInt64(0xFF) << (8 * UInt64(k)))
            sigma[s * 8 + k] = 1
            if listedAt[s] != 0 { listedAt[s] = 0; lists[0].append(Int32(s)) }
        }
        var L = 0
        while L < lists.count && !lists[L].isEmpty {
            let here = broadcast(UInt8(L)), next = broadcast(UInt8(L + 1))
            let flip = broadcast(0xFF ^ UInt8(L + 1))
            var nextList: [Int32] = []
            for vv in lists[L] {
                let v = Int(vv)
                let active = zeroBytes(level[v] ^ here)
                let sv = sigma + v * 8
                for arc in offsets[v] ..< offsets[v &+ 1] {
                    let w = Int(targets[arc])
                    let lw = level[w]
                    let unreached = zeroBytes(~lw)
                    let discover = active & unreached
                    var succ = active & (unreached | zeroBytes(lw ^ next))
                    if discover != 0 {
                        level[w] = lw ^ (((discover >> 7) &* 0xFF) & flip)
                        if listedAt[w] != Int16(L + 1) { listedAt[w] = Int16(L + 1); nextList.append(Int32(w)) }
                    }
                    let sw = sigma + w * 8
                    while succ != 0 {
                        let lane = succ.trailingZeroBitCount >> 3
                        sw[lane] += sv[lane]
                        succ &= succ &- 1
                    }
                }
            }
            lists.append(nextList)
            L += 1
        }
        scans += lists.reduce(0) { $0 + $1.count }
        var l = lists.count - 1
        while l >= 0 {
            let here = broadcast(UInt8(l)), next = broadcast(UInt8(l + 1))
            for vv in lists[l] {
                let v = Int(vv)
                let active = zeroBytes(level[v] ^ here)
                var sum = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
                withUnsafeMutableBytes(of: &sum) { raw in
                    let sums = raw.baseAddress!.assumingMemoryBound(to: Double.self)
                    for arc in offsets[v] ..< offsets[v &+ 1] {
                        let w = Int(targets[arc])
                        var succ = active & zeroBytes(level[w] ^ next)
                        let cw = sigma + w * 8
                        while succ != 0 {
                            let lane = succ.trailingZeroBitCount >> 3
                            sums[lane] += cw[lane]
                            succ &= succ &- 1
                        }
                    }
                    var a = active
                    let sv = sigma + v * 8, dv = delta + v * 8
                    while a != 0 {
                        let lane = a.trailingZeroBitCount >> 3
                        let dependency = sv[lane] * sums[lane]
                        dv[lane] = dependency
                        sv[lane] = (1 + dependency) / sv[lane]
                        a &= a &- 1
                    }
                }
            }
            l -= 1
        }
        for list in lists { for vv in list {
            let v = Int(vv)
            if listedAt[v] == -2 { continue }
            listedAt[v] = -2
            let lv = level[v]
            for lane in 0..<count where (lv >> (8 * UInt64(lane))) & 0xFF != 0xFF && v != first + lane { row[v] += delta[v * 8 + lane] }
            level[v] = ~0
            for lane in 0..<8 { sigma[v * 8 + lane] = 0; delta[v * 8 + lane] = 0 }
        } }
        for list in lists { for vv in list { listedAt[Int(vv)] = -1 } }
        first += count
    }
    }}}
    return row
}

if which == "both" || which == "base" {
    let t0 = Date(); let a = baseline(); print("baseline", Date().timeIntervalSince(t0)); 
    if which == "both" {
        let t1 = Date(); let b = batchedSWAR(); print("batched, 8 sources per pass", Date().timeIntervalSince(t1), "adjacency scans per source", Double(scans) / Double(sourceCount), "of", n)
        var same = 0, maxd = 0.0
        for v in 0..<n { if a[v] == b[v] { same += 1 } else { maxd = max(maxd, abs(a[v]-b[v])/max(abs(a[v]),1e-300)) } }
        print("identical", same, "of", n, "max rel diff", maxd)
    }
}
if which == "batched" { let t1 = Date(); _ = batchedSWAR(); print("batched", Date().timeIntervalSince(t1)) }
