/// The workbook's shared-string table (`xl/sharedStrings.xml`): cells of type `s` hold an index into
/// it. Each item is plain text (`<si><t>…</t></si>`) or rich text, whose runs (`<r><t>…</t></r>`) are
/// joined; phonetic guides (`<rPh>`) are left out, as Excel leaves them out of the cell's value.
enum SharedStrings {
    /// The strings in table order.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Malformed) -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        var current = ""
        var inItem = false
        var inText = false
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if scanner.name(name, is: "sst") {
                    if let count = scanner.attributeText("uniqueCount", in: attributes).flatMap({ Int($0) }) {
                        strings.reserveCapacity(min(count, 1 << 24))
                    }
                } else if scanner.name(name, is: "si") {
                    if selfClosing {
                        strings.append("")
                    } else {
                        inItem = true
                        current = ""
                    }
                } else if scanner.name(name, is: "rPh") || scanner.name(name, is: "phoneticPr") {
                    if !selfClosing { try scanner.skipElement() }
                } else if scanner.name(name, is: "t") {
                    inText = inItem && !selfClosing
                }
            case .end(let name):
                if scanner.name(name, is: "si") {
                    strings.append(OOXMLText.unescaped(current))
                    inItem = false
                } else if scanner.name(name, is: "t") {
                    inText = false
                }
            case .text(let range, let isCDATA):
                guard inText else { continue }
                current += isCDATA
                    ? String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) : scanner.decoded(range)
            }
        }
        return strings
    }
}
