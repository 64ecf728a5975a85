import NetworkModel

/// Hand-built networks for the map-planning tests.
enum PlanNetworks {
    /// A funder funding an initiative and convening an event, two people collaborating, one of them a
    /// member of the initiative, and an unrelated pair of people.
    /// Positions: 0 fund, 1 garden (initiative), 2 meetup (event), 3 ana, 4 ben, 5 cleo, 6 dev.
    static func funded() throws -> Network {
        var network = Network()
        try network.addNode(Node(id: "fund", label: "Green Fund", kind: .organization, attributes: ["city": "Lyon"]))
        try network.addNode(Node(id: "garden", label: "Garden Lab", kind: .initiative))
        try network.addNode(Node(id: "meetup", label: "Meetup", kind: .event))
        try network.addNode(Node(id: "ana", label: "Ana", kind: .person, attributes: ["city": "Lyon"]))
        try network.addNode(Node(id: "ben", label: "Ben", kind: .person, attributes: ["city": "Accra"]))
        try network.addNode(Node(id: "cleo", label: "Cleo", kind: .person, attributes: ["city": "Accra"]))
        try network.addNode(Node(id: "dev", label: "Dev", kind: .person, attributes: ["city": ""]))
        try network.addTie(Tie(source: 0, target: 1, kind: .funds))
        try network.addTie(Tie(source: 0, target: 2, kind: .convenes))
        try network.addTie(Tie(source: 3, target: 4, kind: .collaboratesWith))
        try network.addTie(Tie(source: 3, target: 1, kind: .memberOf))
        try network.addTie(Tie(source: 5, target: 6, kind: .collaboratesWith))
        return network
    }

    /// People `p0` … `p(count-1)` on a path (each tied to the next), in teams of `teamSize` consecutive people.
    static func path(count: Int, teamSize: Int = 10) throws -> Network {
        var network = Network()
        for index in 0..<count {
            try network.addNode(Node(id: "p\(index)", kind: .person, attributes: ["team": "t\(index / teamSize)"]))
        }
        for index in 1..<count {
            try network.addTie(Tie(source: Int32(index - 1), target: Int32(index), kind: .collaboratesWith))
        }
        return network
    }
}
