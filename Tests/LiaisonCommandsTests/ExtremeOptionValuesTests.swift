import Foundation
import Synchronization
import Testing

/// Every numeric option of every subcommand, given extreme values, ends in a clear error or a bounded run:
/// never a signal (a trap, a crash) and never a run without end. Issue 14, item 7. The runs are in process
/// (a trap ends the test run); `BinarySmokeTests` checks the binary's own exit codes.
///
/// The option lists are written by hand and checked against `liaison <command> --help`, so an option added
/// later without being listed here fails ``everyOptionIsClassified()``.
@Suite struct ExtremeOptionValuesTests {
    /// A subcommand: the arguments of an ordinary run on the smallest bundled dataset, and its options that
    /// take a number.
    struct Command: Sendable {
        let name: String
        let base: [String]
        let numeric: [String]
        /// Options taking a value that is not a number (names, paths, kinds, formats), reviewed against --help.
        let other: [String]
    }

    static let dataset = "datasets/florentine"
    static let output = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-extreme-options").path
    /// Options every command that reads a network takes, none numeric.
    static let input = [
        "--nodes", "--edges", "--affiliation", "--affiliation-kinds", "--wave", "--as-of", "--since", "--until",
        "--project", "--anonymize", "--anonymize-key", "--vocabulary", "--date-format", "--nodes-sheet", "--edges-sheet", "--keep-attribute",
        // The survey input (its one number, --min-response-rate, is checked only with --survey, so it is listed here).
        "--survey", "--roster", "--survey-shape", "--combine", "--respondent-column", "--names-column", "--tie-question",
        "--scale", "--matches", "--min-response-rate",
    ]
    static let analysis = ["--weight-is", "--parallel-ties", "--node-kinds", "--tie-kinds"]

    static let commands: [Command] = [
        Command(name: "inspect", base: ["inspect", dataset], numeric: [], other: input + ["--output", "--format"]),
        Command(name: "validate", base: ["validate", dataset], numeric: [], other: input + ["--format"]),
        Command(
            name: "metrics", base: ["metrics", dataset, "--format", "csv"],
            numeric: [
                "--threads", "--community-seed", "--community-resolution", "--top", "--epsilon", "--delta",
                "--eigen-tolerance", "--seed",
            ],
            other: input + analysis + [
                "--group", "--multi", "--output", "--format", "--metrics", "--sort", "--kind", "--attribute",
                "--tie-quality", "--personalize",
            ]),
        Command(
            name: "communities", base: ["communities", dataset, "--format", "csv"],
            numeric: ["--threads", "--resolution", "--seed", "--iterations"],
            other: input + analysis + ["--output", "--format", "--method", "--objective"]),
        Command(
            name: "crosspollination",
            base: ["crosspollination", dataset, "--group", "wealth", "--format", "csv", "--permutations", "50"],
            numeric: ["--threads", "--community-seed", "--community-resolution", "--permutations", "--seed"],
            other: input + analysis + ["--group", "--multi", "--output", "--format", "--section", "--tie-quality"]),
        Command(
            name: "roles", base: ["roles", dataset, "--group", "wealth", "--format", "csv"],
            numeric: [
                "--threads", "--community-seed", "--community-resolution", "--key-players", "--seed",
                "--catalyst-min-introductions", "--introduction-window", "--sponsor-min-grants", "--sponsor-min-share",
                "--organizer-min-convenings", "--organizer-min-share", "--peer-min-activities", "--liaison-min-groups",
                "--liaison-min-initiatives", "--liaison-min-participation", "--hub-z", "--broker-z",
                "--bridge-min-cut-off", "--fragmented-below", "--hub-and-spoke-min-centralization",
                "--core-periphery-min-fit", "--multi-hub-min-hubs", "--periphery-min-fit",
            ],
            other: input + analysis + ["--group", "--multi", "--output", "--format", "--role"]),
        Command(
            name: "compare", base: ["compare", dataset, "--from", "2000", "--to", dataset, "--format", "csv"],
            numeric: ["--threads", "--community-seed", "--community-resolution", "--top", "--seed"],
            other: input + analysis + [
                "--group", "--multi", "--output", "--from", "--to", "--wave-reading", "--format", "--section",
            ]),
        Command(
            name: "map", base: ["map", dataset, "-o", output + "/map.svg"],
            numeric: [
                "--threads", "--labels", "--seed", "--radius", "--min-degree", "--min-core", "--max-nodes",
                "--community-seed", "--community-resolution",
            ],
            other: input + analysis + [
                "--output", "--format", "--engine", "--size-by", "--color-by", "--cluster", "--title", "--style", "--focus",
                "--label-role", "--multi", "--label", "--preset", "--group", "--label-field",
            ]),
        Command(
            name: "map-waves", base: ["map-waves", dataset, "-o", output + "/waves"], numeric: [],
            other: input + ["--waves", "--output", "--engine", "--wave-reading"]),
        Command(
            name: "report", base: ["report", dataset, "--group", "wealth", "-o", output + "/report.html", "--permutations", "50"],
            numeric: [
                "--threads", "--community-seed", "--community-resolution", "--seed", "--min-cell", "--permutations",
                "--max-nodes",
            ],
            other: input + analysis + ["--group", "--multi", "--output", "--title"]),
        Command(
            name: "export", base: ["export", dataset, "--to", "json", "-o", output + "/export.json"],
            numeric: ["--threads", "--epsilon", "--delta", "--eigen-tolerance", "--seed"],
            other: input + analysis + ["--output", "--to", "--metrics"]),
        Command(
            name: "survey",
            base: [
                "survey", "--survey", "datasets/partnership-survey/responses.csv", "--roster",
                "datasets/partnership-survey/roster.csv", "--matches", "datasets/partnership-survey/matches.csv",
            ],
            numeric: ["--rating-max", "--min-response-rate"],
            other: input.filter { $0 != "--min-response-rate" } + ["--by", "--output", "--format"]),
        Command(
            name: "generate", base: ["generate", "--seed", "1", "-o", output + "/generated"],
            numeric: [
                "--seed", "--cities", "--organizations", "--funders", "--people", "--initiatives", "--practices",
                "--convenings", "--first-year", "--last-year", "--liaisons", "--spreading-practices", "--isolates",
                "--introductions", "--ties",
            ],
            other: ["--output", "--scale"]),
    ]

    /// Zero, negative, the smallest and largest doubles' neighbourhood, not-a-number, infinity, the largest
    /// 64-bit integer.
    static let extremes = ["0", "-1", "1e-300", "1e300", "nan", "inf", "9223372036854775807"]
    /// Exit codes a refused or completed run may end with (sysexits: usage, data, no input, internal, cannot write).
    static let allowedStatuses: Set<Int32> = [0, 64, 65, 66, 70, 73]
    /// No single run may take longer than this (a run without end is a failure too).
    static let deadline: TimeInterval = 30

    /// The options `liaison <command> --help` lists that take a value.
    static func helpOptions(_ command: String) throws -> Set<String> {
        let help = try InProcessRunner.run([command, "--help"])
        var options = Set<String>()
        for line in help.standardOutput.split(separator: "\n") {
            // An option's definition starts its line ("--top <top>", "-o, --output <output>"); the rest is help text.
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.first?.hasPrefix("-") == true,
                let index = words.prefix(2).firstIndex(where: { $0.hasPrefix("--") }), index + 1 < words.count
            else { continue }
            let next = words[index + 1]
            if next.hasPrefix("<") || next.hasPrefix("[<") { options.insert(String(words[index])) }
        }
        return options
    }

    @Test func everyOptionIsClassified() throws {
        for command in Self.commands {
            let listed = Set(command.numeric + command.other)
            let shown = try Self.helpOptions(command.name)
            #expect(shown.subtracting(listed).isEmpty, "\(command.name): unclassified \(shown.subtracting(listed).sorted())")
            #expect(Set(command.numeric).isSubset(of: shown), "\(command.name): \(Set(command.numeric).subtracting(shown).sorted())")
        }
    }

    /// The cases reported: a typo in `--node-kinds` (0/0 in the shape, then NaN to Int, SIGILL), and an
    /// `--epsilon` so small that the sample size overflowed (1e-200) or would never finish (1e-9).
    @Test func reportedCasesAreClearErrors() throws {
        for command in ["roles", "report"] {
            var arguments = [command, "datasets/integration-initiative", "--node-kinds", "persons"]
            if command == "report" { arguments += ["-o", "/tmp/liaison-unused-report.html"] }
            let outcome = try InProcessRunner.run(arguments)
            #expect(!outcome.crashed && outcome.status == 64, "\(command): \(outcome.status) \(outcome.standardError)")
            #expect(outcome.standardError.contains("--node-kinds names 'persons'"))
            #expect(outcome.standardError.contains("organization, person"), "names the kinds present")
        }
        for epsilon in ["1e-200", "1e-9"] {
            let outcome = try InProcessRunner.run(["metrics", Self.dataset, "--epsilon", epsilon])
            #expect(!outcome.crashed && outcome.status == 64, "\(epsilon): \(outcome.standardError)")
            #expect(outcome.standardError.contains("--epsilon"), "\(outcome.standardError)")
            #expect(outcome.standardError.contains("at least"), "names the smallest epsilon that works")
        }
    }

    /// One run's arguments: the command's base, with the option set to the value (the last value of a
    /// repeated option wins, so `generate --seed` is overridden in place).
    static func arguments(_ command: Command, _ option: String, _ value: String) -> [String] {
        var arguments = command.base
        if command.name == "map" && option == "--radius" { arguments += ["--focus", "Medici"] }
        if command.name == "generate" && option == "--ties" { arguments += ["--scale", "large"] }
        return arguments + ["\(option)=\(value)"]
    }

    @Test func extremeValuesNeverTrapOrHang() throws {
        try FileManager.default.createDirectory(atPath: Self.output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: Self.output) }
        let runs = Self.commands.flatMap { command in
            command.numeric.flatMap { option in Self.extremes.map { Self.arguments(command, option, $0) } }
        }
        let next = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < runs.count else { return }
                let problem = Self.problem(running: runs[index])
                if let problem { failures.withLock { $0.append(problem) } }
            }
        }
        let found = failures.withLock { $0 }
        #expect(found.isEmpty, "\(found.count) of \(runs.count) runs failed:\n\(found.joined(separator: "\n"))")
    }

    /// Runs the command in process and describes what went wrong, or nil: an exit code outside the allowed
    /// ones, a run past the deadline, or a usage error (64) that does not name the option. A trap ends the
    /// whole test run, which fails it.
    static func problem(running arguments: [String]) -> String? {
        let what = arguments.joined(separator: " ")
        let finished: BinaryRunner.Outcome?
        do { finished = try InProcessRunner.run(arguments, deadline: .seconds(deadline)) } catch { return "\(what): \(error)" }
        guard let outcome = finished else { return "\(what): still running after \(Int(deadline)) s" }
        let status = outcome.status
        guard allowedStatuses.contains(status) else { return "\(what): exit \(status): \(outcome.standardError.suffix(300))" }
        if status == 64, let option = arguments.last?.split(separator: "=").first, !outcome.standardError.contains(option) {
            return "\(what): exit 64 without naming \(option): \(outcome.standardError.suffix(300))"
        }
        return nil
    }
}
