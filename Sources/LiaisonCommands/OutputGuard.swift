import Foundation
import NetworkIO

/// The checks made on `-o` before a command reads or computes anything, so a mistake costs nothing:
///
/// - `-o` naming a file the command reads (the input, `--nodes`, `--edges`, a style or vocabulary
///   file, also through a symbolic or hard link) is refused with exit status 64: the result would
///   replace the data it was computed from.
/// - A two-file export (`--to csv`, `--to kumu`) into the folder the input is read from is refused
///   the same way.
/// - A missing parent folder, or `-o` naming a folder where a file is written, is reported with exit
///   status 73 before the work starts, not after it.
///
/// `-o -` (standard output) and devices such as `/dev/null` pass.
enum OutputGuard {
    /// A file as the system knows it: two paths are the same file when device and inode agree.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        /// The identity of what `path` names (following symbolic links), or nil when nothing is there.
        init?(_ path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    /// Checks `output` against the paths the command reads; prints the problem and throws its exit code.
    /// - Parameters:
    ///   - reads: every file or folder the command reads; a folder stands for itself and its files.
    ///   - writesFolder: whether `output` names a folder the command writes files into.
    static func check(_ output: String?, reads: [String], writesFolder: Bool = false) throws {
        guard let output, output != "-" else { return }
        if let problem = clash(output, reads: reads, writesFolder: writesFolder) {
            CommandContext.printError("error: \(problem) (fix: write the result to another \(writesFolder ? "folder" : "file") with -o)")
            throw LiaisonExitCode.usage
        }
        if let problem = unwritable(output, writesFolder: writesFolder) {
            CommandContext.printError("error: cannot write \(output): \(problem)")
            throw LiaisonExitCode.cannotWrite
        }
    }

    /// Why writing `output` would overwrite something the command reads, or nil.
    static func clash(_ output: String, reads: [String], writesFolder: Bool) -> String? {
        var files: [FileIdentity: String] = [:]
        var folders: [FileIdentity: String] = [:]
        for path in reads {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                if let identity = FileIdentity(path) { folders[identity] = path }
                for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    let file = (path as NSString).appendingPathComponent(name)
                    if let identity = FileIdentity(file) { files[identity] = file }
                }
            } else {
                if let identity = FileIdentity(path) { files[identity] = path }
                let parent = (path as NSString).deletingLastPathComponent
                if let identity = FileIdentity(parent.isEmpty ? "." : parent) { folders[identity] = parent.isEmpty ? "." : parent }
            }
        }
        guard let target = FileIdentity(output) else { return nil }
        if let read = files[target] {
            return "-o \(output) is \(read), which this command reads; writing there would replace the input"
        }
        if writesFolder, let read = folders[target] {
            return "-o \(output) is the folder \(read), which the input is read from; the export would replace its files"
        }
        return nil
    }

    /// Why `output` cannot be written, judged before any work (missing parent folder, a folder in the
    /// way), or nil.
    static func unwritable(_ output: String, writesFolder: Bool) -> String? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) {
            if isFolder.boolValue && !writesFolder { return "it is a folder (fix: name a file inside it)" }
            if !isFolder.boolValue && writesFolder { return "it is a file, not a folder (fix: name a folder with -o)" }
            return nil
        }
        var status = stat()
        if lstat(output, &status) == 0 { return nil }  // a dangling symbolic link: its target is created
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            return "the folder \(parent) does not exist (fix: create it first, or choose another -o)"
        }
        return nil
    }
}

extension InputOptions {
    /// Every file and folder these options make the command read.
    var readPaths: [String] {
        [
            path, nodes, edges, affiliation, vocabulary, surveyInput.survey, surveyInput.roster, surveyInput.matches,
        ].compactMap { $0 }.filter { $0 != "-" }
    }
}
