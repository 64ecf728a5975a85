import Foundation

/// What the generator planted in a network, with every planted entity's id and
/// the ties that are its evidence, so later analyses can be scored against it.
/// Written beside the data as `truth.json`; dates are ISO 8601 text.
public struct PlantedTruth: Codable, Equatable, Sendable {
    /// `learning-community` (planted structure) or `large` (benchmark model).
    public var generator: String
    /// Always true: the people, organizations and places are invented.
    public var fictional: Bool = true
    public var seed: UInt64
    /// The sizes of a `learning-community` network.
    public var configuration: CommunityConfiguration?
    /// The sizes of a `large` network.
    public var largeConfiguration: LargeNetworkConfiguration?
    public var nodeCount: Int = 0
    public var tieCount: Int = 0
    public var cities: [String] = []
    /// The survey waves, each with its first and last date.
    public var waves: [WaveSpan] = []
    public var funders: [FunderTruth] = []
    public var liaisons: [LiaisonTruth] = []
    public var practiceDiffusion: [PracticeSpreadTruth] = []
    /// Practices adopted in one city only, by city.
    public var localPractices: [LocalPracticeTruth] = []
    public var core: CoreTruth = CoreTruth()
    /// Ids of nodes with no ties.
    public var isolates: [String] = []

    public init(generator: String, seed: UInt64) {
        self.generator = generator
        self.seed = seed
    }

    /// The truth as pretty-printed JSON with sorted keys, ending in a newline.
    public func jsonText() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

/// One survey wave and the dates it covers.
public struct WaveSpan: Codable, Equatable, Sendable {
    public var label: String
    public var first: String
    public var last: String
}

/// The role a funder was planted to play.
public enum FunderRoleKind: String, Codable, Sendable, CaseIterable {
    /// Connects participants who were not otherwise connected (brokerage among those it does not fund).
    case catalyst
    /// Funds initiatives and organizations (`funds` ties).
    case sponsor
    /// Convenes the events (`convenes` ties; the hub of events).
    case organizer
    /// Takes part itself (`participates_in`, `attended`, `adopts`).
    case peer
}

/// A funder, its planted role, and the ties that show it.
public struct FunderTruth: Codable, Equatable, Sendable {
    public var id: String
    public var label: String
    public var city: String
    public var role: FunderRoleKind
    /// Targets of its `funds` ties.
    public var funds: [String] = []
    /// Events it `convenes`.
    public var convenes: [String] = []
    /// Initiatives it `participates_in` (the funder organization itself).
    public var participatesIn: [String] = []
    /// Events it `attended`.
    public var attended: [String] = []
    /// Practices it `adopts`.
    public var adopts: [String] = []
    /// Introductions between organizations it does not fund (catalyst).
    public var introductions: [IntroductionTruth] = []
}

/// A catalyst's introduction: `advises` ties to two organizations in different
/// cities that had no tie and no neighbour in common, sometimes followed by
/// their own `collaborates_with` tie.
public struct IntroductionTruth: Codable, Equatable, Sendable {
    public var organizations: [String]
    public var cities: [String]
    public var date: String
    /// Start of the `collaborates_with` tie between the two, if one followed.
    public var followUpCollaboration: String?
}

/// A learning liaison: a person whose ties span cities and initiatives.
public struct LiaisonTruth: Codable, Equatable, Sendable {
    public var id: String
    public var label: String
    /// Cities of the organizations they are a member of.
    public var cities: [String]
    public var organizations: [String]
    public var initiatives: [String]
    public var events: [String]
    /// Cities of the events they attended.
    public var eventCities: [String]
}

/// A practice planted to spread from one city to others.
public struct PracticeSpreadTruth: Codable, Equatable, Sendable {
    public var practice: String
    public var label: String
    public var originCity: String
    public var firstAdopter: String
    public var firstAdopted: String
    /// Every later adoption and the tie that carried it, in the order planted.
    public var hops: [DiffusionHopTruth] = []
    /// Cities with an adopter, origin first.
    public var citiesReached: [String] = []
}

/// One planted adoption: `to` adopted the practice after a carrying tie with `from`, an earlier adopter.
public struct DiffusionHopTruth: Codable, Equatable, Sendable {
    public var from: String
    public var to: String
    public var fromCity: String
    public var toCity: String
    /// `attended` (both attended `event`) or `shares` (a `shares` tie between the two).
    public var carrier: String
    /// The convening both attended, for `attended` carriers.
    public var event: String?
    /// When the carrying tie began (the event date, or the `shares` start).
    public var carrierDate: String
    /// When `to` adopted.
    public var adopted: String
}

/// A practice adopted within one city only.
public struct LocalPracticeTruth: Codable, Equatable, Sendable {
    public var practice: String
    public var city: String
    public var adopters: [String]
}

/// The dense core; everyone else is periphery.
public struct CoreTruth: Codable, Equatable, Sendable {
    public var organizations: [String] = []
    public var people: [String] = []
}
