import ArgumentParser

/// The root of the `liaison` command tree.
public struct LiaisonCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Analyse and map the networks of learning communities.",
        discussion: """
            Liaison reads people, organizations, initiatives, practices and events, and the ties \
            between them, from CSV files (Liaison's own, Kumu and Gephi exports), and computes \
            the numbers an evaluator can defend.

            Exit codes: 0 success; 64 the command line is wrong; 65 the input data is wrong; \
            69 Graphviz failed; 73 an output file could not be written; 70 an internal error.
            """,
        version: LiaisonVersion.current,
        subcommands: [
            Inspect.self, Validate.self, Metrics.self, Communities.self, CrossPollination.self, Roles.self,
            Compare.self, Map.self, MapWaves.self, Report.self, Export.self, Survey.self, Generate.self, Bench.self,
            RenderWorker.self,
        ]
    )

    public init() {}
}

/// The version printed by `liaison --version`.
public enum LiaisonVersion {
    public static let current = "0.1.0"
}
