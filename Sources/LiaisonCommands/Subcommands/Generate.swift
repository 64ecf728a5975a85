import ArgumentParser
import Foundation
import NetworkIO
import SyntheticData

extension LiaisonCommand {
    /// `liaison generate`: writes a synthetic learning-community network and its planted truth.
    public struct Generate: ParsableCommand {
        public static let configuration = CommandConfiguration(
            abstract: "Generate a synthetic learning-community network with planted structure.",
            discussion: """
                Writes nodes.csv, edges.csv and truth.json into the output folder (each atomically). \
                The same seed and sizes give byte-identical files on every machine. The network is \
                fictional: funders acting as catalyst, sponsor, organizer and peer, learning liaisons, \
                practices spreading between cities, a core and a periphery, and a few isolates; \
                truth.json records each of them with the ties that show it.

                --scale large makes benchmark networks of any size (exactly --ties ties) from a \
                clustered model with no planted structure.

                Examples:
                  liaison generate --seed 2016 -o datasets/integration-initiative
                  liaison generate --seed 7 --people 1000 --organizations 150 -o /tmp/bigger
                  liaison generate --seed 1 --scale large --ties 1000000 -o /tmp/bench
                """)

        /// Which generator to run.
        public enum Scale: String, ExpressibleByArgument, CaseIterable, Sendable {
            case community, large
        }

        @Option(help: "Seed of the random sequence (any integer from 0 to 18446744073709551615).")
        var seed: UInt64

        @Option(name: [.short, .customLong("output")], help: "Folder to write into (created if missing).")
        var output: String

        @Option(help: "Which generator: community plants structure; large makes benchmark networks of --ties ties.")
        var scale: Scale = .community

        @Option(help: "Number of cities (community default 6, large default 50).")
        var cities: Int?

        @Option(help: "Number of organizations, funders included (default 60).")
        var organizations: Int?

        @Option(help: "Number of funders among the organizations, at least 4 (default 5).")
        var funders: Int?

        @Option(help: "Number of people (default 250).")
        var people: Int?

        @Option(help: "Number of initiatives (default 12).")
        var initiatives: Int?

        @Option(help: "Number of practices (default 30).")
        var practices: Int?

        @Option(help: "Number of convenings (default 20).")
        var convenings: Int?

        @Option(help: "First year of the network (default 2016).")
        var firstYear: Int?

        @Option(help: "Last year of the network (default 2019).")
        var lastYear: Int?

        @Option(help: "Number of learning liaisons to plant (default 5).")
        var liaisons: Int?

        @Option(help: "Number of practices planted to spread between cities (default 6).")
        var spreadingPractices: Int?

        @Option(help: "Number of nodes planted with no ties (default 4).")
        var isolates: Int?

        @Option(help: "Number of introductions the catalyst funder makes (default 6).")
        var introductions: Int?

        @Option(help: "Exact number of ties with --scale large (default 1000000).")
        var ties: Int?

        public init() {}

        public func validate() throws {
            switch scale {
            case .community:
                if ties != nil { throw ValidationError("'--ties' is only valid with '--scale large'.") }
                do { try communityConfiguration().validate() } catch { throw ValidationError(error.description) }
            case .large:
                let communityOnly: [(String, Int?)] = [
                    ("--organizations", organizations), ("--funders", funders), ("--people", people),
                    ("--initiatives", initiatives), ("--practices", practices), ("--convenings", convenings),
                    ("--liaisons", liaisons), ("--spreading-practices", spreadingPractices),
                    ("--isolates", isolates), ("--introductions", introductions),
                ]
                if let flag = communityOnly.first(where: { $0.1 != nil })?.0 {
                    throw ValidationError(
                        "'\(flag)' is only valid with '--scale community'; use '--ties' to size a large network.")
                }
                do { try largeConfiguration().validate() } catch { throw ValidationError(error.description) }
            }
        }

        public func run() throws {
            let generated: CommunityGenerator.Output
            do {
                switch scale {
                case .community: generated = try CommunityGenerator.generate(communityConfiguration())
                case .large: generated = try LargeNetworkGenerator.generate(largeConfiguration())
                }
            } catch {
                throw ValidationError(error.description)
            }
            do {
                try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            } catch {
                printError("liaison generate: cannot create the folder \(output)")
                throw LiaisonExitCode.cannotWrite
            }
            do {
                try NetworkWriter.write(generated.network, toFolder: output)
                try AtomicFileWriter.write(generated.truth.jsonText(), to: output + "/truth.json")
            } catch let error as AtomicFileWriter.WriteError {
                printError("liaison generate: \(error.description)")
                throw LiaisonExitCode.cannotWrite
            } catch {
                printError("liaison generate: cannot encode truth.json")
                throw LiaisonExitCode.internalError
            }
            print(
                "Generated \(generated.network.nodeCount) nodes and \(generated.network.tieCount) ties "
                    + "(\(scale.rawValue), seed \(seed)) in \(output): nodes.csv, edges.csv, truth.json.")
        }

        func communityConfiguration() -> CommunityConfiguration {
            var configuration = CommunityConfiguration(seed: seed)
            if let cities { configuration.cities = cities }
            if let organizations { configuration.organizations = organizations }
            if let funders { configuration.funders = funders }
            if let people { configuration.people = people }
            if let initiatives { configuration.initiatives = initiatives }
            if let practices { configuration.practices = practices }
            if let convenings { configuration.convenings = convenings }
            if let firstYear { configuration.firstYear = firstYear }
            if let lastYear { configuration.lastYear = lastYear }
            if let liaisons { configuration.liaisons = liaisons }
            if let spreadingPractices { configuration.spreadingPractices = spreadingPractices }
            if let isolates { configuration.isolates = isolates }
            if let introductions { configuration.introductions = introductions }
            return configuration
        }

        func largeConfiguration() -> LargeNetworkConfiguration {
            var configuration = LargeNetworkConfiguration(seed: seed, ties: ties ?? 1_000_000, cities: cities ?? 50)
            if let firstYear { configuration.firstYear = firstYear }
            if let lastYear { configuration.lastYear = lastYear }
            return configuration
        }

        /// Diagnostics go through the one terminal escaper (the folder name is the user's text).
        private func printError(_ message: String) {
            CommandContext.printError(message)
        }
    }
}
