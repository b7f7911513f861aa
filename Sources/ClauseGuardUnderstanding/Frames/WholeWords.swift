import ClauseGuardText

/// English words in bytes: lexicon words and a contract's defined names ("Inktomi") match whole words only.
enum WholeWords {
    static func isWordByte(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) }

    /// Whether `start..<end` of `bytes` has no letter or digit on either side. A word that starts with an apostrophe
    /// (' or ’) is a clitic and follows its host directly: "'ll" in "you'll".
    static func isBoundary(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        (start == 0 || !isWordByte(bytes[start - 1]) || isApostrophe(bytes, start)) && (end == bytes.count || !isWordByte(bytes[end]))
    }

    private static func isApostrophe(_ bytes: [UInt8], _ i: Int) -> Bool {
        bytes[i] == 0x27 || bytes[i] == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99
    }

    /// Every whole-word occurrence of `needle`, left to right, not overlapping.
    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle), isBoundary(bytes, i, i + needle.count) {
                out.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }
}

/// The language a piece of text is read in: zh when it has Han characters, else en.
public enum TextLanguage {
    public static func of(_ text: String) -> String {
        text.unicodeScalars.contains(where: CJK.isIdeograph) ? "zh" : "en"
    }
}
