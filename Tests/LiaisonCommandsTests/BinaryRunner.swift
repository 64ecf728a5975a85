import Foundation

/// Runs the built `liaison` binary, as a user would, and captures what it prints.
enum BinaryRunner {
    struct Outcome {
        let status: Int32
        let standardOutput: String
        let standardError: String
        /// Whether the process ended by a signal (a crash or a trap) rather than exiting.
        let crashed: Bool
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The `liaison` executable next to the test bundle (same build folder).
    static var executable: URL {
        get throws {
            let products = Bundle.main.bundleURL.deletingLastPathComponent()
            for folder in [products, Bundle.main.bundleURL, products.deletingLastPathComponent()] {
                let candidate = folder.appendingPathComponent("liaison")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
            struct Missing: Error, CustomStringConvertible {
                let description = "the liaison binary was not found beside the tests; run `swift build` first"
            }
            throw Missing()
        }
    }

    static func run(_ arguments: [String], in directory: URL = repositoryRoot) throws -> Outcome {
        try launch(try executable, arguments, in: directory)
    }

    /// Runs `script` with bash (for pipes, redirections and process substitution).
    static func runShell(_ script: String, in directory: URL = repositoryRoot) throws -> Outcome {
        try launch(URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: directory)
    }

    /// Runs a program to its end and collects its exit, output and whether a signal ended it.
    private static func launch(_ program: URL, _ arguments: [String], in directory: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self),
            crashed: process.terminationReason == .uncaughtSignal)
    }
}
