import Crypto
import Foundation

/// The secret behind a run's pseudonyms: the same key gives the same pseudonyms, so a de-identified
/// run can be repeated (and its outputs compared) without anyone learning the original names.
public struct PseudonymKey: Sendable, Equatable {
    /// The key as the user wrote it (`--anonymize-key`) or as ``generate()`` printed it.
    public let text: String

    /// A key from text the user gives; the HMAC key is the text's UTF-8 bytes.
    /// - Throws: ``DeidentificationError/emptyKey`` for an empty text.
    public init(text: String) throws(DeidentificationError) {
        guard !text.isEmpty else { throw .emptyKey }
        self.text = text
    }

    /// A fresh random key: 32 bytes from the system's random source, written as 64 hex digits.
    public static func generate() -> PseudonymKey {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return PseudonymKey(checkedText: hex(bytes, uppercase: false))
    }

    private init(checkedText: String) { text = checkedText }

    /// HMAC-SHA256 of `message` under this key.
    /// - Complexity: O(length of the message).
    func authenticationCode(for message: String) -> [UInt8] {
        let key = SymmetricKey(data: Data(text.utf8))
        return Array(HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: key))
    }
}

/// Why de-identification could not run.
public enum DeidentificationError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyKey
    /// The renamed network could not be rebuilt (cannot happen for a valid network; kept typed).
    case rebuild(String)

    public var description: String {
        switch self {
        case .emptyKey: return "the pseudonym key is empty (give --anonymize-key a non-empty text, or leave it out)"
        case let .rebuild(reason): return "the de-identified network could not be rebuilt: \(reason)"
        }
    }
}

/// Bytes as hex digits, two per byte.
func hex(_ bytes: some Sequence<UInt8>, uppercase: Bool) -> String {
    let digits = Array((uppercase ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
    var out: [UInt8] = []
    for byte in bytes {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
}
