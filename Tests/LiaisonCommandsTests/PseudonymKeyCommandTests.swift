import Foundation
import Testing

/// Issue 16, de-identification: a guessable pseudonym key makes pseudonyms reversible, so short keys are
/// refused and `--generate-key` offers a random one.
@Suite struct PseudonymKeyCommandTests {
    @Test func keysShorterThanSixteenBytesAreRefused() throws {
        let outcome = try InProcessRunner.run(["metrics", "datasets/karate", "--anonymize", "--anonymize-key", "demo"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--anonymize-key is 4 bytes; use at least 16"))
        #expect(outcome.standardError.contains("--generate-key"))
        #expect(outcome.standardOutput.isEmpty)
        let long = try InProcessRunner.run(
            ["metrics", "datasets/karate", "--anonymize", "--anonymize-key", "sixteen bytes ok", "--format", "csv"])
        #expect(long.status == 0, "\(long.standardError)")
    }

    @Test func generateKeyPrintsARandomKeyWithoutInput() throws {
        let first = try InProcessRunner.run(["inspect", "--generate-key"])
        let second = try InProcessRunner.run(["metrics", "--generate-key"])
        #expect(first.status == 0 && second.status == 0)
        let key = first.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(key.count == 64 && key.allSatisfy(\.isHexDigit), "\(key)")
        #expect(key != second.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
