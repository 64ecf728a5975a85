import NetworkIO
import Testing

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        (" padded", "\" padded\""), ("=SUM(A1)", "\"=SUM(A1)\""), ("", ""),
    ])
    func escapesFieldsAsRFC4180(field: String, expected: String) {
        #expect(CSVWriter.escape(field) == expected)
    }

    @Test func writesRows() {
        var writer = CSVWriter()
        writer.writeRow(["id", "label"])
        writer.writeRow(["a", "Ann, Jr."])
        #expect(writer.text == "id,label\na,\"Ann, Jr.\"\n")
    }
}
