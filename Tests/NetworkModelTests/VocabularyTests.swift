import NetworkModel
import Testing

/// Every built-in practitioners' word reads as the kind docs/DATA.md lists, matched as documented.
@Suite struct VocabularyTests {
    static let nodeWords: [(String, NodeKind, Bool)] = [
        ("Individual", .person, false), ("Person", .person, false), ("Staff", .person, false),
        ("Member", .person, false), ("Organization", .organization, false), ("Organisation", .organization, false),
        ("Agency", .organization, false), ("Nonprofit", .organization, false), ("Non-profit", .organization, false),
        ("Funder", .organization, true), ("Foundation", .organization, true), ("Grantmaker", .organization, true),
        ("Program", .initiative, false), ("Project", .initiative, false), ("Initiative", .initiative, false),
        ("Collaborative", .initiative, false), ("Coalition", .initiative, false), ("Event", .event, false),
        ("Convening", .event, false), ("Meeting", .event, false), ("Workshop", .event, false),
        ("Learning exchange", .event, false), ("Site visit", .event, false), ("Practice", .practice, false),
        ("Strategy", .practice, false), ("Tool", .practice, false),
    ]

    static let tieWords: [(String, TieKind, Bool)] = [
        ("Grant", .funds, false), ("Funds", .funds, false), ("Funded by", .funds, true), ("Works at", .memberOf, false),
        ("Employed by", .memberOf, false), ("Staff of", .memberOf, false), ("Member of", .memberOf, false),
        ("Participant", .participatesIn, false), ("Participates in", .participatesIn, false),
        ("Partner in", .participatesIn, false), ("Hosted", .convenes, false), ("Convened", .convenes, false),
        ("Organized", .convenes, false), ("Attended", .attended, false), ("Went to", .attended, false),
        ("Collaborates with", .collaboratesWith, false), ("Partners with", .collaboratesWith, false),
        ("Works with", .collaboratesWith, false), ("Adopted", .adopts, false), ("Uses", .adopts, false),
        ("Implements", .adopts, false), ("Advises", .advises, false), ("Mentors", .advises, false),
        ("Coaches", .advises, false), ("Leads", .leads, false), ("Chairs", .leads, false), ("Shares", .shares, false),
        ("Shared with", .shares, false),
    ]

    @Test(arguments: nodeWords) func nodeWordIsRead(_ word: String, _ kind: NodeKind, _ funder: Bool) {
        let meaning = Vocabulary.builtIn.nodeMeaning(of: word)
        #expect(meaning == Vocabulary.NodeMeaning(kind: kind, funder: funder), "\(word)")
    }

    @Test(arguments: tieWords) func tieWordIsRead(_ word: String, _ kind: TieKind, _ reversed: Bool) {
        let meaning = Vocabulary.builtIn.tieMeaning(of: word)
        #expect(meaning == Vocabulary.TieMeaning(kind: kind, reversed: reversed), "\(word)")
    }

    @Test func matchingIgnoresCaseSpacesHyphensUnderscoresAndPlurals() {
        let vocabulary = Vocabulary.builtIn
        for word in ["WORKS AT", "works_at", "works-at", "  Works   at ", "worksat"] {
            #expect(vocabulary.tieMeaning(of: word)?.kind == .memberOf, "\(word)")
        }
        #expect(vocabulary.tieMeaning(of: "Grants")?.kind == .funds)
        #expect(vocabulary.nodeMeaning(of: "Foundations")?.funder == true)
        #expect(vocabulary.nodeMeaning(of: "Strategies")?.kind == .practice)
        #expect(vocabulary.nodeMeaning(of: "Workshops")?.kind == .event)
        #expect(vocabulary.nodeMeaning(of: "member_of") == nil, "a tie word is not a node word")
        #expect(vocabulary.tieMeaning(of: "Individual") == nil, "a node word is not a tie word")
        #expect(vocabulary.nodeMeaning(of: "Widget") == nil)
    }

    @Test func liaisonsOwnKindNamesAreKnown() {
        for kind in NodeKind.wellKnown { #expect(Vocabulary.builtIn.nodeMeaning(of: kind.rawValue)?.kind == kind) }
        for kind in TieKind.wellKnown { #expect(Vocabulary.builtIn.tieMeaning(of: kind.rawValue)?.kind == kind) }
    }

    @Test func definedWordsOverrideBuiltInOnes() {
        var vocabulary = Vocabulary.builtIn
        vocabulary.define("Partner", as: Vocabulary.NodeMeaning(kind: .organization))
        vocabulary.define("Grant", as: Vocabulary.TieMeaning(kind: .funds, reversed: true))
        #expect(vocabulary.nodeMeaning(of: "partners")?.kind == .organization)
        #expect(vocabulary.tieMeaning(of: "Grant")?.reversed == true)
        #expect(Vocabulary.builtIn.tieMeaning(of: "Grant")?.reversed == false)
    }

    @Test func funderAttributeMarksAFunder() {
        #expect(Node(id: "f", attributes: ["funder": "Yes"]).isMarkedFunder)
        #expect(Node(id: "f", attributes: ["funder": "true"]).isMarkedFunder)
        #expect(!Node(id: "f", attributes: ["funder": "no"]).isMarkedFunder)
        #expect(!Node(id: "f").isMarkedFunder)
    }
}
