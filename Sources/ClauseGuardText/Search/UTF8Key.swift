/// A string as a dictionary key compared and hashed by its UTF-8 bytes.
///
/// `String` hashes and compares by canonical equivalence, which for Chinese text means normalising every key to NFC
/// on every lookup (it was a few percent of a scan). Text from one document, or literals from one rule pack, is
/// compared with itself, so its bytes are the identity that matters.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (a: UTF8Key, b: UTF8Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
