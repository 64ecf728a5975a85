import Foundation
import NetworkIO
import Testing

/// No input makes the reader trap: random bytes built from CSV's special characters
/// either load or fail with located diagnostics.
@Suite struct RobustnessTests {
    static let alphabet: [[UInt8]] = [
        Array("\"".utf8), Array(",".utf8), Array(";".utf8), Array("\t".utf8), Array("\n".utf8), Array("\r".utf8),
        Array("\r\n".utf8), Array(" ".utf8), Array("a".utf8), Array("b".utf8), Array("|".utf8), Array("-1".utf8),
        Array("2017-02-30".utf8), Array("é".utf8), Array("source,target".utf8), Array("sep=".utf8), [0x00], [0xFF],
        [0xFE], [0xEF, 0xBB, 0xBF], [0xC3], [0xED, 0xA0, 0x80],
    ]

    @Test func randomInputsNeverTrap() throws {
        var random = RoundTripTests.SeededGenerator(state: 7)
        var loaded = 0
        var failed = 0
        for _ in 0..<300 {
            var bytes: [UInt8] = Int.random(in: 0..<2, using: &random) == 0 ? Array("source,target\n".utf8) : []
            for _ in 0..<Int.random(in: 0..<40, using: &random) {
                bytes += Self.alphabet.randomElement(using: &random) ?? []
            }
            let path = try Fixtures.temporaryFile(bytes)
            do {
                _ = try NetworkLoader.load(path: path)
                loaded += 1
            } catch {
                failed += 1
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { $0.severity == .warning || $0.fix != nil })
            }
        }
        #expect(loaded + failed == 300)
        #expect(loaded > 0)
        #expect(failed > 0)
    }

    @Test func oddLengthUTF16IsRefusedClearly() throws {
        let path = try Fixtures.temporaryFile([0xFF, 0xFE, 0x61, 0x00, 0x62])
        do {
            _ = try NetworkLoader.load(path: path)
            Issue.record("expected a failure")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "\(path):1:1: error: the UTF-16 file has an odd number of bytes (fix: save the file as UTF-8 (in Excel: CSV UTF-8))"
            ])
        }
    }
}
