import Deidentification
import NetworkModel
import Testing

@Suite struct NetworkAnonymizerTests {
    /// Two people, an organization and an initiative; attributes that name people, and free text.
    static func sample() throws -> Network {
        var network = Network()
        try network.addNode(Node(id: "ana", label: "Ana Ruiz", kind: .person, attributes: ["city": "Lyon", "mentor": "Ben Okafor"]))
        try network.addNode(Node(id: "ben", label: "Ben Okafor", kind: .person, attributes: ["note": "met ana ruiz in May", "joined": "2017-03"]))
        try network.addNode(Node(id: "fund", label: "Harbor Fund", kind: .organization, attributes: ["contact": "ana"]))
        try network.addNode(Node(id: "init", label: "Open Doors", kind: .initiative))
        try network.addTie(Tie(source: 0, target: 1, kind: .collaboratesWith, weight: 2, wave: "w1", attributes: ["by": "Harbor Fund"]))
        try network.addTie(Tie(source: 2, target: 0, kind: .funds))
        try network.addTie(Tie(source: 1, target: 3, kind: .participatesIn))
        return network
    }

    @Test func pseudonymIsHMACSHA256OfTheIdUnderTheKey() throws {
        // Python: hmac.new(b"k1", b"person-001", hashlib.sha256).hexdigest().upper()[:6] == "93BFCF"
        let name = NetworkAnonymizer.pseudonym(forID: "person-001", kind: .person, key: try PseudonymKey(text: "k1"))
        #expect(name.label == "Person 93BFCF")
        #expect(name.id == "person-93BFCF")
        let other = NetworkAnonymizer.pseudonym(forID: "ana", kind: .organization, key: try PseudonymKey(text: "secret key"))
        #expect(other.label == "Organization B07000")
    }

    @Test func peopleAreReplacedAndEverythingElseKept() throws {
        let original = try Self.sample()
        let result = try NetworkAnonymizer.anonymize(original, scope: .people, key: try PseudonymKey(text: "k"))
        let network = result.network
        #expect(result.replacedNodeCount == 2)
        let ana = NetworkAnonymizer.pseudonym(forID: "ana", kind: .person, key: try PseudonymKey(text: "k"))
        let ben = NetworkAnonymizer.pseudonym(forID: "ben", kind: .person, key: try PseudonymKey(text: "k"))
        #expect(network.nodes[0].id == ana.id && network.nodes[0].label == ana.label)
        #expect(network.nodes[1].id == ben.id && network.nodes[1].label == ben.label)
        #expect(network.nodes[2].label == "Harbor Fund", "organizations are kept under people")
        #expect(network.nodes[3].id == "init")
        #expect(network.nodes[0].attributes["mentor"] == ben.label, "a value naming a person takes the pseudonym")
        #expect(network.nodes[2].attributes["contact"] == ana.label, "ids count as names too")
        #expect(network.nodes[1].attributes["note"] == NetworkAnonymizer.withheldText, "free text naming someone is withheld")
        #expect(network.nodes[1].attributes["joined"] == "2017-03")
        #expect(network.nodes[0].attributes["city"] == "Lyon")
        #expect(network.ties.map(\.source) == original.ties.map(\.source))
        #expect(network.ties.map(\.target) == original.ties.map(\.target))
        #expect(network.ties[0].weight == 2 && network.ties[0].wave == "w1")
        #expect(network.ties[0].attributes["by"] == "Harbor Fund")
        #expect(network.nodeAttributeNames == original.nodeAttributeNames)
        #expect(result.replacedValueCount == 2 && result.withheldValueCount == 1)
    }

    @Test func nodesOfUnknownKindAreTreatedAsPossiblyPeople() throws {
        var network = Network()
        try network.addNode(Node(id: "x", label: "Xu Lin", kind: .node))
        try network.addNode(Node(id: "v", label: "Val Moss", kind: "volunteer"))
        try network.addNode(Node(id: "e", label: "Spring Convening", kind: .event))
        try network.addNode(Node(id: "p", label: "Peer review", kind: .practice))
        try network.addTie(Tie(source: 0, target: 1, kind: .collaboratesWith))
        let result = try NetworkAnonymizer.anonymize(network, scope: .people, key: try PseudonymKey(text: "k"))
        #expect(result.replacedNodeCount == 2)
        #expect(result.replacedKinds == [.node, "volunteer"])
        #expect(!result.network.nodes.contains { $0.label == "Xu Lin" || $0.label == "Val Moss" })
        #expect(result.network.nodes[2].label == "Spring Convening" && result.network.nodes[3].label == "Peer review")
        #expect(AnonymizationScope.people.replaces(.organization) == false)
        #expect(AnonymizationScope.all.replaces(.organization))
    }

    @Test func allReplacesOrganizationsToo() throws {
        let result = try NetworkAnonymizer.anonymize(try Self.sample(), scope: .all, key: try PseudonymKey(text: "k"))
        #expect(result.replacedNodeCount == 3)
        #expect(result.network.nodes[2].label.hasPrefix("Organization "))
        #expect(result.network.ties[0].attributes["by"] == result.network.nodes[2].label)
        #expect(result.network.nodes[3].label == "Open Doors", "initiatives keep their names")
    }

    @Test func labelsOfKeptNodesLoseTheNamesTheyMention() throws {
        var network = Network()
        try network.addNode(Node(id: "ana", label: "Ana Ruiz", kind: .person))
        try network.addNode(Node(id: "lunch", label: "Lunch with Ana Ruiz", kind: .event))
        try network.addNode(Node(id: "talk", label: "Talk by ANA RUIZ", kind: .event))
        try network.addNode(Node(id: "fair", label: "Spring fair", kind: .event))
        let key = try PseudonymKey(text: "k")
        let result = try NetworkAnonymizer.anonymize(network, scope: .people, key: key)
        let ana = NetworkAnonymizer.pseudonym(forID: "ana", kind: .person, key: key)
        #expect(result.network.nodes[1].label == "Lunch with " + ana.label)
        #expect(result.network.nodes[2].label == NetworkAnonymizer.withheldText, "a mention in other case withholds")
        #expect(result.network.nodes[3].label == "Spring fair")
        #expect(result.network.nodes[1].id == "lunch", "ids of kept nodes are kept")
    }

    @Test func sameKeySameNamesOtherKeyOtherNames() throws {
        let network = try Self.sample()
        let a = try NetworkAnonymizer.anonymize(network, scope: .people, key: try PseudonymKey(text: "one"))
        let b = try NetworkAnonymizer.anonymize(network, scope: .people, key: try PseudonymKey(text: "one"))
        let c = try NetworkAnonymizer.anonymize(network, scope: .people, key: try PseudonymKey(text: "two"))
        #expect(a.network.nodes == b.network.nodes)
        #expect(a.network.nodes[0].id != c.network.nodes[0].id)
    }

    @Test func generatedKeysAreLongAndDiffer() {
        let a = PseudonymKey.generate(), b = PseudonymKey.generate()
        #expect(a.text.count == 64)
        #expect(a != b)
    }

    @Test func emptyKeyIsRefused() {
        #expect(throws: DeidentificationError.emptyKey) { try PseudonymKey(text: "") }
    }

    @Test func pseudonymsStayUniqueAgainstKeptIds() throws {
        let key = try PseudonymKey(text: "k")
        let clash = NetworkAnonymizer.pseudonym(forID: "ana", kind: .person, key: key).id
        var network = Network()
        try network.addNode(Node(id: clash, label: "Project", kind: .initiative))
        try network.addNode(Node(id: "ana", kind: .person))
        let result = try NetworkAnonymizer.anonymize(network, scope: .people, key: key)
        #expect(result.network.nodes[1].id != clash)
        #expect(result.network.nodes[1].id.hasPrefix(clash), "a clash takes more digits of the same code")
    }
}
