import NetworkIO
import NetworkModel
import Testing

/// Data as practitioners have it: their own words for kinds, Excel's dates, a vocabulary file.
@Suite struct PractitionerDataTests {
    static func options(vocabulary: String? = nil) -> ImportOptions {
        var options = ImportOptions()
        options.nodesPath = Fixtures.path("practitioner/Elements.csv")
        options.edgesPath = Fixtures.path("practitioner/Connections.csv")
        options.vocabularyPath = vocabulary.map { Fixtures.path("practitioner/\($0)") }
        return options
    }

    @Test func practitionersWordsAreReadAsLiaisonsKinds() throws {
        let result = try Fixtures.load(nil, options: Self.options())
        let network = result.network
        #expect(network.node(id: "Dana Okafor")?.kind == .person)
        #expect(network.node(id: "Hearth Fund")?.kind == .organization)
        #expect(network.node(id: "Hearth Fund")?.isMarkedFunder == true)
        #expect(network.node(id: "Bright Org")?.isMarkedFunder == false)
        #expect(network.node(id: "Spring Meetup")?.kind == .event)
        #expect(network.node(id: "Peer Circles")?.kind == .practice)
        #expect(network.node(id: "School Boards")?.kind == NodeKind(rawValue: "widget"))
        let described = network.ties.map {
            "\(network.nodes[Int($0.source)].id) \($0.kind) \(network.nodes[Int($0.target)].id) \($0.start.map(String.init(describing:)) ?? "-")"
        }
        #expect(described == [
            "Hearth Fund funds Bright Org 2022-04-07",
            "Hearth Fund funds School Boards 2022-04-17",
            "Dana Okafor member_of Bright Org 2021-01-02",
            "Hearth Fund convenes Spring Meetup 2022-05-01",
            "Dana Okafor attended Spring Meetup 2022-05-01",
            "Dana Okafor adopts Peer Circles 2022-06-30",
            "Dana Okafor sits_on School Boards -",
        ])
        #expect(result.notes.contains { $0.hasSuffix("dates read as M/d/yyyy (every date that is not ISO 8601 fits it)") })
        let readings = result.kindWords.map(\.description)
        #expect(readings.contains("Foundation → organization (funder), 1 node"))
        #expect(readings.contains("Funded by → funds (turned round), 1 tie"))
        #expect(readings.contains("Went to → attended, 1 tie"))
        // Words no vocabulary knows are kept, and said.
        #expect(Fixtures.warnings(result) == [
            "practitioner/Elements.csv:7:15: warning: node kind \"Widget\" is not a kind Liaison knows (1 node): kept as its own kind: metrics count it, but roles and practice diffusion look only for Liaison's kinds (fix: if it means one of Liaison's kinds, say so in a vocabulary file (--vocabulary), e.g. Widget,organization)",
            "practitioner/Connections.csv:8:27: warning: tie kind \"Sits on\" is not a kind Liaison knows (1 tie): kept as its own kind: metrics count it, but roles and practice diffusion look only for Liaison's kinds (fix: if it means one of Liaison's kinds, say so in a vocabulary file (--vocabulary), e.g. Sits on,collaborates_with)",
        ])
    }

    @Test func csvVocabularyFileAddsWords() throws {
        let result = try Fixtures.load(nil, options: Self.options(vocabulary: "vocabulary.csv"))
        let network = result.network
        #expect(network.node(id: "School Boards")?.kind == .organization)
        #expect(network.ties.last?.kind == .memberOf)
        #expect(result.warnings.isEmpty)
    }

    @Test func jsonVocabularyFileAddsWords() throws {
        let result = try Fixtures.load(nil, options: Self.options(vocabulary: "vocabulary.json"))
        #expect(result.network.node(id: "School Boards")?.kind == .initiative)
        #expect(result.network.ties.last?.kind == .leads)
    }

    @Test func badVocabularyFileIsReportedWithItsPlace() {
        let problems = Fixtures.problems(nil, options: Self.options(vocabulary: "bad-vocabulary.csv"))
        #expect(problems == [
            "practitioner/bad-vocabulary.csv:2:9: error: \"nonsense\" is not a kind Liaison knows, so it is not clear whether it names nodes or ties (fix: add a table column (or a \"nodes\"/\"ties\" section in JSON) saying which)",
            "practitioner/bad-vocabulary.csv:3:8: error: the mark (reversed) does not apply to a node kind (fix: use (funder) after a node kind, or (reversed) after a tie kind)",
        ])
    }

    @Test func ambiguousDatesAreRefusedWithTheFix() {
        let problems = Fixtures.problems("practitioner/ambiguous-dates.csv")
        #expect(problems == [
            "practitioner/ambiguous-dates.csv:1:15: error: the dates can be read as M/d/yyyy or d/M/yyyy (\"3/4/2021\" is one), which give different days (fix: say which with --date-format, e.g. --date-format M/d/yyyy)"
        ])
    }

    @Test func namedDateFormatSettlesAnAmbiguousColumn() throws {
        var options = ImportOptions()
        options.dateFormat = DateFormat(pattern: "d/M/yyyy")
        let result = try Fixtures.load("practitioner/ambiguous-dates.csv", options: options)
        #expect(result.network.ties.map { $0.start?.description } == ["2021-04-03", "2021-06-05"])
    }

    @Test func dottedEuropeanDatesAreDetectedBesideIsoOnes() throws {
        let result = try Fixtures.load("practitioner/dotted-dates.csv")
        #expect(result.network.ties.map { $0.start?.description } == ["2022-04-07", "2021-12-31", "2020-02"])
    }

    @Test func datesThatFitNoFormatAreReportedRowByRowWithTheOption() {
        let problems = Fixtures.problems(nil, options: {
            var options = ImportOptions()
            options.edgesPath = try? Fixtures.temporaryFile(Array("source,target,start\na,b,4/7/2022\nb,c,soon\n".utf8))
            return options
        }())
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.contains("or name the column's format with --date-format (e.g. M/d/yyyy)") })
    }

    @Test(arguments: [
        ("M/d/yyyy", "4/7/2022", "2022-04-07"), ("d/M/yyyy", "4/7/2022", "2022-07-04"),
        ("yyyy-MM-dd", "2022-04-07", "2022-04-07"), ("d.M.yy", "7.4.22", "2022-04-07"),
        ("M/d/yy", "12/31/99", "1999-12-31"), ("M/d/yyyy", "4/7/2022 0:00", "2022-04-07"),
        ("M/d/yyyy", "4/7/2022 1:05 PM", "2022-04-07"), ("d MM yyyy", "7 04 2022", "2022-04-07"),
    ])
    func dateFormatsRead(_ pattern: String, _ text: String, _ expected: String) throws {
        let format = try #require(DateFormat(pattern: pattern))
        guard case .success(let date)? = format.date(text) else {
            Issue.record("\(pattern) did not read \(text)")
            return
        }
        #expect(date.description == expected)
    }

    @Test func dateFormatsRefuseWhatTheyDoNotFit() throws {
        let format = try #require(DateFormat(pattern: "M/d/yyyy"))
        #expect(format.date("2022/4/7") == nil)
        #expect(format.date("4/7/22") == nil)
        #expect(format.date("13/1/2022") == .failure(.impossible))
        #expect(format.date("2/30/2022") == .failure(.impossible))
        #expect(DateFormat(pattern: "M/d") == nil)
        #expect(DateFormat(pattern: "yyyyy-M-d") == nil)
        #expect(DateFormat(pattern: "Q/d/yyyy") == nil)
    }

    @Test func detectionNeedsOneFormatForEveryValue() {
        #expect(DateFormat.detect(["2021-01-02", ""]) == .iso)
        #expect(DateFormat.detect(["4/17/2022", "4/7/2022"]) == .format("M/d/yyyy"))
        #expect(DateFormat.detect(["17/4/2022", "4/7/2022"]) == .format("d/M/yyyy"))
        #expect(DateFormat.detect(["4/17/2022", "17/4/2022"]) == .none)
        guard case .ambiguous(let formats, let example) = DateFormat.detect(["4/7/2022"]) else {
            Issue.record("4/7/2022 alone is ambiguous")
            return
        }
        #expect(formats.map(\.pattern) == ["M/d/yyyy", "d/M/yyyy"])
        #expect(example == "4/7/2022")
    }
}
