/// A small pull scanner over the UTF-8 bytes of an XML part of a workbook: it yields start tags,
/// end tags and text runs as byte ranges, and decodes text and attribute values only when asked.
///
/// Workbook parts are machine-written, so the scanner does not validate the document (no DTDs,
/// no checking that end tags match start tags); it skips the XML declaration, processing
/// instructions, comments and a doctype, reads CDATA sections as text, drops namespace prefixes
/// from names (`x:row` is `row`), and reports a document that ends inside markup or holds a `<`
/// that starts no markup. It is several times faster than Foundation's `XMLParser` on sheet
/// parts (docs/PERFORMANCE.md, "Workbooks"), which matters for sheets of 10^5 rows.
///
/// - Complexity: O(n) in the number of bytes.
struct XMLScanner {
    /// One piece of the document.
    enum Event {
        /// A start tag: its local name, the bytes of its attributes, and whether it closes itself (`<c/>`).
        case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
        /// An end tag and its local name.
        case end(name: Range<Int>)
        /// Character data between tags (entities not yet decoded), or a CDATA section (taken literally).
        case text(Range<Int>, isCDATA: Bool)
    }

    /// The document is not well-formed XML; the offset is where the scanner gave up.
    struct Malformed: Error {
        var offset: Int
        var reason: String
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next event, or nil at the end of the document.
    mutating func next() throws(Malformed) -> Event? {
        let count = bytes.count
        guard position < count else { return nil }
        if bytes[position] != Self.lessThan {
            let start = position
            while position < count, bytes[position] != Self.lessThan { position += 1 }
            return .text(start..<position, isCDATA: false)
        }
        let open = position
        guard open + 1 < count else { throw Malformed(offset: open, reason: "the document ends inside a tag") }
        switch bytes[open + 1] {
        case UInt8(ascii: "?"):
            position = try skip(past: [UInt8(ascii: "?"), Self.greaterThan], from: open + 2, what: "a processing instruction")
            return try next()
        case UInt8(ascii: "!"):
            if matches("<!--", at: open) {
                position = try skip(past: Array("-->".utf8), from: open + 4, what: "a comment")
                return try next()
            }
            if matches("<![CDATA[", at: open) {
                let start = open + 9
                position = try skip(past: Array("]]>".utf8), from: start, what: "a CDATA section")
                return .text(start..<(position - 3), isCDATA: true)
            }
            position = try skip(past: [Self.greaterThan], from: open + 2, what: "a declaration")
            return try next()
        case UInt8(ascii: "/"):
            let nameStart = open + 2
            var index = nameStart
            while index < count, bytes[index] != Self.greaterThan { index += 1 }
            guard index < count else { throw Malformed(offset: open, reason: "the document ends inside an end tag") }
            position = index + 1
            var nameEnd = index
            while nameEnd > nameStart, Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
            return .end(name: localName(nameStart..<nameEnd))
        default:
            let nameStart = open + 1
            guard Self.isNameStart(bytes[nameStart]) else {
                throw Malformed(offset: open, reason: "a \"<\" starts no tag")
            }
            var index = nameStart
            while index < count, !Self.isSpace(bytes[index]), bytes[index] != Self.greaterThan,
                bytes[index] != UInt8(ascii: "/")
            {
                index += 1
            }
            let name = localName(nameStart..<index)
            let attributesStart = index
            var quote: UInt8 = 0
            while index < count {
                let byte = bytes[index]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 34 || byte == 39 {
                    quote = byte
                } else if byte == Self.greaterThan {
                    break
                }
                index += 1
            }
            guard index < count else { throw Malformed(offset: open, reason: "the document ends inside a tag") }
            position = index + 1
            let selfClosing = index > attributesStart && bytes[index - 1] == UInt8(ascii: "/")
            return .start(name: name, attributes: attributesStart..<(selfClosing ? index - 1 : index), selfClosing: selfClosing)
        }
    }

    /// Skips to the end of the element whose start tag was just read (nested elements included).
    mutating func skipElement() throws(Malformed) {
        var depth = 1
        while depth > 0, let event = try next() {
            switch event {
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end: depth -= 1
            case .text: break
            }
        }
        guard depth == 0 else { throw Malformed(offset: position, reason: "the document ends inside an element") }
    }

    // MARK: - Names and values

    /// Whether the bytes in `range` spell `name`.
    func name(_ range: Range<Int>, is name: StaticString) -> Bool {
        guard range.count == name.utf8CodeUnitCount else { return false }
        let expected = name.utf8Start
        var index = 0
        for offset in range {
            if bytes[offset] != expected[index] { return false }
            index += 1
        }
        return true
    }

    /// The raw bytes of the value of attribute `name` (its local name) in `attributes`, quotes excluded.
    func attribute(_ name: StaticString, in attributes: Range<Int>) -> Range<Int>? {
        var index = attributes.lowerBound
        let end = attributes.upperBound
        while index < end {
            while index < end, Self.isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < end, bytes[index] != UInt8(ascii: "="), !Self.isSpace(bytes[index]) { index += 1 }
            let attributeName = localName(nameStart..<index)
            while index < end, bytes[index] != 34, bytes[index] != 39 { index += 1 }
            guard index < end else { return nil }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < end, bytes[index] != quote { index += 1 }
            if self.name(attributeName, is: name) { return valueStart..<index }
            index += 1
        }
        return nil
    }

    /// The value of attribute `name`, entities decoded.
    func attributeText(_ name: StaticString, in attributes: Range<Int>) -> String? {
        attribute(name, in: attributes).map { decoded($0) }
    }

    /// The text of `range` with XML's entities and character references decoded.
    func decoded(_ range: Range<Int>) -> String {
        guard let firstAmpersand = range.first(where: { bytes[$0] == UInt8(ascii: "&") }) else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        var output: [UInt8] = Array(bytes[range.lowerBound..<firstAmpersand])
        output.reserveCapacity(range.count)
        var index = firstAmpersand
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&"),
                let semicolon = (index + 1..<min(index + 12, range.upperBound)).first(where: { bytes[$0] == 59 })
            else {
                output.append(byte)
                index += 1
                continue
            }
            let entity = String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<semicolon]), as: UTF8.self)
            if let scalar = Self.scalar(ofEntity: entity) {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = semicolon + 1
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func scalar(ofEntity entity: String) -> Unicode.Scalar? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    // MARK: - Bytes

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    /// The name without its namespace prefix.
    private func localName(_ range: Range<Int>) -> Range<Int> {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: ":") { return (index + 1)..<range.upperBound }
            index += 1
        }
        return range
    }

    private func matches(_ text: StaticString, at offset: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard offset + length <= bytes.count else { return false }
        let start = text.utf8Start
        for index in 0..<length where bytes[offset + index] != start[index] { return false }
        return true
    }

    /// The offset just past the first occurrence of `terminator` at or after `start`.
    private func skip(past terminator: [UInt8], from start: Int, what: String) throws(Malformed) -> Int {
        var index = start
        let last = bytes.count - terminator.count
        while index <= last {
            if bytes[index] == terminator[0] {
                var matched = true
                for offset in 1..<terminator.count where bytes[index + offset] != terminator[offset] {
                    matched = false
                    break
                }
                if matched { return index + terminator.count }
            }
            index += 1
        }
        throw Malformed(offset: start, reason: "the document ends inside \(what)")
    }
}
