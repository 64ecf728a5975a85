import Foundation
import NetworkIO
import Testing

/// Problems in the CSV text itself: quotes, encodings, shape of rows and headers.
@Suite struct SyntaxErrorTests {
    @Test func unclosedQuoteIsReportedAtTheOpeningQuote() {
        #expect(Fixtures.problems("unclosed-quote.csv") == [
            "unclosed-quote.csv:3:3: error: this quoted field is never closed, so it runs to the end of the file (fix: add the closing quote, and write each quote inside the field twice (\"\"))"
        ])
    }

    @Test func strayQuoteInUnquotedField() {
        #expect(Fixtures.problems("stray-quote.csv") == [
            "stray-quote.csv:2:4: error: a quote appears inside an unquoted field (fix: put the whole field in quotes and write the quote inside it twice (\"\"))"
        ])
    }

    @Test func textAfterClosingQuote() {
        #expect(Fixtures.problems("text-after-quote.csv") == [
            "text-after-quote.csv:2:4: error: text follows the closing quote of a quoted field (fix: write a quote inside a quoted field twice (\"\"), or move the text inside the quotes)"
        ])
    }

    @Test func raggedRowsTooManyAndTooFew() {
        #expect(Fixtures.problems("ragged.csv") == [
            "ragged.csv:2:7: error: this row has 4 fields but the header names 3 columns (fix: quote values that contain the delimiter, or name the extra column in the header)",
            "ragged.csv:3:4: error: this row has 2 fields but the header names 3 columns (missing \"weight\") (fix: add the missing fields, leaving a field empty between delimiters (a,,c) when it has no value)",
        ])
    }

    @Test func emptyFile() {
        #expect(Fixtures.problems("empty.csv") == [
            "empty.csv:1:1: error: the file is empty (fix: add a header row, e.g. source,target, and one row per tie)"
        ])
    }

    @Test func headerOnly() {
        #expect(Fixtures.problems("header-only.csv") == [
            "header-only.csv:1:1: error: the ties table has a header but no rows (fix: add one row per tie under the header)"
        ])
    }

    @Test func missingRequiredColumn() {
        #expect(Fixtures.problems("missing-column.csv") == [
            "missing-column.csv:1:1: error: the ties table has no source column (fix: add a column named source (also read as from or src) holding each tie's source id)"
        ])
    }

    @Test func duplicateHeader() {
        #expect(Fixtures.problems("duplicate-header.csv") == [
            "duplicate-header.csv:1:22: error: column \"weight\" appears twice in the header (columns 3 and 4) (fix: rename or remove one of the two columns)"
        ])
    }

    @Test func invalidUTF8IsLocatedInCharacters() {
        #expect(Fixtures.problems("invalid-utf8.csv") == [
            "invalid-utf8.csv:2:4: error: byte 0xE9 is not valid UTF-8 (fix: save the file as UTF-8 (in Excel: CSV UTF-8), or correct the character)"
        ])
    }

    @Test func nulBytes() {
        #expect(Fixtures.problems("nul.csv") == [
            "nul.csv:2:2: error: the file holds a NUL byte (fix: save it as UTF-8 text; NUL bytes come from UTF-16 without a byte-order mark or from binary files)"
        ])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(Fixtures.problems("unicode-column.csv") == [
            "unicode-column.csv:2:7: error: weight \"-1\" is negative (fix: use a strength of 0 or more, or leave it empty for 1)"
        ])
    }

    @Test(arguments: ["utf16le.csv", "utf16be.csv"])
    func utf16WithByteOrderMarkIsDecoded(name: String) throws {
        let result = try Fixtures.load(name)
        #expect(result.network.nodes.map(\.id) == ["ä", "b"])
        #expect(result.notes.contains { $0.contains("decoded from UTF-16") })
    }

    @Test func missingFileAndFolder() {
        #expect(Fixtures.problems("no-such.csv") == [
            "error: cannot read no-such.csv: there is no such file or folder (fix: check the path and its spelling)"
        ])
    }
}
