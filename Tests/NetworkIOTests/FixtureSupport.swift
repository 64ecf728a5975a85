import Foundation
import NetworkIO
import NetworkModel
import Testing

/// Paths of the CSV fixtures and helpers that load them and show their problems without the folder prefix.
enum Fixtures {
    static let folder: String = {
        Bundle.module.path(forResource: "Fixtures", ofType: nil) ?? "Tests/NetworkIOTests/Fixtures"
    }()

    static func path(_ name: String) -> String { folder + "/" + name }

    /// The problems of a load that must fail, as `file:line:column: severity: message (fix: …)` with
    /// paths relative to the fixtures folder.
    static func problems(_ name: String?, options: ImportOptions = ImportOptions()) -> [String] {
        do {
            let result = try NetworkLoader.load(path: name.map(path), options: options)
            Issue.record("expected \(name ?? "the load") to fail, it read \(result.network.tieCount) ties")
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        }
    }

    /// The problems of a load that must fail, for an input outside the fixtures folder (a temporary file).
    static func problems(atPath path: String?, options: ImportOptions = ImportOptions()) -> [String] {
        do {
            let result = try NetworkLoader.load(path: path, options: options)
            Issue.record("expected \(path ?? "the load") to fail, it read \(result.network.tieCount) ties")
            return []
        } catch {
            return error.diagnostics.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
        }
    }

    /// A load that must succeed.
    static func load(_ name: String?, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        do {
            return try NetworkLoader.load(path: name.map(path), options: options)
        } catch {
            Issue.record("load failed:\n\(error)")
            throw error
        }
    }

    /// Warning texts relative to the fixtures folder.
    static func warnings(_ result: ImportResult) -> [String] {
        result.warnings.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
    }

    /// Writes `bytes` to a fresh temporary file and returns its path.
    static func temporaryFile(_ bytes: [UInt8], name: String = "input.csv") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }
}
