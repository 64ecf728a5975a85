// libFuzzer entry for the CSV reader: the tokenizer over the raw bytes with each delimiter, then the
// whole `CSVSource` path (decoding, dialect detection, tokenizing, field strings, source locations)
// over the same bytes written to a scratch file. Compiled into the NetworkIO module by scripts/fuzz.sh,
// so it reaches the reader's internal types.
import Foundation

/// One scratch file per fuzzing process, rewritten for each input.
private let scratchPath: String = {
    let folder = ProcessInfo.processInfo.environment["LIAISON_FUZZ_SCRATCH"] ?? "/dev/shm"
    return "\(folder)/liaison-fuzz-csv-\(getpid()).csv"
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = UnsafeBufferPointer(start: data, count: size)
    for delimiter in [UInt8(ascii: ","), UInt8(ascii: ";"), 9] {
        tokenizeAll(input, delimiter: delimiter)
    }
    guard FileManager.default.createFile(atPath: scratchPath, contents: Data(input)) else { return 0 }
    var diagnostics = DiagnosticCollector()
    if let source = CSVSource.open(path: scratchPath, diagnostics: &diagnostics) {
        var tokenizer = source.tokenizer()
        var fields: [CSVField] = []
        var records = 0
        while let start = tokenizer.nextRecord(into: &fields) {
            records += 1
            precondition(start < source.bytes.count, "a record starts past the end of the text")
            for field in fields {
                precondition(field.start <= field.end && field.end <= source.bytes.count, "field out of range")
                _ = source.string(field)
                _ = source.field(field, equalsIgnoringCase: "source")
                let location = source.location(of: field.origin)
                precondition(location.line >= 1 && location.column >= 1, "location before the start")
            }
            source.release(before: tokenizer.position)
        }
        source.report(tokenizer.problems, into: &diagnostics)
        precondition(records <= source.lineCountEstimate, "more records than lines")
    }
    return 0
}

/// Runs the tokenizer over `bytes` to the end, checking that it always moves forward and stays in range.
private func tokenizeAll(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
    var tokenizer = CSVTokenizer(bytes: bytes, delimiter: delimiter, start: 0)
    var fields: [CSVField] = []
    var previous = -1
    while let start = tokenizer.nextRecord(into: &fields) {
        precondition(start > previous && tokenizer.position > start, "the tokenizer did not move forward")
        precondition(!fields.isEmpty, "a record without fields")
        for field in fields {
            precondition(field.origin <= field.start && field.start <= field.end && field.end <= bytes.count)
        }
        previous = start
    }
}
