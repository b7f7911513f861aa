import Testing
import ClauseGuardModel
@testable import ClauseGuardUnderstanding

/// The English word checks' words cut from bytes, and the last-character check read from bytes, answer what the
/// String code they replace answered, for every range of plain and other sentences and for texts built to trip them.
@Suite struct SentenceWordsTests {
    private static let index = LexiconIndex(PackageLexicons.lexicons["en"]!)

    private func reading(_ text: String) -> SentenceReading {
        let bytes = Array(text.utf8)
        return SentenceReading(bytes: bytes, hits: Self.index.hits(in: bytes), index: Self.index, parties: PartyMap(), definedLabels: [])
    }

    @Test(arguments: ["Upon the Expiration or  TERMINATION of this Agreement, 甲方 may", " No Fees (\"Fees\") shall be refunded ",
                      "within sixty (60) days’ notice;", "In  no event  will Provider", "",
                      "TERMİNATİON by İnktomi", "cafe\u{301} ends here", "한국 계약 by 甲方", "甲方\u{200D} 由 乙方", "a \u{301}b  c\u{0600} d"])
    func wordsAsStringSplitsThem(_ text: String) {
        let r = reading(text)
        let count = r.bytes.count
        for start in 0...count {
            for end in start...count {
                let expected = r.text(start..<end).lowercased().split(separator: " ").map(String.init)
                #expect(r.lowerWords(start..<end) == expected, "words of \(start)..<\(end) in \(text)")
            }
        }
    }

    private static let marks: [Unicode.Scalar] = [":", "：", "—", "-"]

    /// Texts whose last mark is joined to what is before it (a Prepend character), follows a combining mark, is
    /// followed by spaces, or is no mark at all.
    @Test func lastCharacterAsCharacters() {
        let pieces = ["", " ", "  ", ":", "：", "—", "-", "甲方", "a", "\u{0600}", "\u{0301}", "\u{200D}", "\u{110BD}", "é", "。",
                      "\u{1F44D}", "\r", "\n", "한", "\u{FE0F}", "\u{0D4E}"]
        var texts: [String] = []
        for a in pieces { for b in pieces { for c in pieces { texts.append(a + b + c) } } }
        for text in texts {
            let expected = text.last(where: { $0 != " " }).map { last in Self.marks.contains { Character($0) == last } } ?? false
            #expect(LastCharacter.isOne(of: Self.marks, in: text) == expected, "last character of \(text.unicodeScalars.map { $0.value })")
        }
    }

    /// A heading's bound counted by scalars while they are plain answers as counting characters does.
    @Test func headingLengthAsCharacters() {
        let pieces = ["甲", "a", "，", "\u{0301}", "\u{200D}", "\u{302A}", "\u{00AD}", "\u{1F44D}", "\r\n", "\u{FF9E}", "한", " "]
        for n in [0, 1, 2, 3, 5] {
            for a in pieces { for b in pieces { for c in pieces { for d in pieces {
                let text = a + b + c + d
                #expect(TerminationHeadings.longer(text, than: n) == (text.count > n), "\(text.unicodeScalars.map { $0.value }) longer than \(n)")
            } } } }
        }
    }
}
