import ArgumentParser
import GraphAlgorithms
import LearningCommunity
import NetworkAnalysis
import NetworkIO
import NetworkModel
import OutputEscaping
import ResultRendering

extension LiaisonCommand {
    /// `liaison roles PATH`: one row per role assignment, with the evidence behind it.
    public struct Roles: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Find catalysts, sponsors, organizers, peers, learning liaisons, hubs, brokers and key players.",
            discussion: """
                One row per role a node holds (a node may hold several): id,label,kind,role,family,score,evidence. \
                Grantmaker roles (catalyst, sponsor, organizer, peer) are read from the ties of every funder (a \
                node with a funds tie); learning liaisons (with --group) are people whose memberships span groups, \
                who take part in several initiatives and whose ties spread over groups; structural positions (hub, \
                broker, bridge, peripheral, isolate) and key players (Borgatti's KPP-NEG and KPP-POS) come from the \
                analysed graph. The network's shape (scattered fragments, hub-and-spoke, multi-hub, core-periphery) \
                is printed with the indicators behind it. Every threshold is in docs/METRICS.md and can be changed \
                with the options below.

                Examples:
                  liaison roles datasets/integration-initiative --group city
                  liaison roles datasets/integration-initiative --group city --format csv -o roles.csv
                  liaison roles datasets/karate --key-players 3
                """)

        @OptionGroup public var input: InputOptions
        @OptionGroup public var analysis: AnalysisOptions
        @OptionGroup public var groups: GroupOptions
        @OptionGroup public var output: OutputOptions

        @OptionGroup public var tableFormat: TableFormatOptions

        @Flag(help: "In the terminal table, show each role's evidence as a plain sentence instead of its figures (CSV and JSON carry both, in the evidence and plain columns).")
        public var plain = false

        @Option(help: "Peripheral: only when the core/periphery fit is at least this (0...1).")
        public var peripheryMinFit: Double = 0.5

        @Option(help: "Show only these roles (comma-separated).")
        public var role: RoleSelection?

        @Option(help: "Size of each key-player set (0 leaves key players out).")
        public var keyPlayers: Int = 5

        @Option(help: "Seed of the key-player and core/periphery searches.")
        public var seed: UInt64 = 1

        @Option(help: "Catalyst: at least this many introductions.")
        public var catalystMinIntroductions: Int = 2

        @Option(help: "Catalyst: the funder's two ties of an introduction begin within this many days.")
        public var introductionWindow: Int = 30

        @Option(help: "Sponsor: at least this many funds ties.")
        public var sponsorMinGrants: Int = 2

        @Option(help: "Sponsor: at least this share of all funds ties.")
        public var sponsorMinShare: Double = 0.2

        @Option(help: "Organizer: at least this many convenings.")
        public var organizerMinConvenings: Int = 3

        @Option(help: "Organizer: at least this share of all convenes ties.")
        public var organizerMinShare: Double = 0.2

        @Option(help: "Peer: at least this many participates_in, attended or adopts ties.")
        public var peerMinActivities: Int = 3

        @Option(help: "Learning liaison: memberships (member_of organizations, own group) in at least this many groups.")
        public var liaisonMinGroups: Int = 2

        @Option(help: "Learning liaison: at least this many initiatives.")
        public var liaisonMinInitiatives: Int = 3

        @Option(help: "Learning liaison: participation coefficient at least this.")
        public var liaisonMinParticipation: Double = 0.5

        @Option(help: "Hub: degree z-score at least this.")
        public var hubZ: Double = 2.5

        @Option(help: "Broker: betweenness z-score at least this.")
        public var brokerZ: Double = 2.5

        @Option(help: "Bridge: cuts at least this many nodes off the rest of its component.")
        public var bridgeMinCutOff: Int = 1

        @Option(help: "Shape: below this share of nodes in the largest component the network is scattered fragments.")
        public var fragmentedBelow: Double = 0.5

        @Option(help: "Shape: from this degree centralisation on, the network is hub-and-spoke.")
        public var hubAndSpokeMinCentralization: Double = 0.5

        @Option(help: "Shape: from this core/periphery fit on (with a core of at most half the nodes), core-periphery.")
        public var corePeripheryMinFit: Double = 0.5

        @Option(help: "Shape: at least this many hubs make a multi-hub network.")
        public var multiHubMinHubs: Int = 2

        public init() {}

        public func validate() throws {
            if keyPlayers < 0 { throw ValidationError("--key-players must be 0 or more.") }
            if catalystMinIntroductions < 1 { throw ValidationError("--catalyst-min-introductions must be 1 or more.") }
            if introductionWindow < 0 { throw ValidationError("--introduction-window must be 0 or more.") }
            for (name, share) in [
                ("--sponsor-min-share", sponsorMinShare), ("--organizer-min-share", organizerMinShare),
                ("--fragmented-below", fragmentedBelow),
                ("--hub-and-spoke-min-centralization", hubAndSpokeMinCentralization),
                ("--periphery-min-fit", peripheryMinFit),
            ] where !(0...1).contains(share) {
                throw ValidationError("\(name) must lie in 0...1.")
            }
            let counts: [(String, Int, Int)] = [
                ("--sponsor-min-grants", sponsorMinGrants, 1), ("--organizer-min-convenings", organizerMinConvenings, 1),
                ("--peer-min-activities", peerMinActivities, 1), ("--liaison-min-groups", liaisonMinGroups, 1),
                ("--liaison-min-initiatives", liaisonMinInitiatives, 0), ("--bridge-min-cut-off", bridgeMinCutOff, 1),
                ("--multi-hub-min-hubs", multiHubMinHubs, 1),
            ]
            for (name, value, least) in counts where value < least {
                throw ValidationError("\(name) must be \(least) or more.")
            }
            if !(0...1).contains(liaisonMinParticipation) {
                throw ValidationError("--liaison-min-participation must lie in 0...1.")
            }
        }

        var options: RoleAnalysisOptions {
            var options = RoleAnalysisOptions()
            options.grantmaker.catalystMinimumIntroductions = catalystMinIntroductions
            options.grantmaker.introductionWindowDays = introductionWindow
            options.grantmaker.sponsorMinimumShare = sponsorMinShare
            options.grantmaker.sponsorMinimumGrants = sponsorMinGrants
            options.grantmaker.organizerMinimumShare = organizerMinShare
            options.liaison.minimumMembershipGroups = liaisonMinGroups
            options.positions.bridgeMinimumCutOff = bridgeMinCutOff
            options.positions.peripheryMinimumFit = peripheryMinFit
            options.shape.fragmentedBelowLargestShare = fragmentedBelow
            options.shape.hubAndSpokeMinimumCentralization = hubAndSpokeMinCentralization
            options.shape.corePeripheryMinimumFit = corePeripheryMinFit
            options.shape.multiHubMinimumHubs = multiHubMinHubs
            options.grantmaker.organizerMinimumConvenings = organizerMinConvenings
            options.grantmaker.peerMinimumActivities = peerMinActivities
            options.liaison.minimumInitiatives = liaisonMinInitiatives
            options.liaison.minimumParticipation = liaisonMinParticipation
            options.positions.hubMinimumZ = hubZ
            options.positions.brokerMinimumZ = brokerZ
            options.keyPlayers = keyPlayers
            options.seed = seed
            options.threads = analysis.threadCount
            return options
        }

        /// The role analysis these options ask for (the one place the command builds it): the thresholds, the
        /// projection honouring direction as ``DirectionPolicy`` decides, the grouping and `--role`.
        func request(_ loaded: ImportResult) throws -> RoleRequest {
            var request = RoleRequest()
            request.options = options
            request.options.projection = try analysis.projection(
                directed: CommandContext.analysisIsDirected(input, loaded), in: loaded.network)
            request.grouping = groups.group
            request.roles = role.map { Set($0.values) }
            return request
        }

        public func run() throws {
            try OutputGuard.check(output.output, reads: input.readPaths)
            let loaded = try CommandContext.load(input)
            let request = try self.request(loaded)
            let findings: RoleFindings
            do throws(AnalysisFailure) {
                findings = try RoleAnalysis.run(
                    network: loaded.network, request: request, messages: { CommandContext.printError($0.description) })
            } catch {
                throw CommandContext.failure(error)
            }
            let report = findings.report
            let table = findings.table
            let metadata = findings.metadata
            let chosen = tableFormat.chosen(writingTo: output)
            let text: String
            switch chosen {
            case .json:
                text = TableRendering.json(table, rowsKey: "roles", metadata: metadata)
            case .csv, .table:
                CommandContext.printError("note: network shape: \(report.shape.rawValue) (\(report.shapeReason))")
                if chosen == .csv {
                    text = TableRendering.csv(table, raw: output.rawCSV)
                } else {
                    // On a terminal: who, which role, the score, and one form of the evidence (the figures, or
                    // with --plain the sentence); CSV and JSON carry every column.
                    let kept = ["label", "role", "score", plain ? "plain" : "evidence"].compactMap(table.columnIndex)
                    var shown = ResultTable(columns: kept.map { table.columns[$0] })
                    shown.rows = table.rows.map { row in kept.map { row[$0] } }
                    text = TableRendering.text(shown)
                }
            }
            try CommandContext.emit(text, to: output)
        }
    }
}
