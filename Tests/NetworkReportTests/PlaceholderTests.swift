import Testing
import NetworkReport

@Suite struct NetworkReportTargetTests {
    @Test func targetBuilds() { #expect(Bool(true)) }
}
