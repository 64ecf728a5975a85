/// The workbook part (`xl/workbook.xml`) and its relationships (`xl/_rels/workbook.xml.rels`): the
/// sheets in tab order with the archive path of each, and the date system.
struct WorkbookManifest {
    /// A worksheet: its name as the tab shows it and the path of its part in the archive.
    struct Sheet: Equatable {
        var name: String
        var part: String
    }

    var sheets: [Sheet] = []
    /// Whether serial dates count from 1904-01-01 (`<workbookPr date1904="1"/>`).
    var uses1904: Bool = false

    /// Reads the sheets and date system from `workbook` and resolves each sheet's `r:id` through `relationships`
    /// (when there are none, the conventional `xl/worksheets/sheetN.xml` is assumed).
    static func read(
        workbook: UnsafeBufferPointer<UInt8>, relationships: UnsafeBufferPointer<UInt8>?
    ) throws(XMLScanner.Malformed) -> WorkbookManifest {
        var targets: [String: String] = [:]
        if let relationships {
            var scanner = XMLScanner(relationships)
            while let event = try scanner.next() {
                guard case .start(let name, let attributes, _) = event, scanner.name(name, is: "Relationship"),
                    let id = scanner.attributeText("Id", in: attributes),
                    let target = scanner.attributeText("Target", in: attributes)
                else { continue }
                targets[id] = target
            }
        }
        var manifest = WorkbookManifest()
        var scanner = XMLScanner(workbook)
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, _) = event else { continue }
            if scanner.name(name, is: "workbookPr") {
                let flag = scanner.attributeText("date1904", in: attributes)?.lowercased()
                manifest.uses1904 = flag == "1" || flag == "true"
            } else if scanner.name(name, is: "sheet"), let sheetName = scanner.attributeText("name", in: attributes) {
                let number = manifest.sheets.count + 1
                let target = scanner.attributeText("id", in: attributes).flatMap { targets[$0] }
                manifest.sheets.append(
                    Sheet(name: sheetName, part: target.map(partPath) ?? "xl/worksheets/sheet\(number).xml"))
            }
        }
        return manifest
    }

    /// The archive path of a relationship target: relative to `xl/`, or absolute from the archive root.
    private static func partPath(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for component in target.split(separator: "/") {
            if component == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if component != "." {
                parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
