import CByteSearch

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes, by libc's memmem (the generic collection search cost a quarter of
    /// reading a sentence's values).
    public func contains(_ needle: [UInt8]) -> Bool { self[...].contains(needle) }

    /// Whether `word` stands at `offset` of these bytes.
    public func starts(with word: [UInt8], at offset: Int) -> Bool {
        offset >= 0 && offset + word.count <= count && self[offset..<(offset + word.count)].elementsEqual(word)
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether `needle` occurs in this slice (memmem).
    public func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= count else { return false }
        return withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in cg_find_bytes(h.baseAddress!, h.count, n.baseAddress!, n.count) >= 0 }
        }
    }
}

extension String {
    /// Byte-level substring test. `contains` on a String resolves to Foundation's NSString search wherever
    /// Foundation is visible, which costs more than the rest of reading a sentence; contract checks are exact
    /// byte matches.
    public func has(_ needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { h in
            needle.withUTF8 { n in
                n.isEmpty || n.count <= h.count && cg_find_bytes(h.baseAddress!, h.count, n.baseAddress!, n.count) >= 0
            }
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The offset of the first `needle` at or after `start` (memmem), or nil.
    public func firstOffset(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, start >= 0, needle.count <= count - start, let base = baseAddress else { return nil }
        let found = needle.withUnsafeBufferPointer { n in cg_find_bytes(base + start, count - start, n.baseAddress!, n.count) }
        return found >= 0 ? start + found : nil
    }
}
