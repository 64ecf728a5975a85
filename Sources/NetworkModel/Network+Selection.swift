/// Which ties of a network to keep: those of one survey wave, those active on a date, those active
/// at some time in a date range, or any combination.
public struct TieSelection: Sendable, Equatable {
    /// Keep ties whose wave is this label.
    public var wave: String?
    /// Keep ties active on this date: begun by then (or undated start) and not ended before it.
    public var asOf: PartialDate?
    /// Keep ties that have not ended before this date.
    public var since: PartialDate?
    /// Keep ties that began by this date.
    public var until: PartialDate?

    public init(wave: String? = nil, asOf: PartialDate? = nil, since: PartialDate? = nil, until: PartialDate? = nil) {
        self.wave = wave
        self.asOf = asOf
        self.since = since
        self.until = until
    }

    /// Whether the selection keeps every tie.
    public var isEverything: Bool { wave == nil && asOf == nil && since == nil && until == nil }

    /// Whether `tie` is selected.
    ///
    /// Dates compare at the coarser of the two precisions, so a tie that started in `2017`
    /// is active as of `2017-03`, and one that ended in `2017-06` is still active as of `2017`.
    public func includes(_ tie: Tie) -> Bool {
        if let wave, tie.wave != wave { return false }
        if let latestStart = asOf ?? until, let start = tie.start,
            PartialDate.compareAtCommonPrecision(start, latestStart) > 0
        {
            return false
        }
        if let earliestEnd = asOf ?? since, let end = tie.end, PartialDate.compareAtCommonPrecision(end, earliestEnd) < 0 {
            return false
        }
        if asOf != nil {
            // --as-of and a range together: the range still applies.
            if let until, let start = tie.start, PartialDate.compareAtCommonPrecision(start, until) > 0 { return false }
            if let since, let end = tie.end, PartialDate.compareAtCommonPrecision(end, since) < 0 { return false }
        }
        return true
    }
}

extension PartialDate {
    /// −1, 0 or 1 as `a` is before, within or after `b` when both are cut to the coarser precision.
    static func compareAtCommonPrecision(_ a: PartialDate, _ b: PartialDate) -> Int {
        if a.year != b.year { return a.year < b.year ? -1 : 1 }
        guard let am = a.month, let bm = b.month else { return 0 }
        if am != bm { return am < bm ? -1 : 1 }
        guard let ad = a.day, let bd = b.day else { return 0 }
        return ad == bd ? 0 : (ad < bd ? -1 : 1)
    }
}

extension Network {
    /// The network at a point: the selected ties, and the nodes they touch plus the nodes that have
    /// no tie at all in the whole network (a node known only through ties outside the selection did
    /// not take part then). Order of nodes and ties is kept. O(n + m).
    public func selecting(_ selection: TieSelection) -> Network {
        guard !selection.isEverything else { return self }
        return keepingTies(where: selection.includes)
    }

    /// The ties for which `keep` is true, with the nodes they touch and the nodes that have no tie at
    /// all in the whole network; node and tie order kept. O(n + m).
    public func keepingTies(where keep: (Tie) -> Bool) -> Network {
        var hasAnyTie = [Bool](repeating: false, count: nodeCount)
        var isTouched = [Bool](repeating: false, count: nodeCount)
        var kept: [Tie] = []
        for tie in ties {
            hasAnyTie[Int(tie.source)] = true
            hasAnyTie[Int(tie.target)] = true
            guard keep(tie) else { continue }
            isTouched[Int(tie.source)] = true
            isTouched[Int(tie.target)] = true
            kept.append(tie)
        }
        var result = Network()
        result.declareAttributes(nodes: nodeAttributeNames, ties: tieAttributeNames)
        var newPosition = [Int32](repeating: -1, count: nodeCount)
        for (position, node) in nodes.enumerated() where isTouched[position] || !hasAnyTie[position] {
            // Ids are unique in `self`, so adding cannot fail.
            newPosition[position] = (try? result.addNode(node)) ?? -1
        }
        result.reserveTies(kept.count)
        for var tie in kept {
            tie.source = newPosition[Int(tie.source)]
            tie.target = newPosition[Int(tie.target)]
            try? result.addTie(tie)
        }
        return result
    }
}
