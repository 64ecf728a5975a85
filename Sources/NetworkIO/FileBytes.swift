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
    enum OpenFailure: Error {
        case unreadable(String)
    }

    /// Maps the file at `path`.
    init(mapping path: String) throws(OpenFailure) {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
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
