import NetworkIO
import NetworkModel
import Testing

/// Files from other tools and dialects: Kumu, Gephi, affiliation tables, delimiters, BOM, CRLF, blank lines.
@Suite struct FormatTests {
    @Test func canonicalFolderLoadsEverything() throws {
        let result = try Fixtures.load("canonical")
        let network = result.network
        #expect(network.nodes.map(\.id) == ["ann", "bob", "hub"])
        #expect(network.node(id: "hub")?.label == "The Hub, Ltd.")
        #expect(network.node(id: "bob")?.label == "bob")
        #expect(network.node(id: "ann")?.attributes == ["city": "Leeds"])
        #expect(network.nodeAttributeNames == ["city"])
        #expect(result.hasDirectionColumn)
        let first = try #require(network.ties.first)
        #expect(first.kind == .memberOf)
        #expect(first.weight == 2)
        #expect(first.start?.description == "2017")
        #expect(first.end?.description == "2019-06")
        #expect(first.wave == "w1")
        #expect(first.attributes == ["note": "said \"hi\"\non day one"])
        let second = network.ties[1]
        #expect(second.direction == .undirected)
        #expect(second.weight == 0.5)
        #expect(second.start?.description == "2018-03-24")
        #expect(result.warnings.isEmpty)
    }

    @Test func kumuExportLoadsUnedited() throws {
        var options = ImportOptions()
        options.nodesPath = Fixtures.path("kumu/elements.csv")
        options.edgesPath = Fixtures.path("kumu/connections.csv")
        let result = try Fixtures.load(nil, options: options)
        let network = result.network
        #expect(network.nodes.map(\.id) == ["Ann", "Bob", "The Hub"])
        #expect(network.node(id: "Ann")?.kind == .person)
        #expect(network.node(id: "Ann")?.attributes == ["Description": "Founder", "Tags": "climate|food"])
        #expect(network.ties.count == 3)
        let ends = network.ties.map { "\(network.nodes[Int($0.source)].id)->\(network.nodes[Int($0.target)].id)" }
        #expect(ends == ["Ann->The Hub", "Bob->The Hub", "Ann->Bob"])
        #expect(network.ties[0].kind == TieKind(rawValue: "member of"))
        #expect(network.ties[0].weight == 3)
        #expect(network.ties[2].direction == .mutual)
        #expect(result.hasDirectionColumn)
    }

    @Test func gephiTypeIsReadAsDirection() throws {
        let result = try Fixtures.load("gephi")
        #expect(result.hasDirectionColumn)
        #expect(result.network.ties.map(\.direction) == [.directed, .undirected])
        #expect(result.network.ties.map(\.kind) == [.tie, .tie])
        #expect(result.network.ties.map(\.weight) == [1, 2.5])
        #expect(result.network.node(id: "2")?.label == "Bob")
        #expect(result.network.tieAttributeNames == ["Id", "Label"])
        #expect(result.notes == [
            "\(Fixtures.path("gephi/edges.csv")): column Type read as the tie direction (values: Directed, Undirected)"
        ])
    }

    @Test func kumuTypeIsReadAsKind() throws {
        let result = try Fixtures.load("kumu-type")
        #expect(!result.hasDirectionColumn)
        #expect(result.network.ties.map(\.kind) == ["friendship", "undirected"])
        #expect(result.network.ties.map(\.direction) == [.undirected, .undirected])
        #expect(result.notes == [
            "\(Fixtures.path("kumu-type/edges.csv")): column Type read as the tie kind (values: Friendship)"
        ])
    }

    @Test func affiliationTableMakesTypedNodesAndTies() throws {
        var options = ImportOptions()
        options.affiliationPath = Fixtures.path("affiliation.csv")
        let result = try Fixtures.load(nil, options: options)
        let network = result.network
        #expect(network.nodes.map(\.id) == ["ann", "garden", "bob", "library"])
        #expect(network.nodes.map(\.kind) == [.person, .initiative, .person, .initiative])
        #expect(network.ties.map(\.kind) == [.participatesIn, .participatesIn, .participatesIn])
        #expect(network.ties.map(\.direction) == [.directed, .directed, .directed])
        #expect(network.ties[0].attributes == ["role": "lead"])
        #expect(network.ties[0].start?.description == "2017-03")
        #expect(network.ties[1].attributes.isEmpty)
    }

    @Test func edgesFileAloneIsUndirectedUnlessTold() throws {
        let path = try Fixtures.temporaryFile(Array("source,target,kind\na,b,member_of\n".utf8))
        #expect(try NetworkLoader.load(path: path).network.ties[0].direction == .undirected)
        var options = ImportOptions()
        options.defaultDirection = .directed
        #expect(try NetworkLoader.load(path: path, options: options).network.ties[0].direction == .directed)
    }

    @Test func directedAnalysisKeepsKindDirectionsAndReadsPlainEdgeListsAsArcs() throws {
        var options = ImportOptions()
        options.directedAnalysis = true
        let kinded = try Fixtures.temporaryFile(Array("source,target,kind\na,b,collaborates_with\nb,c,member_of\nc,d,\n".utf8))
        let ties = try NetworkLoader.load(path: kinded, options: options).network.ties
        #expect(ties.map(\.direction) == [.undirected, .directed, .undirected])
        let plain = try Fixtures.temporaryFile(Array("source,target\na,b\n".utf8))
        #expect(try NetworkLoader.load(path: plain, options: options).network.ties[0].direction == .directed)
        let stated = try Fixtures.temporaryFile(Array("source,target,direction\na,b,mutual\nb,c,\n".utf8))
        #expect(try NetworkLoader.load(path: stated, options: options).network.ties.map(\.direction) == [.mutual, .undirected])
    }

    @Test func kindDefaultDirectionAppliesWithANodesFile() throws {
        var options = ImportOptions()
        options.nodesPath = try Fixtures.temporaryFile(Array("id\na\nb\n".utf8), name: "nodes.csv")
        options.edgesPath = try Fixtures.temporaryFile(Array("source,target,kind\na,b,member_of\na,b,shares\n".utf8))
        let ties = try NetworkLoader.load(path: nil, options: options).network.ties
        #expect(ties.map(\.direction) == [.directed, .undirected])
    }

    @Test func excelSepLineIsHonoured() throws {
        let result = try Fixtures.load("sep-line.csv")
        #expect(result.network.ties.map(\.weight) == [0.5])
        #expect(result.notes.contains { $0.hasSuffix("delimiter semicolons taken from the sep= line") })
    }

    @Test func semicolonAndTabAreDetected() throws {
        let semicolon = try Fixtures.load("semicolon.csv")
        #expect(semicolon.network.ties[0].attributes == ["note": "x,y"])
        let tab = try Fixtures.load("tab.csv")
        #expect(tab.network.nodes.map(\.id) == ["a b", "c"])
        #expect(tab.network.ties[0].weight == 2)
    }

    @Test func byteOrderMarkCRLFAndQuotedFields() throws {
        let result = try Fixtures.load("bom-crlf.csv")
        #expect(result.network.nodes.map(\.id) == ["a, b", "c \"d\""])
        #expect(result.network.ties[0].attributes == ["note": "two\r\nlines"])
    }

    @Test func trailingDelimitersAndBlankLinesAreIgnored() throws {
        let result = try Fixtures.load("trailing-delimiters.csv")
        #expect(result.network.tieCount == 2)
        #expect(result.network.tieAttributeNames.isEmpty)
    }

    @Test func aOneMegabyteFieldIsAccepted() throws {
        let big = String(repeating: "é,\"x\"\n", count: 180_000)
        let text = "source,target,note\na,b,\"\(big.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        let path = try Fixtures.temporaryFile(Array(text.utf8))
        let result = try NetworkLoader.load(path: path)
        #expect(result.network.ties[0].attributes["note"] == big)
    }

    @Test func aHundredThousandColumnsStayFast() throws {
        let columns = 100_000
        var header = "source,target"
        var row = "a,b"
        for column in 0..<columns {
            header += ",c\(column)"
            row += column == columns - 1 ? ",last" : ","
        }
        let path = try Fixtures.temporaryFile(Array((header + "\n" + row + "\n").utf8))
        let result = try NetworkLoader.load(path: path)
        #expect(result.network.ties[0].attributes == ["c99999": "last"])
        #expect(result.network.tieAttributeNames == ["c99999"])
        #expect(result.notes.contains { $0.hasSuffix("99999 of 100000 attribute columns hold no value and were not kept") })
    }
}
