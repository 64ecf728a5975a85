import Foundation
import Testing

/// `liaison roles` end to end on the bundled data.
@Suite struct RolesCommandTests {
    @Test func jsonListsRolesWithEvidenceAndTheShape() throws {
        let outcome = try InProcessRunner.run(
            ["roles", "datasets/integration-initiative", "--group", "city", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["shape"] is String)
        #expect((metadata["shape_reason"] as? String)?.isEmpty == false)
        let roles = try #require(object["roles"] as? [[String: Any]])
        let catalyst = try #require(roles.first { $0["role"] as? String == "catalyst" })
        #expect(catalyst["id"] as? String == "org-001")
        #expect((catalyst["evidence"] as? String)?.contains("introduced 6 pairs") == true)
        #expect(roles.filter { $0["role"] as? String == "learning_liaison" }.count == 5)
        #expect(roles.allSatisfy { ($0["evidence"] as? String)?.isEmpty == false })
    }

    @Test func roleFilterAndThresholdOverride() throws {
        let outcome = try InProcessRunner.run(
            ["roles", "datasets/integration-initiative", "--role", "sponsor", "--sponsor-min-share", "0.43",
             "--key-players", "0", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let rows = outcome.standardOutput.split(separator: "\n")
        #expect(rows.first == "id,label,kind,role,family,score,evidence,plain")
        // Only the funder with 16 of 36 grants (44%) clears a 43% share.
        #expect(rows.count == 2)
        #expect(rows.dropFirst().first?.hasPrefix("org-002,") == true)
        #expect(outcome.standardError.contains("learning liaisons need a grouping"))
    }

    @Test func unknownRoleIsAUsageError() throws {
        let outcome = try InProcessRunner.run(["roles", "datasets/karate", "--role", "wizard"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("wizard"))
    }
}
