import Foundation

/// Writes several files that belong together (a nodes table and its ties table) so that the folder
/// holding them shows either the old set or the whole new one, never a mix.
///
/// The files are written into a temporary folder beside the destination (``TemporaryFileNaming``),
/// which then takes the destination's place in one step: `rename` when the destination does not
/// exist, `renameat2(RENAME_EXCHANGE)` when it does (the old folder, now under the temporary name,
/// is then removed). Other files already in the destination folder are hard-linked into the new
/// one first, so they stay. A run killed at any point leaves the destination as it was before or
/// as it is after, plus at most a temporary folder that the next run into the same parent removes.
public enum AtomicFolderWriter {
    /// Writes `files` (name and bytes) into the folder `path`, creating it (its parent must exist).
    public static func write(_ files: [(name: String, data: Data)], toFolder path: String) throws(AtomicFileWriter.WriteError) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let destination = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw .init(path: path, reason: "the folder \(parent) does not exist")
        }
        let exists = FileManager.default.fileExists(atPath: destination, isDirectory: &isFolder)
        if exists && !isFolder.boolValue {
            throw .init(path: path, reason: "it is a file, not a folder")
        }
        TemporaryFileNaming.removeStale(in: parent)
        let temporary = (parent as NSString).appendingPathComponent(
            TemporaryFileNaming.temporaryName(for: url.lastPathComponent))
        guard mkdir(temporary, 0o777) == 0 else {
            throw .init(path: path, reason: "the folder \(parent) is not writable (\(String(cString: strerror(errno))))")
        }
        do throws(AtomicFileWriter.WriteError) {
            for file in files {
                try AtomicFileWriter.write(file.data, to: (temporary as NSString).appendingPathComponent(file.name))
            }
            if exists {
                try keepOtherEntries(of: destination, in: temporary, except: Set(files.map(\.name)), shownAs: path)
                try exchange(temporary, destination, shownAs: path)
                try? FileManager.default.removeItem(atPath: temporary)
            } else {
                guard rename(temporary, destination) == 0 else {
                    throw .init(path: path, reason: String(cString: strerror(errno)))
                }
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Hard-links every entry of `folder` that the export does not replace into `temporary`, so the
    /// exchange keeps them. A sub-folder cannot be hard-linked: it is refused rather than lost.
    private static func keepOtherEntries(
        of folder: String, in temporary: String, except replaced: Set<String>, shownAs shown: String
    ) throws(AtomicFileWriter.WriteError) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw .init(path: shown, reason: "cannot list the folder")
        }
        for name in names where !replaced.contains(name) {
            let source = (folder as NSString).appendingPathComponent(name)
            let target = (temporary as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(source, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                throw .init(
                    path: shown,
                    reason: "it holds the folder \(name); write the export into a new or empty folder")
            }
            guard link(source, target) == 0 || symlinkCopy(source, target, status) else {
                throw .init(path: shown, reason: "cannot keep \(name) beside the new files (\(String(cString: strerror(errno))))")
            }
        }
        var status = stat()
        if stat(folder, &status) == 0 { chmod(temporary, status.st_mode & 0o7777) }
    }

    /// A symbolic link cannot always be hard-linked (some file systems): copy the link itself.
    private static func symlinkCopy(_ source: String, _ target: String, _ status: stat) -> Bool {
        guard status.st_mode & S_IFMT == S_IFLNK,
            let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: source)
        else { return false }
        return symlink(destination, target) == 0
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, which Swift's Glibc module does not export; looked up once.
    private static let renameat2: RenameAt2? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
        .map { unsafeBitCast($0, to: RenameAt2.self) }

    /// Swaps the two folders in one step. Where the file system cannot (`EINVAL`, `ENOSYS`), the
    /// destination is renamed aside and the new folder renamed into place: a kill between the two
    /// leaves no folder at the destination (so nothing mixed to read) and both sets of files kept.
    private static func exchange(_ temporary: String, _ destination: String, shownAs shown: String) throws(AtomicFileWriter.WriteError) {
        let renameExchange: UInt32 = 2
        if let renameat2, renameat2(AT_FDCWD, temporary, AT_FDCWD, destination, renameExchange) == 0 { return }
        if renameat2 != nil && errno != EINVAL && errno != ENOSYS {
            throw .init(path: shown, reason: String(cString: strerror(errno)))
        }
        let aside = ((destination as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
            ".liaison-old-\(getpid())-" + URL(fileURLWithPath: destination).lastPathComponent)
        guard rename(destination, aside) == 0 else { throw .init(path: shown, reason: String(cString: strerror(errno))) }
        guard rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside, destination)
            throw .init(path: shown, reason: reason)
        }
        // The old files now sit under the temporary name the caller removes.
        _ = rename(aside, temporary)
    }
}
