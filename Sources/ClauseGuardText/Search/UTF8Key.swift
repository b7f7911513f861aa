#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, which for Chinese text means normalising every key to NFC
/// on every lookup (it was a few percent of a scan). Text from one document, or literals from one rule pack, is
/// compared with itself, so its bytes are the identity that matters.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    /// Byte equality through the strings' contiguous storage (the generic element walk over two UTF-8 views cost
    /// about 900 instructions a comparison).
    public static func == (a: UTF8Key, b: UTF8Key) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
