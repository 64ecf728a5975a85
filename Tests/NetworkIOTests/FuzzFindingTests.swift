import Foundation
@testable import NetworkIO
import Testing

/// Regression tests for what the libFuzzer targets (Fuzz/, scripts/fuzz.sh) found.
@Suite struct FuzzFindingTests {
    /// Found by the csv-reader target: with lone `\r` line ends, the line count the ties reader reserves
    /// room from was below the number of records (it counted only `\n`).
    @Test func lineCountBoundsTheRecordsWithLoneCarriageReturns() throws {
        for text in ["a;b\ra;c\rb;c", "a,b\r\nc,d\re,f\n\rg,h\r", "a\r\r\rb", "x\n\r\n\ry"] {
            let path = try Fixtures.temporaryFile(Array(text.utf8))
            var diagnostics = DiagnosticCollector()
            let source = try #require(CSVSource.open(path: path, diagnostics: &diagnostics))
            var tokenizer = source.tokenizer()
            var fields: [CSVField] = []
            var records = 0
            while tokenizer.nextRecord(into: &fields) != nil { records += 1 }
            #expect(records <= source.lineCountEstimate, "\(text.debugDescription)")
        }
    }

    /// The input the fuzzer saved: semicolons, lone `\r` and NUL bytes; it must fail cleanly, naming the file.
    /// (Mostly control bytes, it is now refused as a binary file before CSV parsing, with one error.)
    @Test func theSavedInputFailsWithLocatedDiagnostics() throws {
        let bytes: [UInt8] = [
            0x73, 0x96, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x73, 0x00,
            0x0D, 0x00, 0x00, 0x6F, 0x75, 0x72, 0x63, 0x65, 0x3B, 0x74, 0x61, 0x72, 0x67, 0x65, 0x74, 0x3B,
            0x77, 0x9D, 0x69, 0x67, 0x68, 0x74, 0x0D, 0x0A, 0x61, 0x3B, 0x62, 0x3B, 0x30, 0x2C, 0x39, 0x0D, 0x0A,
        ]
        let path = try Fixtures.temporaryFile(bytes)
        do {
            _ = try NetworkLoader.load(path: path)
            Issue.record("expected a failure")
        } catch {
            #expect(error.diagnostics.contains {
                $0.severity == .error && ($0.location?.file == path || $0.message.hasPrefix("cannot read \(path): "))
            })
        }
    }
}
