extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes (sentences are short: a plain scan on the first byte is enough).
    func contains(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count && self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

extension String {
    /// Byte-level substring test. `contains` on a String resolves to Foundation's NSString search wherever
    /// Foundation is visible, which costs more than the rest of reading a sentence; the understanding layer's checks
    /// are exact byte matches on short texts.
    func has(_ needle: String) -> Bool { Array(utf8).contains(Array(needle.utf8)) }
}
