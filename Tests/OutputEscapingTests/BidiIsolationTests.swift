import OutputEscaping
import Testing

/// Bidi controls in data are balanced and isolated, so they cannot reorder the report around them.
@Suite struct BidiIsolationTests {
    @Test func textWithoutBidiControlsIsUnchanged() {
        #expect(BidiIsolation.isolated("Ashford Vale") == "Ashford Vale")
        #expect(BidiIsolation.isolated("שלום עולם") == "שלום עולם")
    }

    @Test func unclosedOverrideIsClosedInsideAnIsolate() {
        #expect(BidiIsolation.isolated("gpj\u{202E}.exe") == "\u{2068}gpj\u{202E}.exe\u{202C}\u{2069}")
        #expect(BidiIsolation.isolated("\u{2067}x") == "\u{2068}\u{2067}x\u{2069}\u{2069}")
    }

    /// A stray closer in the data would otherwise end the wrapping isolate early.
    @Test func strayClosersAreDropped() {
        #expect(BidiIsolation.isolated("x\u{2069}\u{202E}evil") == "\u{2068}x\u{202E}evil\u{202C}\u{2069}")
        #expect(BidiIsolation.isolated("\u{202C}y") == "\u{2068}y\u{2069}")
    }

    @Test func balancedControlsStayAsTheyAre() {
        #expect(BidiIsolation.isolated("a\u{2066}b\u{2069}c") == "\u{2068}a\u{2066}b\u{2069}c\u{2069}")
        #expect(BidiIsolation.isolated("a\u{202B}b\u{202C}c") == "\u{2068}a\u{202B}b\u{202C}c\u{2069}")
    }
}
