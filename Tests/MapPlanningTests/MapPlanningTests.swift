import LearningCommunity
import MapPlanning
import NetworkAnalysis
import NetworkMaps
import NetworkModel
import Testing

/// `MapPlanning.plan`: the decisions between a map request and the maps to draw.
@Suite struct MapPlanningTests {
    /// Plans `request` on `network`, returning the plan and the messages' texts.
    func plan(_ network: Network, _ request: MapRequest) throws -> (MapPlan, [AnalysisMessage]) {
        var messages: [AnalysisMessage] = []
        let plan = try MapPlanning.plan(network: network, request: request, messages: { messages.append($0) })
        return (plan, messages)
    }

    @Test func funderPresetDrawsFundersWhatTheyFundAndConveneWithThoseTiesOnly() throws {
        var request = MapRequest()
        request.preset = .funders
        let (plan, _) = try plan(try PlanNetworks.funded(), request)
        let options = plan.map.options
        #expect(options.nodePositions == [0, 1, 2])
        #expect(options.drawnTieKinds == [.funds, .convenes])
        #expect(options.forcedLabels.contains(0))
        #expect(options.faintTieKinds.isEmpty)
        guard case .kind = options.coloring else {
            Issue.record("the funders map is coloured by kind, got \(options.coloring)")
            return
        }
        #expect(plan.content == .nodes(count: 3))
        #expect(plan.drillDown == nil)
    }

    @Test func overviewDrawsEveryNodeColouredByTheGroupWithAffiliationsFaint() throws {
        var request = MapRequest()
        request.grouping = .attribute("city")
        let (plan, messages) = try plan(try PlanNetworks.funded(), request)
        let options = plan.map.options
        #expect(options.nodePositions == nil)
        #expect(options.faintTieKinds == [.memberOf])
        #expect(options.clusterGroups?.count == 7)
        guard case .categories(let name, let values) = options.coloring else {
            Issue.record("coloured by the grouping, got \(options.coloring)")
            return
        }
        #expect(name == "city")
        #expect(values[3] == "Lyon" && values[4] == "Accra")
        #expect(plan.content == .nodes(count: 7))
        #expect(!messages.contains { $0.text.contains("Leiden") })
    }

    @Test func egoPresetTakesTwoStepsAndFocusAloneOne() throws {
        let network = try PlanNetworks.path(count: 9)
        var request = MapRequest()
        request.preset = .ego
        request.focus = "p4"
        request.coloring = .kind
        #expect(try plan(network, request).0.map.options.nodePositions == [2, 3, 4, 5, 6])
        request.preset = nil
        #expect(try plan(network, request).0.map.options.nodePositions == [3, 4, 5])
        request.radius = 3
        #expect(try plan(network, request).0.map.options.nodePositions == [1, 2, 3, 4, 5, 6, 7])
    }

    @Test func filtersAndNodeLimitCutTheNodesWithANote() throws {
        var request = MapRequest()
        request.coloring = .kind
        request.hidesIsolates = true
        request.minDegree = 1
        let (filtered, _) = try plan(try PlanNetworks.funded(), request)
        #expect(filtered.map.options.nodePositions == nil)  // every node has a tie

        request.sizeMetric = .degree
        request.maxNodes = 2
        request.title = "T"
        let (limited, messages) = try plan(try PlanNetworks.funded(), request)
        #expect(limited.map.options.nodePositions == [0, 1])  // fund, garden and ana have degree 2: the earliest two
        #expect(limited.map.options.title == "T: the 2 largest of 7 nodes by degree")
        #expect(messages.map(\.description) == ["note: drawing the 2 largest of 7 nodes by degree, with the ties among them"])
    }

    @Test func aggregatesAnOverviewAboveTheAggregateSizeOnly() throws {
        var request = MapRequest()
        request.grouping = .attribute("team")
        request.sizeMetric = .degree
        let above = try PlanNetworks.path(count: MapOptions.aggregateNodeCount + 1, teamSize: 500)
        let (grouped, _) = try plan(above, request)
        #expect(grouped.content == .groups(groups: 5, nodes: MapOptions.aggregateNodeCount + 1, groupTies: 4))
        #expect(grouped.map.network.nodeCount == 5)
        #expect(grouped.drillDown?.nodeCount == MapOptions.drillDownNodeCount)
        #expect(grouped.drillDown?.map.options.nodePositions?.count == MapOptions.drillDownNodeCount)

        request.maxNodes = 3000  // a node limit asks for nodes: never aggregated
        let (limited, _) = try plan(above, request)
        #expect(limited.content == .nodes(count: MapOptions.aggregateNodeCount + 1))

        #expect(!MapPlanning.aggregates(MapRequest(), candidateCount: MapOptions.aggregateNodeCount))
        #expect(MapPlanning.aggregates(MapRequest(), candidateCount: MapOptions.aggregateNodeCount + 1))
        var focused = MapRequest()
        focused.focus = "p0"
        #expect(!MapPlanning.aggregates(focused, candidateCount: MapOptions.aggregateNodeCount + 1))
    }

    @Test func groupsPresetAggregatesSmallNetworksWithoutDrillDown() throws {
        var request = MapRequest()
        request.preset = .groups
        request.grouping = .attribute("city")
        let (plan, _) = try plan(try PlanNetworks.funded(), request)
        // Lyon and Accra; nodes without a city are in no group.
        #expect(plan.map.network.nodeCount == 2)
        #expect(plan.drillDown == nil)
        guard case .groups(let groups, let nodes, _) = plan.content else {
            Issue.record("a group map, got \(plan.content)")
            return
        }
        #expect(groups == 2 && nodes == 7)
    }

    @Test func slowBetweennessSwitchesSizingAndRankingToDegree() throws {
        let slow = MapPlanning.metrics(for: MapRequest(), nodeCount: 50_000, tieCount: 50_000)
        #expect(slow.sizeMetric == .degree && slow.betweennessIsSlow)
        #expect(slow.metrics == [.degree, .core])
        let fast = MapPlanning.metrics(for: MapRequest(), nodeCount: 1_000, tieCount: 5_000)
        #expect(fast.sizeMetric == .betweenness && !fast.betweennessIsSlow)
        #expect(fast.metrics == [.betweenness, .degree, .core])
        var pagerank = MapRequest()
        pagerank.sizeMetric = .pagerank
        #expect(MapPlanning.metrics(for: pagerank, nodeCount: 50_000, tieCount: 50_000).sizeMetric == .pagerank)

        // The whole plan on a network where betweenness would be slow: sized and ranked by degree, said once.
        let network = try PlanNetworks.path(count: 50_001)
        var request = MapRequest()
        request.coloring = .kind
        request.maxNodes = 10
        let (plan, messages) = try plan(network, request)
        #expect(plan.map.options.size?.name == "degree")
        #expect(plan.map.options.nodePositions?.count == 10)
        #expect(messages.first?.text == "sizing and ranking nodes by degree: betweenness over 50001 nodes and 50000 ties would be slow")
    }

    @Test func labelsRoleHoldersAskedRolesIdsAndTheLabelField() throws {
        var request = MapRequest()
        request.coloring = .kind
        request.labelIDs = ["dev"]
        request.labelField = "CITY"
        let (plan, _) = try plan(try PlanNetworks.funded(), request)
        #expect(plan.map.options.forcedLabels.contains(6))
        // Attribute values, or the label where a node has none.
        #expect(plan.map.options.labelTexts == ["Lyon", "Garden Lab", "Meetup", "Lyon", "Accra", "Accra", "Dev"])

        request.labelField = "id"
        #expect(try self.plan(try PlanNetworks.funded(), request).0.map.options.labelTexts?.first == "fund")
    }

    @Test func roleHoldersAreTheLabelledRolesOnly() {
        let roles = [
            RoleAssignment(node: 1, role: .catalyst, score: 1, evidence: ""),
            RoleAssignment(node: 2, role: .hub, score: 1, evidence: ""),
        ]
        #expect(MapChoices.roleHolders(roles) == [1])
        #expect(MapChoices.roleHolders(roles, labelling: Role.labelledOnMaps.union([.hub])) == [1, 2])
    }

    @Test func requestsTheDataCannotAnswerAreTypedWithTheirKind() throws {
        let network = try PlanNetworks.funded()
        var focus = MapRequest()
        focus.focus = "nobody"
        #expect(throws: MapPlanError.self) { try MapPlanning.plan(network: network, request: focus) }
        do {
            _ = try MapPlanning.plan(network: network, request: focus)
        } catch {
            #expect(error.kind == .usage)
            #expect(error.description.hasPrefix("--focus nobody is not a node id"))
        }

        var field = MapRequest()
        field.coloring = .kind
        field.labelField = "nosuch"
        do {
            _ = try MapPlanning.plan(network: network, request: field)
            Issue.record("an unknown label field is refused")
        } catch {
            #expect(error.kind == .usage)
            #expect(error.description == "--label-field nosuch is not a node attribute (attributes: id, label, city)")
        }

        var liaisons = MapRequest()
        liaisons.preset = .liaisons
        liaisons.grouping = .attribute("city")
        do {
            _ = try MapPlanning.plan(network: network, request: liaisons)
            Issue.record("a liaisons map without liaisons is refused")
        } catch {
            #expect(error.kind == .data)
            #expect(error.description == "--preset liaisons: no learning liaison in these data (grouped by city)")
        }
    }

    @Test func colourWordsAndTieOptionsAreRead() {
        #expect(ColorChoice(parsing: "Community") == .community)
        #expect(ColorChoice(parsing: "initiative") == .initiative)
        #expect(ColorChoice(parsing: "City") == .attribute("City"))
        #expect(ColorChoice(parsing: "") == nil)
        #expect(MapTieDrawing(option: nil) == .affiliationsFaint)
        #expect(MapTieDrawing(option: "all") == .all)
        #expect(MapTieDrawing(option: "funds,convenes") == .only([.funds, .convenes]))
        #expect(MapPreset.role(named: "Learning-Liaison") == .learningLiaison)
        #expect(MapPreset.role(named: "nobody") == nil)
    }
}
