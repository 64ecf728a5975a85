import NetworkModel
import Testing

@testable import SyntheticData

/// Lookups over a generated network for checking the truth against the ties.
struct TieIndex {
    let network: Network

    func position(_ id: String) throws -> Int32 { try #require(network.index(of: id)) }

    func ties(from id: String, kind: TieKind) throws -> [Tie] {
        let source = try position(id)
        return network.ties.filter { $0.source == source && $0.kind == kind }
    }

    func targets(from id: String, kind: TieKind) throws -> [String] {
        try ties(from: id, kind: kind).map { network.nodes[Int($0.target)].id }
    }

    func city(_ id: String) throws -> String { network.nodes[Int(try position(id))].attributes["city"] ?? "" }

    func neighbours(_ id: String) throws -> Set<String> {
        let node = try position(id)
        var result: Set<String> = []
        for tie in network.ties where tie.source == node || tie.target == node {
            result.insert(network.nodes[Int(tie.source == node ? tie.target : tie.source)].id)
        }
        return result
    }
}

@Suite("Community generator: planted structure matches the truth")
struct PlantedStructureTests {
    @Test("funders play the four roles with the ties the truth names", arguments: plantedCases.indices)
    func funderRoles(_ caseIndex: Int) throws {
        let output = try plantedCases[caseIndex].get()
        let index = TieIndex(network: output.network)
        let truth = output.truth
        #expect(Set(truth.funders.map(\.role)) == Set(FunderRoleKind.allCases))
        for funder in truth.funders {
            #expect(try index.targets(from: funder.id, kind: .funds) == funder.funds)
            #expect(try index.targets(from: funder.id, kind: .convenes) == funder.convenes)
            #expect(try index.targets(from: funder.id, kind: .adopts) == funder.adopts)
        }
        let organizer = try #require(truth.funders.first { $0.role == .organizer })
        let otherConvenings = truth.funders.filter { $0.role != .organizer }.map(\.convenes.count).max() ?? 0
        let events = output.network.nodes.filter { $0.kind == .event }.count
        let initiatives = output.network.nodes.filter { $0.kind == .initiative }.count
        #expect(organizer.convenes.count * 10 >= events * 7)
        #expect(organizer.convenes.count > otherConvenings)
        let sponsor = try #require(truth.funders.first { $0.role == .sponsor })
        #expect(sponsor.funds.count >= 4)
        #expect(truth.funders.filter { $0.role != .sponsor }.allSatisfy { $0.funds.count < sponsor.funds.count })
        let peer = try #require(truth.funders.first { $0.role == .peer })
        #expect(peer.participatesIn.count >= min(3, initiatives))
        #expect(peer.attended.count >= min(4, events))
        #expect(peer.adopts.count >= 1)
        #expect(truth.funders.filter { $0.role != .peer }.allSatisfy { $0.participatesIn.isEmpty && $0.adopts.isEmpty })
    }

    @Test("the catalyst introduces organizations that share nothing else", arguments: plantedCases.indices)
    func catalystIntroductions(_ caseIndex: Int) throws {
        let output = try plantedCases[caseIndex].get()
        let index = TieIndex(network: output.network)
        let catalyst = try #require(output.truth.funders.first { $0.role == .catalyst })
        #expect(catalyst.introductions.count >= 1)
        if caseIndex != 2 { #expect(catalyst.introductions.count == 6) }
        let advised = try index.targets(from: catalyst.id, kind: .advises)
        for introduction in catalyst.introductions {
            let pair = introduction.organizations
            try #require(pair.count == 2)
            #expect(advised.contains(pair[0]) && advised.contains(pair[1]))
            #expect(introduction.cities[0] != introduction.cities[1])
            #expect(!catalyst.funds.contains(pair[0]) && !catalyst.funds.contains(pair[1]))
            let common = try index.neighbours(pair[0]).intersection(index.neighbours(pair[1]))
            #expect(common == [catalyst.id])
            let direct = try index.neighbours(pair[0]).contains(pair[1])
            #expect(direct == (introduction.followUpCollaboration != nil))
        }
    }

    @Test(
        "learning liaisons span two cities' organizations, three initiatives, three cities' convenings",
        arguments: plantedCases.indices)
    func liaisons(_ caseIndex: Int) throws {
        let output = try plantedCases[caseIndex].get()
        let index = TieIndex(network: output.network)
        #expect(output.truth.liaisons.count == output.truth.configuration?.liaisons)
        for liaison in output.truth.liaisons {
            let organizations = try index.targets(from: liaison.id, kind: .memberOf)
            #expect(organizations == liaison.organizations)
            #expect(Set(try organizations.map(index.city)).count >= 2)
            #expect(try index.targets(from: liaison.id, kind: .participatesIn).count >= 3)
            let events = try index.targets(from: liaison.id, kind: .attended)
            #expect(events == liaison.events)
            #expect(Set(try events.map(index.city)).count >= 3)
        }
        // Nobody else belongs to organizations in two cities.
        let liaisonIds = Set(output.truth.liaisons.map(\.id))
        for person in output.network.nodes where person.kind == .person && !liaisonIds.contains(person.id) {
            let cities = Set(try index.targets(from: person.id, kind: .memberOf).map(index.city))
            #expect(cities.count <= 1, "\(person.id) spans \(cities)")
        }
    }

    @Test("every planted diffusion hop has its carrying tie before the adoption", arguments: plantedCases.indices)
    func practiceDiffusion(_ caseIndex: Int) throws {
        let output = try plantedCases[caseIndex].get()
        let index = TieIndex(network: output.network)
        #expect(output.truth.practiceDiffusion.count == output.truth.configuration?.spreadingPractices)
        for spread in output.truth.practiceDiffusion {
            #expect(spread.citiesReached.count >= 3)
            #expect(spread.citiesReached.first == spread.originCity)
            #expect(try index.city(spread.firstAdopter) == spread.originCity)
            var adopted = [spread.firstAdopter: try PartialDate(iso: spread.firstAdopted)]
            for hop in spread.hops {
                let sourceAdopted = try #require(adopted[hop.from], "hop from a non-adopter")
                let carrierDate = try PartialDate(iso: hop.carrierDate)
                let targetAdopted = try PartialDate(iso: hop.adopted)
                #expect(sourceAdopted < carrierDate && carrierDate < targetAdopted)
                #expect(try index.city(hop.to) == hop.toCity)
                let adoption = try index.ties(from: hop.to, kind: .adopts).filter {
                    output.network.nodes[Int($0.target)].id == spread.practice
                }
                #expect(adoption.first?.start == targetAdopted)
                if hop.carrier == "attended" {
                    let event = try #require(hop.event)
                    #expect(try index.targets(from: hop.from, kind: .attended).contains(event))
                    #expect(try index.targets(from: hop.to, kind: .attended).contains(event))
                } else {
                    #expect(hop.carrier == "shares")
                    let shares = try index.ties(from: hop.from, kind: .shares) + index.ties(from: hop.to, kind: .shares)
                    let carrier = shares.first {
                        Set([$0.source, $0.target])
                            == Set([try? index.position(hop.from), try? index.position(hop.to)])
                    }
                    #expect(carrier?.start == carrierDate)
                }
                adopted[hop.to] = targetAdopted
            }
            // Only planted adopters adopt a spreading practice.
            let practice = try index.position(spread.practice)
            let adopters = Set(
                output.network.ties.filter { $0.target == practice && $0.kind == .adopts }.map {
                    output.network.nodes[Int($0.source)].id
                })
            #expect(adopters == Set(adopted.keys))
        }
        for local in output.truth.localPractices {
            #expect(try local.adopters.allSatisfy { try index.city($0) == local.city })
        }
    }

    @Test("isolates have no ties and the core is denser than the periphery", arguments: plantedCases.indices)
    func isolatesAndCore(_ caseIndex: Int) throws {
        let output = try plantedCases[caseIndex].get()
        let network = output.network
        #expect(output.truth.isolates.count == 4)
        var degree = Array(repeating: 0, count: network.nodeCount)
        for tie in network.ties {
            degree[Int(tie.source)] += 1
            degree[Int(tie.target)] += 1
        }
        for id in output.truth.isolates {
            #expect(degree[Int(try #require(network.index(of: id)))] == 0)
        }
        #expect(degree.filter { $0 == 0 }.count == output.truth.isolates.count)
        let corePeople = Set(output.truth.core.people)
        let people = network.nodes.indices.filter { network.nodes[$0].kind == .person }
        let core = people.filter { corePeople.contains(network.nodes[$0].id) }.map { Double(degree[$0]) }
        let periphery = people.filter { !corePeople.contains(network.nodes[$0].id) }.map { Double(degree[$0]) }
        let coreMean = core.reduce(0, +) / Double(core.count)
        let peripheryMean = periphery.reduce(0, +) / Double(periphery.count)
        #expect(coreMean > 3 * peripheryMean)
    }
}
