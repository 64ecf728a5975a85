import Foundation

/// Whether the input's files can be read within the memory the process can have, decided before
/// reading anything, so that a file too large fails with a message instead of an out-of-memory kill.
///
/// The need is estimated from the files' sizes: the file is mapped (address space equal to its
/// size) and the network built from it, with what a command computes on it next, takes at most
/// ``heapBytesPerInputByte`` bytes of heap per byte of CSV (measured on ties files of 10^5–10^7
/// ties: about 8 to import, 12–17 for `inspect` before issue 18, about 5 for both since; docs/PERFORMANCE.md
/// "Importer memory"; the constant keeps the margin for commands that compute more). What the process can have is the smaller of the system's `MemAvailable`
/// (`/proc/meminfo`) and the room under the address-space limit (`getrlimit(RLIMIT_AS)` less the
/// `VmSize` in use); either is ignored where it cannot be read.
enum MemoryBudget {
    /// Peak heap bytes per byte of ties CSV: the importer's 8 and the summary's graph on top.
    static let heapBytesPerInputByte = 16
    /// Memory the import needs whatever the input (runtime, tables, buffers).
    static let fixedBytes = 32 << 20

    /// The estimated peak need of reading files of `inputBytes` bytes in all.
    static func estimatedNeed(inputBytes: Int) -> Int {
        let (heap, overflow) = inputBytes.multipliedReportingOverflow(by: heapBytesPerInputByte + 1)
        return overflow ? Int.max : heap.addingReportingOverflow(fixedBytes).overflow ? Int.max : heap + fixedBytes
    }

    /// The bytes this process can still have, or nil when the system does not say.
    static func systemAvailable() -> Int? {
        let free = memInfoAvailable()
        let room = addressSpaceRoom()
        switch (free, room) {
        case (let free?, let room?): return min(free, room)
        case (let free?, nil): return free
        case (nil, let room?): return room
        case (nil, nil): return nil
        }
    }

    /// Whether the files at `paths` fit in `available` bytes (nil: ask the system); reports an error when not.
    static func check(_ paths: [String], available: Int?, diagnostics: inout DiagnosticCollector) -> Bool {
        let sizes = paths.map { (path: $0, size: fileSize($0)) }
        let total = sizes.reduce(0) { $0 &+ $1.size }
        let need = estimatedNeed(inputBytes: total)
        guard total > 0, let available = available ?? systemAvailable(), need > available,
            let largest = sizes.max(by: { $0.size < $1.size })
        else { return true }
        let what = paths.count == 1 ? "\(largest.path) is \(byteText(total))" :
            "the input is \(byteText(total)) (\(largest.path) \(byteText(largest.size)))"
        diagnostics.register(file: largest.path)
        diagnostics.error(
            nil,
            "\(what); reading it needs about \(byteText(need)) of memory, but only \(byteText(available)) is available",
            fix: "run it on a machine with more free memory or raise the memory limit (ulimit -v), or split the ties "
                + "into smaller files (e.g. one per wave or per year) and analyse them one at a time")
        return false
    }

    private static func fileSize(_ path: String) -> Int {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return 0 }
        return Int(status.st_size)
    }

    /// `MemAvailable` of `/proc/meminfo`, in bytes.
    private static func memInfoAvailable() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        return kibibytes(of: "MemAvailable:", in: text)
    }

    /// The address-space limit less the address space in use (`VmSize` of `/proc/self/status`).
    private static func addressSpaceRoom() -> Int? {
        #if os(Linux)
        let resource = Int32(RLIMIT_AS.rawValue)
        #else
        let resource = RLIMIT_AS
        #endif
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur != rlim_t.max,
            limit.rlim_cur < rlim_t(Int.max)
        else { return nil }
        let used = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)).flatMap {
            kibibytes(of: "VmSize:", in: $0)
        } ?? 0
        return max(0, Int(limit.rlim_cur) - used)
    }

    /// The value of a `Key:   123 kB` line, in bytes.
    private static func kibibytes(of key: String, in text: String) -> Int? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key) }) else { return nil }
        let digits = line.dropFirst(key.count).filter { $0.isNumber }
        guard let value = Int(digits) else { return nil }
        let (bytes, overflow) = value.multipliedReportingOverflow(by: 1024)
        return overflow ? nil : bytes
    }

    /// `1.5 GB`, `320 MB`, `12 kB`, `900 bytes` (decimal units).
    static func byteText(_ bytes: Int) -> String {
        let value = Double(bytes)
        if value >= 1e9 { return String(format: "%.1f GB", value / 1e9) }
        if value >= 1e6 { return String(format: "%.0f MB", value / 1e6) }
        if value >= 1e3 { return String(format: "%.0f kB", value / 1e3) }
        return "\(bytes) bytes"
    }
}
