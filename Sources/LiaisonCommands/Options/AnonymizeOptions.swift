import ArgumentParser
import Deidentification
import NetworkModel

/// `--anonymize [people|all]` and `--anonymize-key`: de-identification of every command's input.
public struct AnonymizeOptions: ParsableArguments {
    @Option(
        name: .customLong("anonymize"), defaultAsFlag: AnonymizationScope.people,
        help: ArgumentHelp(
            "Replace the ids and labels of people (or, with 'all', people and organizations) by stable pseudonyms.",
            discussion: """
                A pseudonym is the kind and six hex digits of HMAC-SHA256 of the id under a key (Person 3F2A9C). \
                Nodes of a kind Liaison does not recognise (such as the plain 'node' of a single edges file) count \
                as people. Attribute values equal to a replaced name are replaced too; free text mentioning one is withheld.
                """,
            valueName: "people|all"))
    public var anonymize: AnonymizationScope?

    @Option(
        name: .customLong("anonymize-key"),
        help: "The pseudonym key, at least 16 bytes (default: a random key, printed on standard error so the run can be repeated). A guessable key makes pseudonyms reversible.")
    public var anonymizeKey: String?

    @Option(
        name: .customLong("keep-attribute"),
        help: ArgumentHelp(
            "With --anonymize, keep this attribute (repeat for several); every other attribute is dropped.",
            discussion: "A kept attribute's text values become group-1, group-2, … (numbers and dates stay), so grouping by it still works.",
            valueName: "name"))
    public var keepAttribute: [String] = []

    @Flag(
        name: .customLong("generate-key"),
        help: "Print a new random pseudonym key (64 hex digits) for --anonymize-key and exit.")
    public var generateKey = false

    /// The shortest key accepted: with fewer bytes, trying every likely key (and then every id) is feasible.
    static let minimumKeyBytes = 16

    public init() {}

    public func validate() throws {
        if generateKey { throw CleanExit.message(PseudonymKey.generate().text) }
        if anonymizeKey != nil && anonymize == nil { throw ValidationError("--anonymize-key goes with --anonymize.") }
        if !keepAttribute.isEmpty && anonymize == nil { throw ValidationError("--keep-attribute goes with --anonymize.") }
        if let anonymizeKey, anonymizeKey.isEmpty { throw ValidationError("--anonymize-key must not be empty.") }
        if let anonymizeKey, anonymizeKey.utf8.count < Self.minimumKeyBytes {
            throw ValidationError(
                "--anonymize-key is \(anonymizeKey.utf8.count) bytes; use at least \(Self.minimumKeyBytes), e.g. a random key from "
                    + "--generate-key: anyone who can guess the key can compute every id's pseudonym and so reverse them.")
        }
    }

    /// The network with pseudonyms in place of names, or unchanged without `--anonymize`. Prints the key
    /// it generated, and what it replaced, on standard error unless `quiet`.
    func apply(to network: Network, quiet: Bool) throws -> Network {
        guard let scope = anonymize else { return network }
        do throws(DeidentificationError) {
            let key = try anonymizeKey.map { text throws(DeidentificationError) in try PseudonymKey(text: text) }
                ?? PseudonymKey.generate()
            let result = try NetworkAnonymizer.anonymize(
                network, scope: scope, key: key, keepingAttributes: Set(keepAttribute))
            if anonymizeKey == nil {
                CommandContext.printError(
                    "note: pseudonym key \(key.text) (repeat the run with --anonymize-key \(key.text))")
            }
            if !quiet {
                let kinds = result.replacedKinds.map(\.rawValue).joined(separator: ", ")
                CommandContext.printError(
                    "note: anonymized \(result.replacedNodeCount) nodes\(kinds.isEmpty ? "" : " (\(kinds))"); "
                        + "\(result.replacedValueCount) values and labels naming them replaced, \(result.withheldValueCount) withheld")
                if !result.droppedAttributes.isEmpty {
                    CommandContext.printError(
                        "note: dropped \(result.droppedAttributes.count) attribute\(result.droppedAttributes.count == 1 ? "" : "s") "
                            + "(keep one with --keep-attribute NAME; its values become group-1, group-2, …)")
                }
            }
            return result.network
        } catch {
            CommandContext.printError("error: \(error.description)")
            throw LiaisonExitCode.usage
        }
    }
}

extension AnonymizationScope: ExpressibleByArgument {}
