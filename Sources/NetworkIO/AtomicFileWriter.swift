import Foundation

/// Writes a file so that readers see either the old file or the whole new one:
/// the bytes go to a temporary file in the same folder (``TemporaryFileNaming``), which is then
/// renamed over the destination. A failure leaves the previous file as it was.
///
/// - An existing regular file keeps its permission bits (and, where allowed, its owner).
/// - A symbolic link is written through: the file it names is replaced, the link stays.
/// - A device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is written into directly,
///   never replaced by a regular file; a FIFO nobody reads is refused instead of waited on.
/// - `-` is not special here; commands send `-o -` to standard output themselves.
public enum AtomicFileWriter {
    /// Why a file could not be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }

        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let destination = try resolvedDestination(path)
        var status = stat()
        if stat(destination, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw WriteError(path: path, reason: "it is a folder")
            default:
                try writeThrough(data, to: destination, isFIFO: status.st_mode & S_IFMT == S_IFIFO, shownAs: path)
                return
            }
        }
        let existingMode: mode_t? = stat(destination, &status) == 0 ? status.st_mode & 0o7777 : nil
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw WriteError(path: path, reason: "the folder \(folder) does not exist")
        }
        TemporaryFileNaming.removeStale(in: folder)
        let temporary = (folder as NSString).appendingPathComponent(
            TemporaryFileNaming.temporaryName(for: url.lastPathComponent))
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw WriteError(path: path, reason: "the folder is not writable (\(String(cString: strerror(errno))))")
        }
        var failure = writeAll(data, to: descriptor)
        if failure == nil, let existingMode {
            _ = fchown(descriptor, status.st_uid, status.st_gid)
            if fchmod(descriptor, existingMode) != 0 { failure = String(cString: strerror(errno)) }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: "the disk is full or the folder not writable (\(failure))")
        }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Data(text.utf8), to: path)
    }

    /// The file a write to `path` must replace: `path` itself, or what the chain of symbolic links
    /// starting there names (a dangling link's target is created).
    static func resolvedDestination(_ path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw WriteError(path: path, reason: "cannot read the symbolic link \(current)")
            }
            current = target.hasPrefix("/")
                ? target : (((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target))
        }
        throw WriteError(path: path, reason: "too many levels of symbolic links")
    }

    /// Writes into a device, FIFO or socket as it is. A FIFO is opened without blocking, so one that
    /// no process reads is reported at once instead of hanging the command.
    private static func writeThrough(_ data: Data, to path: String, isFIFO: Bool, shownAs shown: String) throws(WriteError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | (isFIFO ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            if isFIFO && errno == ENXIO {
                throw WriteError(path: shown, reason: "it is a named pipe that no program is reading")
            }
            throw WriteError(path: shown, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        if isFIFO {
            let flags = fcntl(descriptor, F_GETFL)
            _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK)
        }
        if let failure = writeAll(data, to: descriptor) { throw WriteError(path: shown, reason: failure) }
    }

    /// Writes every byte, retrying short writes and interruptions; the error text on failure.
    static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return nil }
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
