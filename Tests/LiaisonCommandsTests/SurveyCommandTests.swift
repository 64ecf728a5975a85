import Foundation
import Testing

/// `liaison survey` and the survey input of every command, on the bundled fictional partnership survey.
@Suite struct SurveyCommandTests {
    static let folder = "datasets/partnership-survey"
    static let input = [
        "--survey", "\(folder)/responses.csv", "--roster", "\(folder)/roster.csv", "--matches", "\(folder)/matches.csv",
    ]

    @Test func surveyReportsResponseRatesReciprocityAndPartnerScores() throws {
        let outcome = try InProcessRunner.run(["survey"] + Self.input + ["--by", "city", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        #expect(object["respondents"] as? Int == 18)
        #expect(object["asked"] as? Int == 24)
        #expect(object["shape"] as? String == "matrix")
        #expect(object["tie_question"] as? String == "How often do you work with each partner?")
        let mutual = try #require(object["mutual_pairs"] as? Int)
        let asymmetric = try #require(object["asymmetric_pairs"] as? Int)
        let reciprocity = try #require(object["reciprocity"] as? Double)
        #expect(abs(reciprocity - Double(2 * mutual) / Double(2 * mutual + asymmetric)) < 1e-15)
        let partner = try #require(object["partner"] as? [String: Double])
        #expect(Set(partner.keys) == ["trust", "value", "reliability", "mission_support", "power_influence"])
        let nonRespondents = try #require(object["non_respondents"] as? [String])
        #expect(nonRespondents.count == 6)
    }

    @Test func aNearNameStopsTheImportUntilReviewed() throws {
        let outcome = try InProcessRunner.run(
            ["survey", "--survey", "\(Self.folder)/responses.csv", "--roster", "\(Self.folder)/roster.csv"])
        #expect(outcome.status == 65)
        #expect(outcome.standardError.contains("\"J. Okafor\" is not on the roster; it may be \"Jamal Okafor\""))
    }

    @Test func aSurveyGoesToRolesAndAReportInOneCommand() throws {
        let roles = try InProcessRunner.run(["roles"] + Self.input + ["--group", "city", "--format", "csv"])
        #expect(roles.status == 0, "\(roles.standardError)")
        #expect(roles.standardOutput.hasPrefix("id,label,kind,role,family,score,evidence"))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-survey-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let report = try InProcessRunner.run(["report"] + Self.input + ["--group", "city", "-o", scratch.path])
        #expect(report.status == 0, "\(report.standardError)")
        let html = try String(contentsOf: scratch, encoding: .utf8)
        #expect(html.contains("Jamal Okafor"))
        #expect(html.contains("Not testable on these data: grantmaker roles"))
    }
}
