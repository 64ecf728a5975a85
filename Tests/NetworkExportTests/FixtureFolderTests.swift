import Foundation
import Testing

@Suite struct ExportFixtureFolderTests {
    @Test func fixtureFolderIsBundled() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        #expect(FileManager.default.fileExists(atPath: url.appendingPathComponent("README.md").path))
    }
}
