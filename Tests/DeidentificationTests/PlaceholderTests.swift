import Testing
import Deidentification

@Suite struct DeidentificationTargetTests {
    @Test func targetBuilds() { #expect(Bool(true)) }
}
