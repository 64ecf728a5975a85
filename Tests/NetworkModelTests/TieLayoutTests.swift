import NetworkModel
import Testing

/// The tie's compact layout: its size, and that packing changes nothing a caller can see.
@Suite struct TieLayoutTests {
    /// A million ties in 32 MB: endpoints, weight, two packed dates and one shared reference.
    /// A new stored property, or a date or kind stored inline again, fails here.
    @Test func aTieTakes32Bytes() {
        #expect(MemoryLayout<Tie>.size <= 32)
        #expect(MemoryLayout<Tie>.stride <= 32)
    }

    @Test func everyFieldReadsBackAsGiven() throws {
        let start = try PartialDate(year: 2017, month: 3)
        let end = try PartialDate(year: 2019, month: 12, day: 31)
        let tie = Tie(
            source: 3, target: 9, kind: "mentors", direction: .mutual, weight: 2.5, start: start, end: end,
            wave: "2018", attributes: ["role": "chair"])
        #expect(tie.source == 3 && tie.target == 9)
        #expect(tie.kind == TieKind(rawValue: "mentors"))
        #expect(tie.direction == .mutual)
        #expect(tie.weight == 2.5)
        #expect(tie.start == start && tie.end == end)
        #expect(tie.start?.description == "2017-03" && tie.end?.description == "2019-12-31")
        #expect(tie.wave == "2018")
        #expect(tie.attributes == ["role": "chair"])
        let plain = Tie(source: 0, target: 1)
        #expect(plain.kind == .tie && plain.direction == .undirected && plain.weight == 1)
        #expect(plain.start == nil && plain.end == nil && plain.wave == nil && plain.attributes.isEmpty)
        #expect(Tie(source: 0, target: 1, kind: .funds).direction == .directed)
    }

    @Test func datesKeepTheirPrecisionAndOrder() throws {
        let dates = [
            try PartialDate(year: 1), try PartialDate(year: 2017), try PartialDate(year: 2017, month: 1),
            try PartialDate(year: 2017, month: 1, day: 1), try PartialDate(year: 9999, month: 12, day: 31),
        ]
        for date in dates {
            var tie = Tie(source: 0, target: 1)
            tie.start = date
            tie.end = date
            #expect(tie.start == date && tie.end == date)
            #expect(tie.start?.month == date.month && tie.start?.day == date.day)
        }
        var tie = Tie(source: 0, target: 1, start: dates[1])
        tie.start = nil
        #expect(tie.start == nil)
    }

    @Test func settersChangeOneFieldAndLeaveCopiesAlone() {
        let original = Tie(source: 0, target: 1, kind: .shares, wave: "1", attributes: ["a": "x"])
        var changed = original
        changed.kind = .advises
        #expect(changed.kind == .advises && changed.direction == .undirected, "the direction stays as it was")
        #expect(changed.wave == "1" && changed.attributes == ["a": "x"])
        changed.direction = .directed
        changed.wave = nil
        changed.attributes["b"] = "y"
        #expect(changed.direction == .directed && changed.wave == nil && changed.attributes == ["a": "x", "b": "y"])
        #expect(original.kind == .shares && original.direction == .undirected && original.wave == "1")
        #expect(original.attributes == ["a": "x"])
    }

    @Test func equalityAndHashingSeeValuesNotSharing() {
        var templates = TieTemplates()
        let made = templates.tie(source: 1, target: 2, kind: "mentors", weight: 3, wave: "w")
        let direct = Tie(source: 1, target: 2, kind: "mentors", weight: 3, wave: "w")
        #expect(made == direct)
        #expect(Set([made, direct]).count == 1)
        #expect(made != Tie(source: 1, target: 2, kind: "mentors", weight: 3, wave: "v"))
        #expect(made != Tie(source: 1, target: 2, kind: "mentors", direction: .directed, weight: 3, wave: "w"))
        #expect(made != Tie(source: 1, target: 2, kind: "mentors", weight: 3, wave: "w", attributes: ["a": "b"]))
        var moved = made
        moved.target = 5
        #expect(moved != made)
    }

    @Test func templatesMakeTheTiesTheInitialiserMakes() throws {
        var templates = TieTemplates()
        let date = try PartialDate(year: 2020)
        let cases: [(TieKind, TieDirection?, String?, [String: String])] = [
            (.tie, nil, nil, [:]), (.leads, nil, "2019", [:]), ("mentors", .mutual, nil, [:]),
            (.leads, nil, "2019", [:]), (.tie, .directed, nil, ["note": "x"]), ("mentors", .mutual, "2020", [:]),
        ]
        for (index, (kind, direction, wave, attributes)) in cases.enumerated() {
            let source = Int32(index), target = Int32(index + 1), weight = Double(index) + 0.5
            let made = templates.tie(
                source: source, target: target, kind: kind, direction: direction, weight: weight, start: date,
                wave: wave, attributes: attributes)
            let expected = Tie(
                source: source, target: target, kind: kind, direction: direction, weight: weight, start: date,
                wave: wave, attributes: attributes)
            #expect(made == expected)
            #expect(made.end == nil && made.start == date)
        }
    }
}
