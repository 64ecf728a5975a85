import OutputEscaping
import Testing

/// The CSV-injection rule (OWASP): text cells that a spreadsheet would run as a formula get a `'`.
@Suite struct SpreadsheetEscapingTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tlead", "\rlead", "=", "-", "--x"])
    func formulaCellsAreNeutralised(cell: String) {
        #expect(SpreadsheetEscaping.neutralised(cell) == "'" + cell)
    }

    @Test(arguments: ["-0.5", "-1", "+3", "-1.5e-7", "1e308", "-.5", "0", "plain text", "", "a=b", "café"])
    func numbersAndOrdinaryTextStayAsTheyAre(cell: String) {
        #expect(SpreadsheetEscaping.neutralised(cell) == cell)
    }

    @Test func numberLookalikesAreNeutralised() {
        #expect(SpreadsheetEscaping.neutralised("-inf") == "'-inf")
        #expect(SpreadsheetEscaping.neutralised("-1e") == "'-1e")
        #expect(SpreadsheetEscaping.neutralised("-1 ") == "'-1 ")
        #expect(SpreadsheetEscaping.neutralised("-0x10") == "'-0x10")
    }

    /// A cell that already starts with quotes before a trigger gains one more, so dropping one leading
    /// quote from such a cell always gives the original back.
    @Test func neutralisingCanBeUndone() {
        for cell in ["=x", "'=x", "''=x", "'x", "x", "-0.5", "'-0.5"] {
            let written = SpreadsheetEscaping.neutralised(cell)
            let undone = SpreadsheetEscaping.needsNeutralising(String(written.dropFirst())) && written.hasPrefix("'")
                ? String(written.dropFirst()) : written
            #expect(undone == cell, "\(cell) → \(written) → \(undone)")
        }
    }

    @Test func terminalEscapingShowsControlAndBidiCharactersAsEscapes() {
        #expect(TerminalEscaping.escaped("id\u{1B}[2J") == "id\\u{1B}[2J")
        #expect(TerminalEscaping.escaped("a\u{9B}31m") == "a\\u{9B}31m")
        #expect(TerminalEscaping.escaped("abc\u{202E}fed") == "abc\\u{202E}fed")
        #expect(TerminalEscaping.escaped("tab\tand\nline") == "tab\\u{9}and\\u{A}line")
        #expect(TerminalEscaping.escaped("two\nlines\u{7}", keepingLineBreaks: true) == "two\nlines\\u{7}")
        #expect(TerminalEscaping.escaped("café \\N 🌍") == "café \\N 🌍")
    }

    @Test func markupReplacesEveryNoncharacter() {
        for value: UInt32 in [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = "a"
            text.unicodeScalars.append(scalar)
            text += "b"
            #expect(MarkupEscaping.escape(text) == "a\u{FFFD}b", "\(value)")
        }
        #expect(MarkupEscaping.escape("\u{FDCF}\u{FDF0}\u{FFFD}") == "\u{FDCF}\u{FDF0}\u{FFFD}")
    }

    @Test func dotStringsCarryNoNoncharacters() {
        #expect(DOTEscaping.quoted("a\u{FFFE}b\u{FFFF}") == "\"a\u{FFFD}b\u{FFFD}\"")
    }
}
