import OutputEscaping
import Testing

@Suite struct EscapingTests {
    @Test func jsonEscapesQuotesControlsAndMarkup() {
        #expect(JSONEscaping.quoted("a\"b\\c\nd\u{1}</script>")
            == "\"a\\\"b\\\\c\\nd\\u0001\\u003c/script\\u003e\"")
        #expect(JSONEscaping.quoted("café 🌍") == "\"café 🌍\"")
    }

    @Test func jsonNumbers() {
        #expect(JSONEscaping.number(3) == "3")
        #expect(JSONEscaping.number(0.1) == "0.1")
        #expect(JSONEscaping.number(.nan) == "null")
        #expect(JSONEscaping.number(-.infinity) == "null")
    }

    @Test func markupEscapesTheFiveEntities() {
        #expect(MarkupEscaping.escape("<script>alert('x') & \"y\"</script>")
            == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        #expect(MarkupEscaping.escape("nul\u{0}") == "nul\u{FFFD}")
    }

    @Test func dotStringsCannotBeClosedByData() {
        #expect(DOTEscaping.quoted("\"];x[label=\"pwned") == "\"\\\"];x[label=\\\"pwned\"")
        #expect(DOTEscaping.quoted("ends in \\") == "\"ends in \\\\\"")
        #expect(DOTEscaping.quoted("\\N") == "\"\\\\N\"")
        #expect(DOTEscaping.quoted("two\nlines") == "\"two\\nlines\"")
    }
}
