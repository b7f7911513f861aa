/// Splits normalised text into sentences: after 。！？!? and at the end of English sentences (". " before a
/// capital letter or a digit), keeping numbers such as 8.2 and 5,000.00 whole. `；` does not end a sentence.
public enum SentenceSplitter {
    public static func split(_ text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        var out: [Range<Int>] = []
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, bytes[s] == 0x20 || bytes[s] == 0x0A || bytes[s] == 0x09 { s += 1 }
            while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x09 { e -= 1 }
            if e > s { out.append(s..<e) }
            start = end
        }
        while i < bytes.count {
            let b = bytes[i]
            // 。(E3 80 82) ！(EF BC 81) ？(EF BC 9F)
            if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x82 { emit(i + 3); i += 3; continue }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x81 || bytes[i + 2] == 0x9F { emit(i + 3); i += 3; continue }
            if b == 0x0A { emit(i + 1); i += 1; continue }
            if b == 0x21 || b == 0x3F { emit(i + 1); i += 1; continue }
            if b == 0x2E, i + 2 < bytes.count, bytes[i + 1] == 0x20 {
                let next = bytes[i + 2]
                let previous = i > 0 ? bytes[i - 1] : 0
                let capitalOrDigit = (0x41...0x5A).contains(next) || (0x30...0x39).contains(next) || next == 0x28 || next >= 0xE0
                // "e.g. ", "No. 5", "U.S. ", and list labels such as "1. " or "8.2. " do not end a sentence.
                // "A: No. Fees you have paid…": an answer's "No" ends its sentence ("Contract No. A-12" does not).
                let abbreviation = (isAbbreviation(bytes, endingAt: i) || isNumberLabel(bytes, endingAt: i))
                    && !((0x41...0x5A).contains(next) && isAnswerNo(bytes, endingAt: i, sentenceStart: start))
                if capitalOrDigit && !abbreviation && previous != 0x20 { emit(i + 1) }
            }
            i += 1
        }
        emit(bytes.count)
        return out
    }

    /// The dots of abbreviations that end no sentence ("Brightline Digital Ltd. (“Brightline”)", "Acme Inc., a Delaware
    /// corporation", "e.g. a refund"): the offset of each "." after an abbreviation and before no letter or digit, and
    /// the dots inside clause numbers ("Section 8.2").
    public static func abbreviationDots(in bytes: [UInt8]) -> [Int] {
        var out: [Int] = []
        var i = bytes.firstIndex(of: 0x2E)
        while let dot = i {
            let next = dot + 1 < bytes.count ? bytes[dot + 1] : 0x20
            let joinsNext = (0x30...0x39).contains(next) || (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
            if !joinsNext, dot > 0, isAbbreviation(bytes, endingAt: dot) {
                out.append(dot)
            } else if (0x30...0x39).contains(next), isReferenceNumber(bytes, dotAt: dot) {
                out.append(dot)
            }
            i = bytes[(dot + 1)...].firstIndex(of: 0x2E)
        }
        return out
    }

    /// The dot inside a clause number named as one ("Section 8.2", "clause 14.3", "§ 4.1"): no sentence ends there,
    /// and a pattern's "within the sentence" ([^.]) reads past it. Not a figure's decimal point ("1.5%", "INR 1.2").
    private static func isReferenceNumber(_ bytes: [UInt8], dotAt dot: Int) -> Bool {
        var s = dot
        while s > 0, (0x30...0x39).contains(bytes[s - 1]) || bytes[s - 1] == 0x2E { s -= 1 }
        guard s < dot else { return false }
        var end = s
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xA7 { return true }
        var start = end
        while start > 0, (0x41...0x5A).contains(bytes[start - 1]) || (0x61...0x7A).contains(bytes[start - 1]) { start -= 1 }
        guard start < end, end < s else { return false }
        return referenceWords.contains(String(decoding: bytes[start..<end], as: UTF8.self).lowercased())
    }

    private static let referenceWords: Set<String> = ["section", "sections", "clause", "clauses", "article", "articles", "paragraph",
                                                      "paragraphs", "schedule", "exhibit", "annex", "appendix", "sec", "art", "para"]

    private static let abbreviations: Set<String> = ["e.g", "i.e", "no", "art", "sec", "inc", "ltd", "co", "corp", "plc", "pty", "pvt", "pte", "bhd", "llc", "mr", "ms", "dr", "vs", "etc", "cf", "rs", "cl", "para", "approx", "nos", "sch"]

    /// "No." opening its sentence or right after an answer label ("A: No."), before a capital letter.
    private static func isAnswerNo(_ bytes: [UInt8], endingAt dot: Int, sentenceStart: Int) -> Bool {
        guard dot >= 2, bytes[dot - 2] | 0x20 == 0x6E, bytes[dot - 1] | 0x20 == 0x6F else { return false }
        var s = dot - 2
        guard s == 0 || bytes[s - 1] == 0x20 || bytes[s - 1] == 0x3A else { return false }
        while s > sentenceStart, bytes[s - 1] == 0x20 { s -= 1 }
        return s <= sentenceStart || bytes[s - 1] == 0x3A
    }

    private static func isNumberLabel(_ bytes: [UInt8], endingAt dot: Int) -> Bool {
        var s = dot
        while s > 0, (0x30...0x39).contains(bytes[s - 1]) || bytes[s - 1] == 0x2E { s -= 1 }
        return s < dot && (s == 0 || bytes[s - 1] == 0x20 || bytes[s - 1] == 0x0A)
    }

    private static func isAbbreviation(_ bytes: [UInt8], endingAt dot: Int) -> Bool {
        var s = dot
        while s > 0, bytes[s - 1] != 0x20, bytes[s - 1] < 0x80 { s -= 1 }
        let word = String(decoding: bytes[s..<dot], as: UTF8.self).lowercased()
        return abbreviations.contains(word) || (word.count == 1 && word.first!.isLetter)
    }
}
