import NetworkMaps
import NetworkModel
import Testing

/// `MapNodeLimit`: which nodes a map keeps under `--max-nodes`, and the ties it then draws.
@Suite struct MapSelectionTests {
    @Test func keepsTheLargestValuesInAscendingPositionOrder() throws {
        let values = [0.5, 0, 0.25, 0.75, 0.1]
        #expect(try MapNodeLimit.topNodes([0, 1, 2, 3, 4], by: values, limit: 2) == [0, 3])
        #expect(try MapNodeLimit.topNodes([0, 1, 2, 3, 4], by: values, limit: 3) == [0, 2, 3])
        #expect(try MapNodeLimit.topNodes([4, 1, 2], by: values, limit: 1) == [2])
    }

    @Test func equalValuesKeepTheEarlierNodeAndNaNRanksLast() throws {
        let values = [1, 2, 2, .nan, 2, 0]
        #expect(try MapNodeLimit.topNodes([5, 4, 3, 2, 1, 0], by: values, limit: 2) == [1, 2])
        #expect(try MapNodeLimit.topNodes([3, 5], by: values, limit: 1) == [5])
        #expect(try MapNodeLimit.topNodes([3, 0, 5], by: values, limit: 2) == [0, 5])
    }

    @Test func fewerCandidatesThanTheLimitAreAllKeptOnce() throws {
        #expect(try MapNodeLimit.topNodes([2, 0, 2], by: [1, 1, 1], limit: 5) == [0, 2])
        #expect(try MapNodeLimit.topNodes([], by: [1], limit: 1) == [])
    }

    @Test func matchesASortOfEveryNodeOnARing() throws {
        let values: [Double] = (0..<200).map { (index: Int) -> Double in Double((index * 37) % 101) }
        let everyNode: [Int32] = (0..<200).map { (index: Int) -> Int32 in Int32(index) }
        let kept = try MapNodeLimit.topNodes(everyNode, by: values, limit: 30)
        let ranked: [Int32] = everyNode.sorted { (left: Int32, right: Int32) -> Bool in
            let a = values[Int(left)]
            let b = values[Int(right)]
            return a != b ? a > b : left < right
        }
        let expected: [Int32] = ranked.prefix(30).sorted()
        #expect(kept == expected)
        #expect(kept.count == 30)
    }

    @Test func invalidLimitsAndPositionsThrow() {
        #expect(throws: MapNodeLimit.Failure.limitNotPositive(0)) {
            try MapNodeLimit.topNodes([0], by: [1], limit: 0)
        }
        #expect(throws: MapNodeLimit.Failure.limitNotPositive(-3)) {
            try MapNodeLimit.topNodes([0], by: [1], limit: -3)
        }
        #expect(throws: MapNodeLimit.Failure.positionOutsideValues(2, valueCount: 2)) {
            try MapNodeLimit.topNodes([0, 2], by: [1, 1], limit: 1)
        }
        #expect(throws: MapNodeLimit.Failure.positionOutsideValues(-1, valueCount: 2)) {
            try MapNodeLimit.topNodes([-1], by: [1, 1], limit: 1)
        }
    }

    @Test func aMapOfTheKeptNodesDrawsOnlyTheTiesAmongThem() throws {
        let network = try SampleNetworks.ring(count: 60)
        var degree = [Double](repeating: 0, count: network.nodeCount)
        for tie in network.ties {
            degree[Int(tie.source)] += 1
            degree[Int(tie.target)] += 1
        }
        let everyNode: [Int32] = (0..<60).map { (index: Int) -> Int32 in Int32(index) }
        let kept = try MapNodeLimit.topNodes(everyNode, by: degree, limit: 12)
        let keptSet = Set(kept)
        let expectedTies = network.ties.filter { keptSet.contains($0.source) && keptSet.contains($0.target) }.count
        var options = MapOptions(size: MapMetric(name: "degree", values: degree))
        options.nodePositions = kept
        let dot = try NetworkMap(network: network, options: options).dotText()
        #expect(nodeStatementLines(dot).count == 12)
        #expect(edgeStatementLines(dot).count == expectedTies)
        #expect(expectedTies > 0)
    }

    @Test func betweennessIsSlowOnlyForLargeNetworks() {
        #expect(!MapNodeLimit.betweennessIsSlow(nodeCount: 34, tieCount: 78))
        #expect(!MapNodeLimit.betweennessIsSlow(nodeCount: 20_000, tieCount: 100_000))
        #expect(MapNodeLimit.betweennessIsSlow(nodeCount: 200_000, tieCount: 1_000_000))
        #expect(MapNodeLimit.betweennessIsSlow(nodeCount: Int.max, tieCount: 2))
        #expect(!MapNodeLimit.betweennessIsSlow(nodeCount: 0, tieCount: 0))
    }
}
