import Foundation
import ZIPFoundation

/// Unpacks one entry of a zip archive from the archive's bytes, guarding against damage that
/// ZIPFoundation's own `Archive.extract` does not survive on Linux: a deflate stream that does not end
/// within the entry makes its inflate loop ask for more input forever (it is handed empty chunks past
/// the end of the file), and its last chunk may be shorter than the input size it tells zlib.
///
/// So the compressed bytes are located here (the entry's local header, found by its name) and handed
/// to ZIPFoundation's public `Data.decompress` in chunks of exactly the buffer size (the last one padded
/// with zeros, which zlib rejects as data if it ever reads them), and asking past the entry's end is an
/// error. The output must be the size the central directory gives and match its CRC-32; more output than
/// that (a zip bomb, or a lying directory) stops the unpacking.
enum ZipEntryReader {
    /// The entry is damaged: its header, its compressed data, its size or its checksum.
    struct Damaged: Error {
        var reason: String
    }

    private static let bufferSize = 1 << 16

    /// The uncompressed bytes of `entry`, read from `archiveBytes` (the whole archive file).
    static func bytes(of entry: Entry, in archiveBytes: UnsafeBufferPointer<UInt8>) throws(Damaged) -> [UInt8] {
        guard let dataRange = dataRange(of: entry, in: archiveBytes) else {
            throw Damaged(reason: "its local header is missing or damaged")
        }
        let expectedSize = entry.uncompressedSize
        guard expectedSize <= UInt64(Int.max / 2) else { throw Damaged(reason: "its size is impossible") }
        var output: [UInt8] = []
        output.reserveCapacity(Int(min(expectedSize, 1 << 30)))
        let checksum: CRC32
        if !entry.isCompressed {
            output.append(contentsOf: archiveBytes[dataRange])
            checksum = Data(output).crc32(checksum: 0)
        } else {
            let compressed = UnsafeBufferPointer(rebasing: archiveBytes[dataRange])
            do {
                checksum = try Data.decompress(
                    size: Int64(compressed.count), bufferSize: bufferSize, skipCRC32: false,
                    provider: { position, size in
                        guard position >= 0, position < Int64(compressed.count) else { throw Damaged(reason: "its compressed data ends too soon") }
                        let start = Int(position)
                        let end = min(start + size, compressed.count)
                        var chunk = Data(UnsafeBufferPointer(rebasing: compressed[start..<end]))
                        if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                        return chunk
                    },
                    consumer: { data in
                        guard UInt64(output.count + data.count) <= expectedSize else {
                            throw Damaged(reason: "it unpacks to more than its stated size")
                        }
                        output.append(contentsOf: data)
                    })
            } catch let damaged as Damaged {
                throw damaged
            } catch {
                throw Damaged(reason: "its compressed data is damaged")
            }
        }
        guard UInt64(output.count) == expectedSize else { throw Damaged(reason: "it unpacks to a different size than stated") }
        guard checksum == entry.checksum else { throw Damaged(reason: "its checksum does not match") }
        return output
    }

    /// The bytes of the entry's data: after its local header (`PK\u{3}\u{4}`, 30 bytes, then the name and
    /// the extra field), found as the first local header naming the entry's path, for its compressed size.
    private static func dataRange(of entry: Entry, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let name = Array(entry.path.utf8)
        let size = entry.compressedSize
        guard size <= UInt64(bytes.count) else { return nil }
        var index = 0
        let count = bytes.count
        while index + 30 + name.count <= count {
            if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 3, bytes[index + 3] == 4 {
                let nameLength = Int(bytes[index + 26]) | Int(bytes[index + 27]) << 8
                let extraLength = Int(bytes[index + 28]) | Int(bytes[index + 29]) << 8
                if nameLength == name.count, index + 30 + nameLength <= count,
                    bytes[(index + 30)..<(index + 30 + nameLength)].elementsEqual(name)
                {
                    let start = index + 30 + nameLength + extraLength
                    let (end, overflow) = start.addingReportingOverflow(Int(size))
                    guard !overflow, end <= count else { return nil }
                    return start..<end
                }
            }
            index += 1
        }
        return nil
    }
}
