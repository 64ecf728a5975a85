// libFuzzer entry for the whole loader (`NetworkLoader.load`): the input is split into a nodes table and a
// ties table at the first line `#ties`; without that line the whole input is a single edges file, and an
// input starting with the line `#affiliation` is read as an affiliation table. The tables are written to
// scratch files and loaded as the command line would load them. Compiled into the NetworkIO module by
// scripts/fuzz.sh.
import Foundation

private let scratchFolder: String = {
    let folder = ProcessInfo.processInfo.environment["LIAISON_FUZZ_SCRATCH"] ?? "/dev/shm"
    return "\(folder)/liaison-fuzz-loader-\(getpid())"
}()

private let tiesMarker = Array("\n#ties\n".utf8)
private let affiliationMarker = Array("#affiliation\n".utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    try? FileManager.default.createDirectory(atPath: scratchFolder, withIntermediateDirectories: true)
    let nodesPath = scratchFolder + "/nodes.csv"
    let tiesPath = scratchFolder + "/edges.csv"
    var options = ImportOptions()
    if input.starts(with: affiliationMarker) {
        guard write(input[affiliationMarker.count...], to: tiesPath) else { return 0 }
        options.affiliationPath = tiesPath
        load(path: nil, options: options)
    } else if let split = firstIndex(of: tiesMarker, in: input) {
        guard write(input[..<split], to: nodesPath), write(input[(split + tiesMarker.count)...], to: tiesPath)
        else { return 0 }
        load(path: scratchFolder, options: options)
        options.createMissingNodes = true
        load(path: scratchFolder, options: options)
    } else {
        try? FileManager.default.removeItem(atPath: nodesPath)
        guard write(input[...], to: tiesPath) else { return 0 }
        load(path: tiesPath, options: options)
    }
    return 0
}

/// Loads and checks the contract: a network with warnings, or a failure listing located problems with fixes.
private func load(path: String?, options: ImportOptions) {
    do {
        let result = try NetworkLoader.load(path: path, options: options)
        precondition(result.warnings.allSatisfy { $0.severity == .warning }, "an error among the warnings")
        _ = result.network.nodes.count
    } catch {
        precondition(!error.diagnostics.isEmpty, "a failure without a diagnostic")
        precondition(error.diagnostics.contains { $0.severity == .error }, "a failure without an error")
        precondition(error.diagnostics.allSatisfy { $0.severity == .warning || $0.fix != nil }, "an error without a fix")
    }
}

private func write(_ bytes: ArraySlice<UInt8>, to path: String) -> Bool {
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
}

private func firstIndex(of marker: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= marker.count else { return nil }
    for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
        if bytes[start..<(start + marker.count)].elementsEqual(marker) { return start }
    }
    return nil
}
