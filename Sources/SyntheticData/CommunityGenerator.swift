import NetworkModel

/// Generates a fictional learning community with planted structure: funders
/// acting as catalyst, sponsor, organizer and peer; learning liaisons spanning
/// cities and initiatives; practices spreading from city to city through
/// convenings and shared people; a dense core, a sparse periphery and a few
/// isolates. Every tie is dated, carries its survey wave, and some lapse.
///
/// The network is a function of the configuration alone: the generator draws
/// from its own ``SplitMix64`` and never iterates a dictionary or set to decide
/// an order, so one seed gives byte-identical files on every machine.
///
/// The model is a stochastic block model over cities and a core/periphery
/// split (Borgatti & Everett 1999, doi:10.1016/S0378-8733(99)00019-2) with
/// dated affiliation ties; diffusion is planted hop by hop as contagion over
/// shared events and ties (Valente 1996, doi:10.1016/0378-8733(95)00256-1).
///
/// - Complexity: O(P² · c + T) time for P people, c the core share, T ties;
///   O(N + T) memory.
public enum CommunityGenerator {
    /// A generated network and what was planted in it.
    public struct Output: Sendable {
        public var network: Network
        public var truth: PlantedTruth
    }

    /// Builds the network described by `configuration`.
    /// - Throws: ``CommunityConfiguration/InvalidParameter`` when a size is out of range.
    public static func generate(_ configuration: CommunityConfiguration) throws(CommunityConfiguration.InvalidParameter)
        -> Output
    {
        try configuration.validate()
        let timeline: Timeline
        do {
            timeline = try Timeline(firstYear: configuration.firstYear, lastYear: configuration.lastYear)
        } catch {
            throw .init(flag: "--first-year", reason: "the years do not form a calendar")
        }
        var builder = CommunityBuilder(configuration: configuration, timeline: timeline)
        builder.createNodes()
        builder.addMembership()
        builder.addInitiatives()
        builder.addFunding()
        builder.addConvenings()
        builder.addCollaboration()
        builder.addLiaisonSpans()
        builder.addPeerFunderParticipation()
        builder.addLocalPractices()
        builder.addPracticeDiffusion()
        builder.addCatalystIntroductions()
        builder.recordTruth()
        return Output(network: builder.network, truth: builder.truth)
    }
}
