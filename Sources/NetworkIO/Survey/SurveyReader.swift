import Foundation

/// One answer of a survey: what a respondent said about one person for one question, as written.
struct SurveyAnswer {
    var respondent: String
    var alter: String
    var question: String
    var answer: String
    /// Where the respondent's name, the alter's name and the answer stand.
    var respondentAt: SourceLocation
    var alterAt: SourceLocation
    var answerAt: SourceLocation
}

/// Everything a survey export says, before names are matched: who responded and what they answered.
struct SurveyResponses {
    /// Every respondent, as written, with where the name stands, in file order.
    var respondents: [(name: String, at: SourceLocation)] = []
    var answers: [SurveyAnswer] = []
    /// The questions in the order first met.
    var questions: [String] = []
    /// The shape read (never `automatic`).
    var shape = SurveyOptions.Shape.matrix
    var notes: [String] = []

    mutating func note(question: String) {
        if !questions.contains(question) { questions.append(question) }
    }
}

/// Reads a survey export in one of the shapes survey tools write (see ``SurveyOptions/Shape``).
enum SurveyReader {
    static let respondentAliases = [
        "respondent", "respondent_name", "your_name", "name", "ego", "rater", "from", "source", "full_name",
        "what_is_your_name?", "what_is_your_name",
    ]
    static let alterAliases = ["alter", "partner", "rated", "to", "target", "member", "about"]
    static let questionAliases = ["question", "item", "relation", "relationship"]
    static let answerAliases = ["answer", "response", "value", "rating", "weight", "score"]

    /// The default question of a file that names none (plain roster columns, a long file without a question
    /// column).
    static let singleQuestion = "tie"

    static func read(
        _ rows: CSVRows, options: SurveyOptions, isRosterName: (String) -> Bool,
        diagnostics: inout DiagnosticCollector
    ) -> SurveyResponses? {
        var shape = options.shape
        if shape == .automatic {
            if options.namesColumn != nil {
                shape = .names
            } else if rows.column(named: alterAliases) != nil, rows.column(named: respondentAliases) != nil {
                shape = .long
            } else {
                shape = .matrix
            }
        }
        var responses: SurveyResponses?
        switch shape {
        case .long: responses = readLong(rows, diagnostics: &diagnostics)
        case .names: responses = readNames(rows, options: options, isRosterName: isRosterName, diagnostics: &diagnostics)
        case .matrix, .automatic:
            responses = readMatrix(rows, options: options, isRosterName: isRosterName, diagnostics: &diagnostics)
        }
        responses?.shape = shape
        return responses
    }

    /// The respondent column: the one named by the options, else the first header that reads as one
    /// (respondent, name, your name, …), else the first header holding the word "name". With
    /// `descriptions` (Qualtrics' second header row), those texts are looked at too.
    private static func respondentColumn(
        _ rows: CSVRows, options: SurveyOptions, descriptions: [String] = [], diagnostics: inout DiagnosticCollector
    ) -> Int? {
        if options.respondentColumn == nil, !descriptions.isEmpty {
            let normalized = descriptions.map(TableHeader.normalized)
            if let column = respondentAliases.lazy.compactMap({ normalized.firstIndex(of: $0) }).first { return column }
            if let column = descriptions.firstIndex(where: { $0.lowercased().contains("name") && !$0.contains(" - ") }) {
                return column
            }
        }
        if let named = options.respondentColumn {
            if let column = rows.header.firstIndex(where: { $0.lowercased() == named.lowercased() }) { return column }
            diagnostics.error(
                rows.headerLocation(0), "the survey has no column \"\(named)\" (--respondent-column)",
                fix: "name one of its columns: \(rows.header.prefix(8).joined(separator: ", "))")
            return nil
        }
        if let column = rows.column(named: respondentAliases) { return column }
        if let column = rows.header.firstIndex(where: { $0.lowercased().contains("name") && !$0.contains("[") }) {
            return column
        }
        diagnostics.error(
            rows.headerLocation(0), "no column of the survey names the respondent",
            fix: "name it with --respondent-column COLUMN (e.g. the question \"Your name\")")
        return nil
    }

    // MARK: - Long

    private static func readLong(_ rows: CSVRows, diagnostics: inout DiagnosticCollector) -> SurveyResponses? {
        guard let respondent = rows.column(named: respondentAliases), let alter = rows.column(named: alterAliases)
        else { return nil }
        let question = rows.column(named: questionAliases)
        let answer = rows.column(named: answerAliases)
        var responses = SurveyResponses()
        var seen = Set<String>()
        for (index, row) in rows.rows.enumerated() {
            let name = row[respondent].trimmingBlanks()
            guard !name.isEmpty else {
                diagnostics.error(
                    rows.location(row: index, column: respondent), "the respondent is empty",
                    fix: "name the respondent, or delete the row")
                continue
            }
            if seen.insert(name).inserted {
                responses.respondents.append((name, rows.location(row: index, column: respondent)))
            }
            let other = row[alter].trimmingBlanks()
            guard !other.isEmpty else { continue }
            let asked = question.map { row[$0].trimmingBlanks() } ?? singleQuestion
            responses.note(question: asked)
            responses.answers.append(
                SurveyAnswer(
                    respondent: name, alter: other, question: asked, answer: answer.map { row[$0] } ?? "1",
                    respondentAt: rows.location(row: index, column: respondent),
                    alterAt: rows.location(row: index, column: alter),
                    answerAt: rows.location(row: index, column: answer ?? alter)))
        }
        return responses
    }

    // MARK: - Names (a checkbox question)

    private static func readNames(
        _ rows: CSVRows, options: SurveyOptions, isRosterName: (String) -> Bool, diagnostics: inout DiagnosticCollector
    ) -> SurveyResponses? {
        guard let respondent = respondentColumn(rows, options: options, diagnostics: &diagnostics) else { return nil }
        let wanted = options.namesColumn ?? ""
        guard let column = rows.header.firstIndex(where: { $0.lowercased() == wanted.lowercased() }) else {
            diagnostics.error(
                rows.headerLocation(0), "the survey has no column \"\(wanted)\" (--names-column)",
                fix: "name the column of the question listing people: \(rows.header.prefix(8).joined(separator: ", "))")
            return nil
        }
        var responses = SurveyResponses()
        let question = rows.header[column]
        responses.note(question: question)
        var rejoined = 0
        for (index, row) in rows.rows.enumerated() {
            let name = row[respondent].trimmingBlanks()
            guard !name.isEmpty else { continue }
            responses.respondents.append((name, rows.location(row: index, column: respondent)))
            let cell = row[column]
            let separator: Character = cell.contains(";") ? ";" : ","
            let pieces = cell.split(separator: separator).map { String($0).trimmingBlanks() }
            let chosen = separator == "," ? joinRosterNames(pieces, isRosterName: isRosterName) : pieces
            rejoined += pieces.count - chosen.count
            for alter in chosen where !alter.isEmpty {
                responses.answers.append(
                    SurveyAnswer(
                        respondent: name, alter: alter, question: question, answer: "1",
                        respondentAt: rows.location(row: index, column: respondent),
                        alterAt: rows.location(row: index, column: column),
                        answerAt: rows.location(row: index, column: column)))
            }
        }
        let splitAt = rows.rows.contains { $0[column].contains(";") } ? "semicolons" : "commas"
        responses.notes.append(
            "\(rows.path): the names in \"\(question)\" are split at \(splitAt); a name holding a comma is kept whole "
                + "when the roster has it (\(rejoined == 0 ? "none was" : "\(rejoined) comma\(rejoined == 1 ? " was" : "s were")") joined back), "
                + "and is otherwise read as two names")
        return responses
    }

    /// Checkbox answers are joined with ", ", so a name such as "Park, Cleo" arrives in pieces. Joins runs
    /// of adjacent pieces (longest first, up to four) whose joined text is a roster name; other pieces stay
    /// as they are. Linear in the number of pieces.
    static func joinRosterNames(_ pieces: [String], isRosterName: (String) -> Bool) -> [String] {
        var names: [String] = []
        var start = 0
        while start < pieces.count {
            var end = min(pieces.count - 1, start + 3)
            while end > start, !isRosterName(pieces[start...end].joined(separator: ", ")) {
                end -= 1
            }
            names.append(pieces[start...end].joined(separator: ", "))
            start = end + 1
        }
        return names
    }

    // MARK: - Matrix

    /// What a matrix column asks about whom.
    private struct MemberColumn {
        var column: Int
        var question: String
        var member: String
    }

    private static func readMatrix(
        _ rows: CSVRows, options: SurveyOptions, isRosterName: (String) -> Bool,
        diagnostics: inout DiagnosticCollector
    ) -> SurveyResponses? {
        // Qualtrics: ids such as Q5_1 in the header, "Question - Name" in the row below, ImportIds below that.
        let qualtrics = !rows.rows.isEmpty && rows.header.indices.contains { column in
            rows.header[column].range(of: #"^Q[0-9A-Za-z]*_[0-9]+"#, options: .regularExpression) != nil
                && rows.rows[0][column].contains(" - ")
        }
        guard let respondent = respondentColumn(
            rows, options: options, descriptions: qualtrics ? rows.rows[0] : [], diagnostics: &diagnostics)
        else { return nil }
        var firstAnswerRow = 0
        var columns: [MemberColumn] = []
        if qualtrics {
            firstAnswerRow = 1
            if rows.rows.count > 1, rows.rows[1].contains(where: { $0.hasPrefix("{\"ImportId\"") }) { firstAnswerRow = 2 }
            for column in rows.header.indices where column != respondent {
                let text = rows.rows[0][column]
                guard rows.header[column].range(of: #"^Q[0-9A-Za-z]*_[0-9]+"#, options: .regularExpression) != nil,
                    let dash = text.range(of: " - ", options: .backwards)
                else { continue }
                columns.append(
                    MemberColumn(
                        column: column, question: String(text[..<dash.lowerBound]).trimmingBlanks(),
                        member: String(text[dash.upperBound...]).trimmingBlanks()))
            }
        } else {
            for (column, name) in rows.header.enumerated() where column != respondent {
                if name.hasSuffix("]"), let open = name.lastIndex(of: "[") {
                    let member = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingBlanks()
                    let question = String(name[..<open]).trimmingBlanks()
                    columns.append(MemberColumn(column: column, question: question.isEmpty ? singleQuestion : question, member: member))
                } else if isRosterName(name) {
                    columns.append(MemberColumn(column: column, question: singleQuestion, member: name))
                }
            }
        }
        guard !columns.isEmpty else {
            diagnostics.error(
                rows.headerLocation(0), "no column of the survey names a person asked about",
                fix: "use a roster question's columns (Google Forms: \"Question [Name]\"; Qualtrics: the matrix table with its "
                    + "second header row), columns named as the roster's people, or a long file with respondent, alter, "
                    + "question and answer columns")
            return nil
        }
        let used = Set(columns.map(\.column) + [respondent])
        let ignored = rows.header.indices.filter { !used.contains($0) && !rows.header[$0].isEmpty }.map { rows.header[$0] }
        var responses = SurveyResponses()
        if !ignored.isEmpty {
            responses.notes.append(
                "\(rows.path): columns not about a person were left out: \(ignored.prefix(6).joined(separator: ", "))\(ignored.count > 6 ? ", …" : "")")
        }
        for column in columns { responses.note(question: column.question) }
        for index in firstAnswerRow..<rows.rows.count {
            let row = rows.rows[index]
            let name = row[respondent].trimmingBlanks()
            guard !name.isEmpty else { continue }
            responses.respondents.append((name, rows.location(row: index, column: respondent)))
            for member in columns {
                responses.answers.append(
                    SurveyAnswer(
                        respondent: name, alter: member.member, question: member.question, answer: row[member.column],
                        respondentAt: rows.location(row: index, column: respondent),
                        alterAt: rows.headerLocation(member.column),
                        answerAt: rows.location(row: index, column: member.column)))
            }
        }
        return responses
    }
}
