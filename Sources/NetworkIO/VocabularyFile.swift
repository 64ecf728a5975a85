import Foundation
import NetworkModel

/// Reads a vocabulary file (`--vocabulary FILE`): the user's own words for kinds, added to the
/// built-in ones or overriding them.
///
/// **CSV**: a header naming `word` and `kind` (also `means`), and optionally `table` (`nodes` or `ties`).
/// **JSON**: an object of word → kind, or `{"nodes": {…}, "ties": {…}}`.
/// A kind may carry a mark: `organization (funder)` marks the nodes as funders, `funds (reversed)` turns
/// the ties round (`Donor of` written from the grantee's side). Without a table, a word is a node word when
/// its kind is a node kind Liaison knows (or `funder`), a tie word when it is a tie kind Liaison knows;
/// any other kind needs the table named.
enum VocabularyFile {
    /// Adds the file's words to `vocabulary`, reporting every problem with its place and fix.
    static func read(_ path: String, into vocabulary: inout Vocabulary, diagnostics: inout DiagnosticCollector) {
        if path.lowercased().hasSuffix(".json") {
            readJSON(path, into: &vocabulary, diagnostics: &diagnostics)
        } else {
            readCSV(path, into: &vocabulary, diagnostics: &diagnostics)
        }
    }

    /// One entry of the file: a word, what it means, and (when named) which table it belongs to.
    private enum Meaning {
        case node(Vocabulary.NodeMeaning)
        case tie(Vocabulary.TieMeaning)
    }

    /// The meaning of `kindText` (with its mark) for a word of `table` (nil: decided from the kind),
    /// or the problem with it.
    private static func meaning(of kindText: String, table: String?) -> Result<Meaning, FieldValueParsing.Problem> {
        var text = kindText.trimmingCharacters(in: .whitespaces)
        var mark: String?
        if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
            mark = text[text.index(after: open)..<text.index(before: text.endIndex)]
                .trimmingCharacters(in: .whitespaces).lowercased()
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        guard !text.isEmpty else {
            return .failure(.init(message: "the kind is empty", fix: "name the kind the word means, e.g. organization"))
        }
        let isFunderWord = Vocabulary.normalize(text) == "funder"
        let nodeKind = isFunderWord ? NodeKind.organization : NodeKind(rawValue: text)
        let tieKind = TieKind(rawValue: text)
        let resolvedTable: String
        switch table.map({ Vocabulary.normalize($0) }) {
        case "node"?, "nodes"?, "element"?, "elements"?: resolvedTable = "nodes"
        case "tie"?, "ties"?, "edge"?, "edges"?, "connection"?, "connections"?: resolvedTable = "ties"
        case nil, ""?:
            if isFunderWord || NodeKind.wellKnown.contains(nodeKind) {
                resolvedTable = "nodes"
            } else if TieKind.wellKnown.contains(tieKind) {
                resolvedTable = "ties"
            } else {
                return .failure(
                    .init(
                        message: "\"\(text)\" is not a kind Liaison knows, so it is not clear whether it names nodes or ties",
                        fix: "add a table column (or a \"nodes\"/\"ties\" section in JSON) saying which"))
            }
        case let other?:
            return .failure(.init(message: "table \"\(other)\" is neither nodes nor ties", fix: "write nodes or ties"))
        }
        switch (resolvedTable, mark) {
        case ("nodes", nil): return .success(.node(.init(kind: nodeKind, funder: isFunderWord)))
        case ("nodes", "funder"?): return .success(.node(.init(kind: nodeKind, funder: true)))
        case ("ties", nil): return .success(.tie(.init(kind: tieKind)))
        case ("ties", "reversed"?), ("ties", "turned round"?): return .success(.tie(.init(kind: tieKind, reversed: true)))
        default:
            return .failure(
                .init(
                    message: "the mark (\(mark ?? "")) does not apply to \(resolvedTable == "nodes" ? "a node" : "a tie") kind",
                    fix: "use (funder) after a node kind, or (reversed) after a tie kind"))
        }
    }

    private static func define(_ word: String, _ meaning: Meaning, in vocabulary: inout Vocabulary) {
        switch meaning {
        case .node(let node): vocabulary.define(word, as: node)
        case .tie(let tie): vocabulary.define(word, as: tie)
        }
    }

    // MARK: - CSV

    private enum Column: Hashable { case word, kind, table }

    private static func readCSV(_ path: String, into vocabulary: inout Vocabulary, diagnostics: inout DiagnosticCollector) {
        guard let source = CSVSource.open(path: path, diagnostics: &diagnostics) else { return }
        var tokenizer = source.tokenizer()
        guard let header = TableHeader.read(from: source, tokenizer: &tokenizer, diagnostics: &diagnostics) else {
            return
        }
        let mapping = ColumnMapping<Column>(
            header: header, aliases: [(.word, ["word", "term", "type"]), (.kind, ["kind", "means", "meaning"]),
                                      (.table, ["table", "for", "applies_to"])])
        guard let wordColumn = mapping[.word], let kindColumn = mapping[.kind] else {
            diagnostics.error(
                source.location(of: header.offset), "the vocabulary file has no word and kind columns",
                fix: "write a header word,kind (optionally word,kind,table) and one row per word")
            return
        }
        var fields: [CSVField] = []
        while let rowOffset = tokenizer.nextRecord(into: &fields) {
            source.report(tokenizer.problems, into: &diagnostics)
            tokenizer.problems.removeAll()
            if TableHeader.isBlank(fields) { continue }
            let word = source.value(in: fields, column: wordColumn)
            guard !word.isEmpty else {
                diagnostics.error(
                    source.location(in: fields, column: wordColumn, rowOffset: rowOffset), "the word is empty",
                    fix: "write the word your data uses, or delete the row")
                continue
            }
            let table = source.value(in: fields, column: mapping[.table])
            switch meaning(of: source.value(in: fields, column: kindColumn), table: table.isEmpty ? nil : table) {
            case .success(let meaning): define(word, meaning, in: &vocabulary)
            case .failure(let problem):
                diagnostics.error(
                    source.location(in: fields, column: kindColumn, rowOffset: rowOffset), problem.message,
                    fix: problem.fix)
            }
        }
        source.releaseAll()
    }

    // MARK: - JSON

    private static func readJSON(_ path: String, into vocabulary: inout Vocabulary, diagnostics: inout DiagnosticCollector) {
        diagnostics.register(file: path)
        let place = SourceLocation(file: path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.error(nil, "cannot read the vocabulary file \(path)", fix: "check the path and its permissions")
            return
        }
        guard let object = try? JSONSerialization.jsonObject(with: data), let entries = object as? [String: Any] else {
            diagnostics.error(
                place, "the vocabulary file is not a JSON object",
                fix: "write {\"Word\": \"kind\", …} or {\"nodes\": {…}, \"ties\": {…}}")
            return
        }
        let sectioned = !entries.isEmpty && entries.keys.allSatisfy { ["nodes", "ties"].contains($0.lowercased()) }
        let sections: [(table: String?, words: [String: Any])] =
            sectioned
            ? entries.keys.sorted().map { ($0, entries[$0] as? [String: Any] ?? [:]) }
            : [(nil, entries)]
        for (table, words) in sections {
            for word in words.keys.sorted() {
                guard let kind = words[word] as? String else {
                    diagnostics.error(
                        place, "the kind of \"\(word)\" is not a string", fix: "write \"\(word)\": \"kind\"")
                    continue
                }
                switch meaning(of: kind, table: table) {
                case .success(let meaning): define(word, meaning, in: &vocabulary)
                case .failure(let problem): diagnostics.error(place, "\"\(word)\": \(problem.message)", fix: problem.fix)
                }
            }
        }
    }
}
