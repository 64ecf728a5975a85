import Foundation

/// How Liaison names the temporary files and folders it writes before renaming them into place, and
/// how it cleans up after a run that was killed before it could.
///
/// A temporary is named `.liaison-tmp-<pid>-<random>-<final name>`: hidden, recognisably Liaison's,
/// and naming both the file it was to become and the process that wrote it. Before writing into a
/// folder, Liaison removes every such entry there whose process no longer runs (`kill(pid, 0)` fails
/// with `ESRCH`); a temporary of a live process, or of one it cannot check, is left alone.
public enum TemporaryFileNaming {
    /// The prefix of every temporary file and folder.
    public static let prefix = ".liaison-tmp-"

    /// A fresh temporary name for `finalName` in the same folder.
    static func temporaryName(for finalName: String) -> String {
        let random = UUID().uuidString.prefix(8).lowercased()
        return "\(prefix)\(getpid())-\(random)-\(finalName)"
    }

    /// The process id a temporary name carries, or nil when `name` is not a temporary of Liaison's.
    static func writerProcess(of name: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let pid = pid_t(digits), pid > 0 else { return nil }
        return pid
    }

    /// Removes the temporaries in `folder` left by processes that have ended; returns their names.
    @discardableResult
    public static func removeStale(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names {
            guard let pid = writerProcess(of: name), pid != getpid() else { continue }
            guard kill(pid, 0) == -1, errno == ESRCH else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            if (try? FileManager.default.removeItem(atPath: path)) != nil { removed.append(name) }
        }
        return removed
    }
}
