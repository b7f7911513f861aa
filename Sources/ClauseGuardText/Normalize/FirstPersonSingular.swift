/// A freelancer's terms speak in the first person singular ("I can end our arrangement at any time", "I'll add a late
/// fee"): the writer is the provider, as "we" is in an agency's plain terms. "I" is read as "we" (and "I'm" as "we're")
/// so the lexicons' "we" and its modals apply; reports quote the original. Only a capital "I" that stands as a word,
/// after the text's start, a punctuation mark or a lower-case word, and before a lower-case word or a contraction, is
/// read so: "Exhibit I hereto", "Schedule I", "(i)" and "I." stay as they are.
public enum FirstPersonSingular {
    public static func applied(to text: NormalizedText) -> NormalizedText {
        var probe = text.text
        guard probe.withUTF8(holdsCandidate) else { return text }
        let bytes = Array(text.text.utf8)
        var ranges: [(range: Range<Int>, replacement: String)] = []
        var i = 0
        while i < bytes.count {
            defer { i += 1 }
            guard bytes[i] == UInt8(ascii: "I"), startsAWord(bytes, i) else { continue }
            let next = i + 1
            guard next < bytes.count else { continue }
            if bytes[next] == 0x20, next + 1 < bytes.count, bytes[next + 1].isASCIILower {
                ranges.append((i..<next, "we"))
            } else if let (length, replacement) = contraction(bytes, from: next) {
                ranges.append((i..<(next + length), replacement))
            }
        }
        return text.replacing(ranges)
    }

    /// A capital I that begins a word and follows the start, a punctuation mark or space after one, or a lower-case word.
    private static func startsAWord(_ b: [UInt8], _ i: Int) -> Bool {
        guard i > 0 else { return true }
        guard !b[i - 1].isASCIILetter, b[i - 1] != UInt8(ascii: "("), b[i - 1] < 0x80 else { return false }
        // The word before: lower-case ("and I will", "that I can") or none (a sentence start, "; I").
        var j = i - 1
        while j >= 0, b[j] == 0x20 { j -= 1 }
        guard j >= 0 else { return true }
        if b[j].isASCIILetter {
            var k = j
            while k > 0, b[k - 1].isASCIILetter { k -= 1 }
            return b[k].isASCIILower
        }
        return b[j] != UInt8(ascii: "(")
    }

    /// 'll 'd 've 'm (straight or curly apostrophe) right after the I: how many bytes after the I the replacement takes
    /// in, and the replacement ("I'm" is read "we're", "I'll" as "we'll").
    private static func contraction(_ b: [UInt8], from i: Int) -> (Int, String)? {
        let apostrophe: Int
        if b[i] == UInt8(ascii: "'") {
            apostrophe = 1
        } else if i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0x99 {
            apostrophe = 3
        } else {
            return nil
        }
        let s = i + apostrophe
        func suffix(_ word: String) -> Bool {
            let w = Array(word.utf8)
            return s + w.count <= b.count && b[s..<(s + w.count)].elementsEqual(w) && (s + w.count == b.count || !b[s + w.count].isASCIILetter)
        }
        if suffix("m") { return (apostrophe + 1, "we're") }
        if suffix("d") || suffix("ll") || suffix("ve") { return (0, "we") }
        return nil
    }

    /// Whether the text holds a capital I followed by a space or an apostrophe at all (most do not).
    static func holdsCandidate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count > 1 else { return false }
        for i in 0..<(b.count - 1) where b[i] == UInt8(ascii: "I") && (b[i + 1] == 0x20 || b[i + 1] == UInt8(ascii: "'") || b[i + 1] == 0xE2) {
            return true
        }
        return false
    }
}
