/// What the workbook's styles (`xl/styles.xml`) say about numbers: for each cell format (`cellXfs`,
/// which a cell's `s` attribute indexes), whether its number format shows a date or a time.
struct WorkbookStyles {
    /// The date kind of each cell format, nil for formats that show plain numbers.
    private(set) var kinds: [ExcelDates.FormatKind?] = []

    /// The date kind of cell format `index`, nil when it shows numbers (or there is no such format).
    func kind(ofStyle index: Int) -> ExcelDates.FormatKind? {
        index >= 0 && index < kinds.count ? kinds[index] : nil
    }

    /// Reads the custom number formats (`numFmts`) and the cell formats (`cellXfs`).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Malformed) -> WorkbookStyles {
        var scanner = XMLScanner(bytes)
        var custom: [Int: ExcelDates.FormatKind?] = [:]
        var styles = WorkbookStyles()
        var inCellFormats = false
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if scanner.name(name, is: "numFmt") {
                    if let id = scanner.attributeText("numFmtId", in: attributes).flatMap({ Int($0) }),
                        let code = scanner.attributeText("formatCode", in: attributes)
                    {
                        custom[id] = ExcelDates.customKind(code)
                    }
                } else if scanner.name(name, is: "cellXfs") {
                    inCellFormats = !selfClosing
                } else if scanner.name(name, is: "xf"), inCellFormats {
                    let id = scanner.attributeText("numFmtId", in: attributes).flatMap { Int($0) } ?? 0
                    styles.kinds.append(custom[id] ?? ExcelDates.builtInKind(id))
                    if !selfClosing { try scanner.skipElement() }
                }
            case .end(let name):
                if scanner.name(name, is: "cellXfs") { inCellFormats = false }
            case .text:
                continue
            }
        }
        return styles
    }
}
