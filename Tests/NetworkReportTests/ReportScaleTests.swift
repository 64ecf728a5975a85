import Foundation
import LearningCommunity
import NetworkModel
import NetworkReport
import Testing

/// The report above its detail threshold (``ReportScale``): it says what it left out, and its size grows with
/// the nodes it details, not with the network.
@Suite struct ReportScaleTests {
    /// `count` people in four cities on a ring with chords (ties to the next, the 7th and the 13th person
    /// after them), in two waves, and one funder of the first ten people.
    static func ring(_ count: Int) throws -> Network {
        var network = Network()
        let cities = ["Aby", "Bree", "Cole", "Dale"]
        for k in 0..<count {
            try network.addNode(
                Node(id: "p\(k)", label: "Person \(k)", kind: .person, attributes: ["city": cities[k * 4 / count]]))
        }
        for k in 0..<count {
            for step in [1, 7, 13] {
                try network.addTie(
                    Tie(source: Int32(k), target: Int32((k + step) % count), kind: .collaboratesWith,
                        wave: k % 3 == 0 ? "2019" : "2018"))
            }
        }
        let funder = try network.addNode(Node(id: "fund", label: "The Fund", kind: .organization))
        for k in 0..<10 { try network.addTie(Tie(source: funder, target: Int32(k), kind: .funds, wave: "2018")) }
        return network
    }

    static func report(_ network: Network, detailed: Int, mapNodes: Int) throws -> (ReportAnalysis, String) {
        var options = ReportOptions()
        options.grouping = try NodeGrouping.attribute("city", in: network)
        options.permutations = 20
        options.threads = 2
        options.detailedNodeLimit = detailed
        options.mapNodeLimit = mapNodes
        let analysis = try ReportAnalysis.compute(network, options: options)
        return (analysis, HTMLReport.render(analysis, mapSVG: ReportSamples.svg))
    }

    /// The `"nodes":[…]` entries of the page's data.
    static func pageNodeCount(_ html: String) -> Int {
        html.components(separatedBy: "{\"id\":").count - 1
    }

    @Test func aSmallNetworkIsDetailedInFull() throws {
        let network = try Self.ring(120)
        let (analysis, html) = try Self.report(network, detailed: 5_000, mapNodes: 1_000)
        #expect(analysis.scale.mapNodes == nil && analysis.scale.waveMapNodes == nil)
        #expect(analysis.scale.pageNodes == nil && !analysis.scale.isBounded)
        #expect(Self.pageNodeCount(html) == network.nodeCount)
        #expect(!html.contains("Node cards and the search cover"))
    }

    @Test func aBoundedReportSaysWhatItLeftOutAndWhy() throws {
        let network = try Self.ring(300)
        let (analysis, html) = try Self.report(network, detailed: 100, mapNodes: 40)
        let scale = analysis.scale
        #expect(scale.isBounded)
        #expect(scale.mapNodes?.count == 40)
        #expect(scale.waveMapNodes == scale.mapNodes, "the waves draw no more nodes than the map")
        let page = try #require(scale.pageNodes)
        #expect(page.count < network.nodeCount && page.count >= 40)
        #expect(Set(scale.mapNodes ?? []).isSubset(of: Set(page)), "every drawn node keeps its card")
        #expect(Self.pageNodeCount(html) == page.count)
        #expect(html.contains("The map draws the 40 nodes with the highest betweenness of \(network.nodeCount)"))
        #expect(html.contains("Node cards and the search cover \(page.count) of the \(network.nodeCount) nodes"))
        #expect(html.contains("above 100 nodes the page holds only those"))
        #expect(html.contains("\"nodeCount\":\(network.nodeCount)"))
        // Every name a ranked list links to has a card.
        for match in html.components(separatedBy: "data-node=\"").dropFirst() {
            let id = String(match.prefix { $0 != "\"" })
            #expect(html.contains("{\"id\":\"\(id)\""), "ranked node \(id) has a card")
        }
    }

    /// Bytes per node fall as a bounded network grows: four times the nodes, well under twice the bytes.
    @Test func aBoundedReportStaysSmall() throws {
        let (_, small) = try Self.report(try Self.ring(400), detailed: 100, mapNodes: 40)
        let (_, large) = try Self.report(try Self.ring(1_600), detailed: 100, mapNodes: 40)
        let (smallBytes, largeBytes) = (small.utf8.count, large.utf8.count)
        #expect(Double(largeBytes) < 1.5 * Double(smallBytes), "\(smallBytes) → \(largeBytes) bytes")
        #expect(largeBytes / 1_600 < 100, "\(largeBytes / 1_600) bytes per node")
    }

    @Test func theSummarySaysWhyChangeIsNotTestable() throws {
        func pair(wave: String?) throws -> Network {
            var network = Network()
            let a = try network.addNode(Node(id: "a", label: "A", kind: .person))
            let b = try network.addNode(Node(id: "b", label: "B", kind: .person))
            try network.addTie(Tie(source: a, target: b, kind: .collaboratesWith, wave: wave))
            return network
        }
        let html = HTMLReport.render(try ReportAnalysis.compute(try pair(wave: nil), options: ReportOptions()), mapSVG: nil)
        #expect(html.contains("What changed over time is not testable on these data: no tie has a date or a survey wave"))
        let waveHTML = HTMLReport.render(
            try ReportAnalysis.compute(try pair(wave: "2019"), options: ReportOptions()), mapSVG: nil)
        #expect(waveHTML.contains("the ties name one survey wave (2019)"))
    }

    @Test func theSummaryLinksTheChangeBetweenWaves() throws {
        let (_, html) = try Self.report(try Self.ring(120), detailed: 5_000, mapNodes: 1_000)
        let summary = try #require(html.components(separatedBy: "<section id=\"summary\">").dropFirst().first)
            .components(separatedBy: "</section>")[0]
        #expect(summary.contains("From 2018 to 2019: "))
        #expect(summary.contains("href=\"#change\""))
    }

    /// The verdicts from the first wave to the last reuse the steps' measures and equal `compare`'s.
    @Test func overallVerdictsEqualCompareOnThreeWaves() throws {
        let network = try Self.ring(90)
        var threeWaves = Network()
        for node in network.nodes { _ = try threeWaves.addNode(node) }
        for (index, tie) in network.ties.enumerated() {
            var copy = tie
            copy.wave = ["2017", "2018", "2019"][index % 3]
            try threeWaves.addTie(copy)
        }
        let (analysis, _) = try Self.report(threeWaves, detailed: 5_000, mapNodes: 1_000)
        let changes = try #require(analysis.waveChanges)
        #expect(changes.waves == ["2017", "2018", "2019"] && changes.steps.count == 2)
        var options = ChangeOptions()
        options.grouping = .attribute("city")
        options.threads = 2
        let direct = try NetworkChange.compare(
            before: try threeWaves.capturedBy(wave: "2017"), after: try threeWaves.capturedBy(wave: "2019"),
            options: options)
        #expect(changes.overall == direct.indicators)
    }
}
