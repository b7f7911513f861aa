/// The English word checks' words, cut from the sentence's bytes rather than from a lower-cased copy of its text.
extension SentenceReading {
    /// `text(range).lowercased().split(separator: " ").map(String.init)`. A plain sentence (see `isPlain`) gives the
    /// same words from its folded bytes: each of its scalars is a character of its own and lower-cases to itself or,
    /// for A–Z, to a–z, so splitting at the byte 0x20 splits at the same places.
    func lowerWords(_ range: Range<Int>) -> [String] {
        guard plain else { return text(range).lowercased().split(separator: " ").map(String.init) }
        var out: [String] = []
        folded.withUnsafeBufferPointer { b in
            var start = range.lowerBound
            for i in range where b[i] == 0x20 {
                if i > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                start = i + 1
            }
            if range.upperBound > start { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<range.upperBound]), as: UTF8.self)) }
        }
        return out
    }
}

/// The last character of a text that is not a space, as the lead-in and table checks ask for it.
enum LastCharacter {
    /// Whether the last character of `text` other than " " is one of `marks` (single scalars without a canonical
    /// decomposition): `text.last(where: { $0 != " " })` is one of them. Read from the bytes when the scalar before
    /// the mark cannot join it into one character (it is ASCII, CJK or full-width: no Prepend character is); else
    /// through the characters.
    static func isOne(of marks: [Unicode.Scalar], in text: String) -> Bool {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex {
            let before = scalars.index(before: end)
            guard scalars[before] == " " else { break }
            end = before
        }
        guard end > scalars.startIndex else { return false }
        let lastIndex = scalars.index(before: end)
        let last = scalars[lastIndex]
        // A mark is one scalar, so a character equal to it holds that scalar alone, and it is the last scalar here.
        guard marks.contains(last) else {
            // The last scalar is no mark: a character ending in it is none either (no mark has a canonical equivalent).
            return false
        }
        guard lastIndex > scalars.startIndex else { return true }
        let previous = scalars[scalars.index(before: lastIndex)].value
        if previous < 0x600 || (0x2E80...0xD7FF).contains(previous) || (0xF900...0xFFFF).contains(previous) { return true }
        guard let character = text.last(where: { $0 != " " }) else { return false }
        return marks.contains { Character($0) == character }
    }
}
