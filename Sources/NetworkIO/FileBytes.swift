import Foundation

/// The bytes of a file, mapped into memory read-only (or, for text that had to
/// be re-encoded, held on the heap). Mapped pages the reader has passed can be
/// handed back to the system with ``release(before:)``, so reading a large file
/// does not keep it all resident; if a problem must later be located there,
/// the pages are read again from the file.
final class FileBytes {
    private enum Storage {
        case mapped(base: UnsafeMutableRawPointer, length: Int)
        case heap(UnsafeMutableBufferPointer<UInt8>)
        case empty
    }

    private let storage: Storage
    /// Bytes released so far, from the start of the mapping.
    private var releasedLength = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// All bytes of the file.
    let bytes: UnsafeBufferPointer<UInt8>

    /// Why a file could not be opened.
    enum OpenFailure: Error, CustomStringConvertible {
        case unreadable(String)

        var description: String {
            switch self {
            case .unreadable(let reason): return reason
            }
        }
    }

    /// Maps the file at `path`; a pipe, FIFO, process substitution (`/dev/fd/63`), `/dev/stdin` or `-`
    /// (standard input) is read to its end onto the heap instead (such files have no size to map).
    /// Waiting for a writer or for more bytes gives up after ``pipeTimeout``, so a FIFO nobody writes
    /// into fails with a message instead of hanging.
    init(mapping path: String) throws(OpenFailure) {
        let isStandardInput = path == "-"
        let descriptor = isStandardInput ? STDIN_FILENO : Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { if !isStandardInput { close(descriptor) } }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let contents = try Self.readStream(descriptor, timeout: Self.pipeTimeout)
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(contents.count, 1))
            _ = buffer.initialize(from: contents)
            storage = .heap(buffer)
            bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[0..<contents.count])
            return
        }
        let length = Int(status.st_size)
        guard length > 0 else {
            storage = .empty
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let base = mmap(nil, length, PROT_READ, MAP_PRIVATE, descriptor, 0),
            base != UnsafeMutableRawPointer(bitPattern: -1)
        else { throw .unreadable(String(cString: strerror(errno))) }
        storage = .mapped(base: base, length: length)
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: length)
    }

    /// How long, in seconds, a read from a pipe waits for a writer or for the next bytes: 60, or the
    /// value of the environment variable `LIAISON_PIPE_TIMEOUT`.
    static var pipeTimeout: Double {
        if let text = ProcessInfo.processInfo.environment["LIAISON_PIPE_TIMEOUT"], let value = Double(text), value > 0 {
            return value
        }
        return 60
    }

    /// Reads a pipe, FIFO or device to its end, waiting at most `timeout` seconds each time no byte is ready.
    private static func readStream(_ descriptor: Int32, timeout: Double) throws(OpenFailure) -> [UInt8] {
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let milliseconds = Int32(min(timeout * 1000, Double(Int32.max)))
        while true {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if ready == 0 {
                let seconds = timeout == timeout.rounded() ? String(Int(timeout)) : String(timeout)
                throw .unreadable(
                    "no data arrived within \(seconds) s: nothing is writing into this pipe (set LIAISON_PIPE_TIMEOUT to wait longer)")
            }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { return contents }
            contents.append(contentsOf: chunk[0..<count])
        }
    }

    /// Holds a copy of `contents` on the heap.
    init(copying contents: [UInt8]) {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(contents.count, 1))
        _ = buffer.initialize(from: contents)
        storage = .heap(buffer)
        bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(buffer)[0..<contents.count])
    }

    deinit {
        switch storage {
        case .mapped(let base, let length): munmap(base, length)
        case .heap(let buffer): buffer.deallocate()
        case .empty: break
        }
    }

    /// Lets the system drop the resident pages of a mapped file before `offset` (whole pages only).
    func release(before offset: Int) {
        guard case .mapped(let base, let length) = storage else { return }
        let end = min(offset, length) / Self.pageSize * Self.pageSize
        guard end > releasedLength else { return }
        madvise(base + releasedLength, end - releasedLength, Int32(MADV_DONTNEED))
        releasedLength = end
    }

    /// Lets the system drop every resident page of a mapped file, after a full pass over it.
    func releaseAll() {
        guard case .mapped(let base, let length) = storage else { return }
        madvise(base, length, Int32(MADV_DONTNEED))
        releasedLength = 0
    }
}
