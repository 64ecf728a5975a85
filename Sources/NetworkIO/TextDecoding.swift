/// Turns a file's raw bytes into UTF-8 text for the CSV tokenizer: drops a
/// UTF-8 byte-order mark, decodes UTF-16 files that start with one, and finds
/// the bytes that are not valid UTF-8 or are NUL, so each can be reported
/// with its line and column.
enum TextDecoding {
    /// The encodings a file may arrive in.
    enum Encoding: Equatable {
        case utf8
        case utf16LittleEndian
        case utf16BigEndian
    }

    /// The outcome of decoding: the encoding found; for UTF-8 the length of the
    /// byte-order mark to skip (the bytes are used in place); for UTF-16 the text
    /// re-encoded as UTF-8, or the problem that stopped decoding.
    struct Decoded {
        var encoding: Encoding
        var prefixLength = 0
        var bytes: [UInt8] = []
        var failure: String?
    }

    /// Finds the encoding of `raw` from its byte-order mark and decodes UTF-16.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> Decoded {
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF {
            return Decoded(encoding: .utf8, prefixLength: 3)
        }
        if raw.count >= 2, raw[0] == 0xFF, raw[1] == 0xFE {
            return decodeUTF16(Array(raw), littleEndian: true)
        }
        if raw.count >= 2, raw[0] == 0xFE, raw[1] == 0xFF {
            return decodeUTF16(Array(raw), littleEndian: false)
        }
        return Decoded(encoding: .utf8)
    }

    private static func decodeUTF16(_ raw: [UInt8], littleEndian: Bool) -> Decoded {
        let encoding: Encoding = littleEndian ? .utf16LittleEndian : .utf16BigEndian
        guard raw.count % 2 == 0 else {
            return Decoded(encoding: encoding, failure: "the UTF-16 file has an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(raw.count / 2 - 1)
        var index = 2
        while index + 1 < raw.count {
            let low = UInt16(raw[littleEndian ? index : index + 1])
            let high = UInt16(raw[littleEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if let encoded = UTF8.encode(scalar) { output.append(contentsOf: encoded) }
            case .emptyInput: break loop
            case .error:
                return Decoded(encoding: encoding, failure: "the UTF-16 file holds an unpaired surrogate")
            }
        }
        return Decoded(encoding: encoding, bytes: output)
    }

    /// Byte offsets of the first byte of every invalid UTF-8 sequence (at most `limit`),
    /// the offset of the first NUL byte and the number of NUL bytes.
    struct Scan {
        var invalidOffsets: [Int] = []
        var invalidCount = 0
        var firstNul: Int?
        var nulCount = 0
    }

    /// Finds invalid UTF-8 and NUL bytes in one pass (ASCII runs are skipped quickly).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Scan {
        var result = Scan()
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 {
                    if result.firstNul == nil { result.firstNul = index }
                    result.nulCount += 1
                }
                index += 1
                continue
            }
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                result.invalidCount += 1
                if result.invalidOffsets.count < limit { result.invalidOffsets.append(index) }
                index += 1
            } else {
                index += length
            }
        }
        return result
    }

    /// The length of the valid UTF-8 sequence starting at `index` (a non-ASCII lead byte), or 0.
    private static func validSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let count = bytes.count
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < count && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
