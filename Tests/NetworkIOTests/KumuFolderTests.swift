import Foundation
import NetworkIO
import NetworkModel
import Testing

/// A folder holding Kumu's file names (`Elements.csv` + `Connections.csv`, any case) is read like
/// `nodes.csv` + `edges.csv`: what Kumu exports and what `liaison export --to kumu` writes.
@Suite struct KumuFolderTests {
    func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-kumu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test(arguments: [("Elements.csv", "Connections.csv"), ("elements.csv", "connections.csv"), ("ELEMENTS.CSV", "connections.CSV")])
    func kumuFileNamesInAnyCase(elements: String, connections: String) throws {
        let folder = try folder([
            elements: "Label,Type,Tags\nAna,Person,a|b\nBen,Person,\nFund,Funder,\n",
            connections: "From,To,Type,Strength\nFund,Ana|Ben,Grant,2\nAna,Ben,Works with,\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try NetworkLoader.load(path: folder.path)
        #expect(result.network.nodeCount == 3)
        #expect(result.network.tieCount == 3)
        #expect(result.notes.contains("\(folder.path): read as a Kumu export (\(elements) and \(connections))"))
        #expect(result.network.node(id: "Ana")?.attributes["Tags"] == "a|b")
    }

    @Test func liaisonFileNamesWinOverKumus() throws {
        let folder = try folder([
            "nodes.csv": "id\na\nb\n", "edges.csv": "source,target\na,b\n",
            "Elements.csv": "Label\nx\n", "Connections.csv": "From,To\nx,x\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try NetworkLoader.load(path: folder.path)
        #expect(Set(result.network.nodes.map(\.id)) == ["a", "b"])
    }

    @Test func folderWithNeither() throws {
        let folder = try folder(["Elements.csv": "Label\nx\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = Fixtures.problems(atPath: folder.path)
        #expect(problems == [
            "error: the folder \(folder.path) holds neither nodes.csv nor edges.csv (nor Kumu's Elements.csv and Connections.csv) (fix: name the files nodes.csv and edges.csv, or give their paths with --nodes and --edges)"
        ])
    }
}
