import NetworkModel

/// Small hand-built networks for the map tests.
enum SampleNetworks {
    /// Five nodes of four kinds and four ties of four kinds, with a city attribute on three nodes.
    static func community() throws -> Network {
        var network = Network()
        try network.addNode(Node(id: "ana", label: "Ana Ruiz", kind: .person, attributes: ["city": "Lyon"]))
        try network.addNode(Node(id: "ben", label: "Ben Osei", kind: .person, attributes: ["city": "Accra"]))
        try network.addNode(Node(id: "fund", label: "Green Fund", kind: .organization, attributes: ["city": "Lyon"]))
        try network.addNode(Node(id: "garden", label: "Garden Lab", kind: .initiative))
        try network.addNode(Node(id: "compost", label: "Composting", kind: .practice))
        try network.addTie(Tie(source: 2, target: 3, kind: .funds, weight: 3))
        try network.addTie(Tie(source: 0, target: 3, kind: .memberOf))
        try network.addTie(Tie(source: 1, target: 0, kind: .advises))
        try network.addTie(Tie(source: 3, target: 4, kind: .shares, weight: 2))
        return network
    }

    /// A ring of `count` people with a chord every seventh node; ids `p0`, `p1`, ….
    static func ring(count: Int) throws -> Network {
        var network = Network()
        for index in 0..<count {
            try network.addNode(Node(id: "p\(index)", label: "Person \(index)", kind: index % 5 == 0 ? .organization : .person,
                                     attributes: ["team": "t\(index % 9)"]))
        }
        for index in 0..<count {
            try network.addTie(Tie(source: Int32(index), target: Int32((index + 1) % count), kind: .collaboratesWith))
            if index % 7 == 0 {
                try network.addTie(Tie(source: Int32(index), target: Int32((index * 13 + 5) % count), kind: .advises, weight: 2))
            }
        }
        return network
    }
}
