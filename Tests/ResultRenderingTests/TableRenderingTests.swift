import NetworkAnalysis
import ResultRendering
import Testing

@Suite struct TableRenderingTests {
    let table = ResultTable(
        columns: ["id", "score", "note"],
        rows: [[.text("a<b"), .real(0.5), .missing], [.text("c"), .integer(3), .flag(true)]])

    @Test func jsonHoldsTypedMetadataThenRowsInColumnOrder() {
        let metadata: ResultMetadata = [
            ("name", .text("x\"y")), ("count", .integer(2)), ("seed", .unsigned(UInt64.max)), ("share", .real(.nan)),
            ("directed", .flag(false)), ("notes", .texts(["one", "two"])), ("group", .none),
        ]
        let expected = """
            {
              "metadata": {
                "name": "x\\"y",
                "count": 2,
                "seed": 18446744073709551615,
                "share": null,
                "directed": false,
                "notes": ["one", "two"],
                "group": null
              },
              "nodes": [
                {"id": "a\\u003cb", "score": 0.5, "note": null},
                {"id": "c", "score": 3, "note": true}
              ]
            }

            """
        #expect(TableRendering.json(table, rowsKey: "nodes", metadata: metadata) == expected)
    }

    @Test func sectionsAreMembersOfOneObjectAndEmptyTablesStayValid() {
        let empty = ResultTable(columns: ["id"])
        let text = TableRendering.json(sections: [("first", table), ("second", empty)])
        #expect(text.hasPrefix("{\n  \"first\": [\n    {\"id\""))
        #expect(text.hasSuffix("\n  ],\n  \"second\": [\n  ]\n}\n"))
    }

    @Test func csvSectionNamesTheOthersInANote() {
        let sections: [NamedTable] = [("first", table), ("second", ResultTable(columns: ["id"]))]
        let chosen = TableRendering.sectioned(
            sections, format: .csv, section: nil, defaultSection: "second", sectionNames: ["first", "second"],
            metadata: [])
        #expect(chosen.text == "id\n")
        #expect(chosen.note?.contains("writing 'second'") == true)
        let named = TableRendering.sectioned(
            sections, format: .csv, section: "first", defaultSection: "second", sectionNames: ["first", "second"],
            metadata: [])
        #expect(named.note == nil)
        #expect(named.text.hasPrefix("id,score,note\n"))
    }

    @Test func metadataReadsPlainlyInNotes() {
        #expect(MetadataValue.text("leiden").plainText == "leiden")
        #expect(MetadataValue.real(1).plainText == "1")
        #expect(MetadataValue.real(0.25).plainText == "0.25")
        #expect(MetadataValue.real(.infinity).plainText == "null")
    }
}
