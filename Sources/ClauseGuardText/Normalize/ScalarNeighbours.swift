/// The characters on either side of a word found in a text's UTF-8 bytes: word tables that rewrite a word only in some
/// company (甲方得 but not 取得; 90曰 but not 子曰) look at its neighbours.
enum ScalarNeighbours {
    /// The scalar that ends just before `end`, if any.
    static func before(_ end: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0, start < end else { return nil }
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first
    }

    /// The scalar that starts at `start`, if any.
    static func at(_ start: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        guard start < bytes.count else { return nil }
        var end = start + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first
    }
}
